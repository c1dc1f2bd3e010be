import { useI18n } from '../i18n/i18n.js'
import type { SaveState } from './useAutosave.js'

/** Saved / saving / failed, always visible, announced to screen readers as it changes. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry(): void }) {
  const { t } = useI18n()
  const text = {
    saved: () => t('save.saved'),
    unsaved: () => t('save.unsaved'),
    saving: () => t('save.saving'),
    failed: () => t('save.failed', { message: state.kind === 'failed' ? state.message : '' }),
    signedOut: () => t('save.signedOut'),
    conflict: () => t('save.conflict'),
  }[state.kind]()
  return (
    <div className={`save-state save-${state.kind}`}>
      <span role="status" aria-live="polite" data-save-state={state.kind}>
        {text}
      </span>
      {state.kind === 'failed' && (
        <button type="button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </div>
  )
}
