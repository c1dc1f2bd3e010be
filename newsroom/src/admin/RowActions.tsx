import { useCallback } from 'react'
import { useI18n } from '../i18n/i18n.js'

/** Save and Cancel under a row's edit form. */
export function RowEditActions({ disabled, onCancel }: { disabled: boolean; onCancel(): void }) {
  const { t } = useI18n()
  return (
    <div className="admin-form-actions">
      <button type="submit" className="primary" disabled={disabled}>
        {t('admin.save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('admin.cancel')}
      </button>
    </div>
  )
}

/**
 * A row's are-you-sure question before something that cannot be taken back: the question, the
 * dangerous answer, and Keep, which has the focus so Enter does no harm.
 */
export function ConfirmAction({
  label,
  question,
  yes,
  busy,
  onYes,
  onKeep,
}: {
  label: string
  question: string
  yes: string
  busy: boolean
  onYes(): void
  onKeep(): void
}) {
  const { t } = useI18n()
  const focusOnMount = useCallback((el: HTMLElement | null) => el?.focus(), [])
  return (
    <fieldset className="admin-confirm" aria-label={label}>
      <span>{question}</span>
      <button type="button" className="danger" onClick={onYes} disabled={busy}>
        {yes}
      </button>
      <button type="button" onClick={onKeep} ref={focusOnMount}>
        {t('admin.keep')}
      </button>
    </fieldset>
  )
}
