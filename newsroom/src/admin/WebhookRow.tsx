import { useState } from 'react'
import { deleteWebhook, pingWebhook, updateWebhook, type Webhook } from '../api/integrations.js'
import { useI18n } from '../i18n/i18n.js'
import { DeliveryLog } from './DeliveryLog.js'
import { FormError } from './FormError.js'
import { ConfirmAction } from './RowActions.js'
import { useRowActions } from './useRowActions.js'

/** One webhook: its address, events and state; Send test, turning it on and off, its delivery log, and deleting it. */
export function WebhookRow({ hook, onChanged, onDeleted }: { hook: Webhook; onChanged(hook: Webhook): void; onDeleted(): void }) {
  const { t } = useI18n()
  const { mode, busy, error, open, run } = useRowActions<'delete'>(() => {})
  const [logShown, setLogShown] = useState(false)
  const [logVersion, setLogVersion] = useState(0)
  const [note, setNote] = useState<string | null>(null)
  const name = hook.description || hook.url
  return (
    <li className={`admin-row admin-row-hook${hook.enabled ? '' : ' admin-row-disabled'}`}>
      <div className="integration">
        <span className="name">{hook.url}</span>
        {hook.description && <span className="meta">{hook.description}</span>}
        <span className="meta">{hook.events.join(', ')}</span>
        {hook.enabled ? (
          <span className="state-badge state-enabled">{t('hooks.on')}</span>
        ) : (
          <span className="state-badge state-disabled">{hook.disabledReason === 'gone' ? t('hooks.gone') : t('hooks.off')}</span>
        )}
      </div>
      <div className="admin-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run('ping', async () => {
              await pingWebhook(hook.id)
              setNote(t('hooks.pingSent'))
              setLogShown(true)
              setLogVersion((v) => v + 1)
            })
          }
        >
          {t('hooks.ping')}
        </button>
        <button type="button" aria-expanded={logShown} onClick={() => setLogShown(!logShown)}>
          {t('hooks.log')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run('toggle', async () => onChanged(await updateWebhook(hook.id, { enabled: !hook.enabled })))}
        >
          {hook.enabled ? t('hooks.turnOff') : t('hooks.turnOn')}
        </button>
        <button type="button" className="danger-quiet" onClick={() => open('delete')} aria-label={t('admin.deleteOf', { name })}>
          {t('admin.delete')}
        </button>
      </div>
      {note && (
        <p className="admin-ok" role="status">
          {note}
        </p>
      )}
      {mode === 'delete' && (
        <ConfirmAction
          label={t('admin.deleteOf', { name })}
          question={t('hooks.deleteConfirm', { url: hook.url })}
          yes={t('admin.deleteYes')}
          busy={busy}
          onYes={() =>
            void run('delete', async () => {
              await deleteWebhook(hook.id)
              onDeleted()
            })
          }
          onKeep={() => open('view')}
        />
      )}
      {logShown && <DeliveryLog webhookId={hook.id} version={logVersion} />}
      <FormError error={error} />
    </li>
  )
}
