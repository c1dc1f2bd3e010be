import { useId, useState } from 'react'
import { type ContentKey, createContentKey, revokeContentKey } from '../api/integrations.js'
import { useI18n } from '../i18n/i18n.js'
import { formatKyiv } from '../ui/kyiv-time.js'
import { CreateFormFooter } from './CreateFormFooter.js'
import { FormError } from './FormError.js'
import { ConfirmAction } from './RowActions.js'
import { ShownOnce } from './ShownOnce.js'
import { useCreateForm } from './useCreateForm.js'
import { useList } from './useList.js'
import { useRowActions } from './useRowActions.js'

/** Content API keys: a named key per app or partner, shown once when made, revoked when no longer needed. */
export function ContentKeysPanel() {
  const { t } = useI18n()
  const id = useId()
  const { items, setItems, error, loading } = useList<ContentKey>('/content-keys')
  const [name, setName] = useState('')
  const [shown, setShown] = useState<ContentKey | null>(null)
  const form = useCreateForm(async () => {
    const created = await createContentKey(name.trim())
    setItems((prev) => [created, ...prev])
    setShown(created)
    setName('')
    return t('keys.created', { name: created.name })
  })
  return (
    <section className="admin-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('keys.title')}</h2>
      <p className="meta">{t('keys.hint')}</p>
      <form className="admin-form" onSubmit={form.submit} aria-label={t('keys.new')}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('keys.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={200}
            placeholder={t('keys.namePlaceholder')}
            value={name}
            disabled={form.busy}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <CreateFormFooter label={t('keys.create')} disabled={form.busy || !name.trim()} done={form.done} error={form.error} />
        {shown?.key && <ShownOnce label={t('keys.theKey')} value={shown.key} />}
      </form>
      <FormError error={error} />
      <ul className="admin-list" aria-busy={loading} aria-label={t('keys.title')}>
        {items.map((key) => (
          <KeyRow
            key={key.id}
            item={key}
            onRevoked={(at) => setItems((prev) => prev.map((k) => (k.id === key.id ? { ...k, revokedAt: at } : k)))}
          />
        ))}
      </ul>
      {!loading && !error && items.length === 0 && <p className="empty">{t('keys.none')}</p>}
    </section>
  )
}

function KeyRow({ item, onRevoked }: { item: ContentKey; onRevoked(at: string): void }) {
  const { t, locale } = useI18n()
  const { mode, busy, error, open, run } = useRowActions<'revoke'>(() => {})
  return (
    <li className={`admin-row${item.revokedAt ? ' admin-row-disabled' : ''}`}>
      <div className="integration">
        <span className="name">{item.name}</span>
        <span className="meta">
          {t('keys.createdAt', { at: formatKyiv(item.createdAt, locale) })} ·{' '}
          {item.lastUsedAt ? t('keys.lastUsed', { at: formatKyiv(item.lastUsedAt, locale) }) : t('keys.neverUsed')}
        </span>
        {item.revokedAt && <span className="state-badge state-disabled">{t('keys.revoked')}</span>}
      </div>
      <div className="admin-actions">
        {!item.revokedAt && (
          <button
            type="button"
            className="danger-quiet"
            onClick={() => open('revoke')}
            aria-label={t('keys.revokeOf', { name: item.name })}
          >
            {t('keys.revoke')}
          </button>
        )}
      </div>
      {mode === 'revoke' && (
        <ConfirmAction
          label={t('keys.revokeOf', { name: item.name })}
          question={t('keys.revokeConfirm', { name: item.name })}
          yes={t('keys.revokeYes')}
          busy={busy}
          onYes={() =>
            void run('revoke', async () => {
              await revokeContentKey(item.id)
              onRevoked(new Date().toISOString())
              open('view')
            })
          }
          onKeep={() => open('view')}
        />
      )}
      <FormError error={error} />
    </li>
  )
}
