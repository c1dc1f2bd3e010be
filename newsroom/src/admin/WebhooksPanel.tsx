import { useId, useState } from 'react'
import { WEBHOOK_EVENTS, type WebhookEvent } from '../../../src/shared/webhook-events.js'
import { createWebhook, type Webhook } from '../api/integrations.js'
import { useI18n } from '../i18n/i18n.js'
import { CreateFormFooter } from './CreateFormFooter.js'
import { FormError } from './FormError.js'
import { ShownOnce } from './ShownOnce.js'
import { useCreateForm } from './useCreateForm.js'
import { useList } from './useList.js'
import { WebhookRow } from './WebhookRow.js'

/** Webhooks: endpoints told of changes, each with its events, a signing secret shown once, and a delivery log. */
export function WebhooksPanel() {
  const { t } = useI18n()
  const id = useId()
  const { items, setItems, error, loading } = useList<Webhook>('/webhooks')
  const [url, setUrl] = useState('')
  const [description, setDescription] = useState('')
  const [events, setEvents] = useState<WebhookEvent[]>(['story.published', 'story.updated', 'story.unpublished'])
  const [shown, setShown] = useState<Webhook | null>(null)
  const form = useCreateForm(async () => {
    const created = await createWebhook({ url: url.trim(), events, description: description.trim() })
    setItems((prev) => [...prev, created])
    setShown(created)
    setUrl('')
    setDescription('')
    return t('hooks.created', { url: created.url })
  })
  return (
    <section className="admin-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('hooks.title')}</h2>
      <p className="meta">{t('hooks.hint')}</p>
      <form className="admin-form" onSubmit={form.submit} aria-label={t('hooks.new')}>
        <div className="admin-account-grid">
          <div className="field">
            <label htmlFor={`${id}-url`}>{t('hooks.url')}</label>
            <input
              id={`${id}-url`}
              type="url"
              maxLength={2000}
              placeholder="https://hooks.example.com/vistka"
              value={url}
              disabled={form.busy}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>{t('hooks.description')}</label>
            <input
              id={`${id}-description`}
              type="text"
              maxLength={500}
              value={description}
              disabled={form.busy}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
        </div>
        <EventPicker value={events} onChange={setEvents} disabled={form.busy} />
        <CreateFormFooter
          label={t('hooks.create')}
          disabled={form.busy || !url.trim() || events.length === 0}
          done={form.done}
          error={form.error}
        />
        {shown?.secret && <ShownOnce label={t('hooks.secret')} value={shown.secret} />}
      </form>
      <FormError error={error} />
      <ul className="admin-list" aria-busy={loading} aria-label={t('hooks.title')}>
        {items.map((hook) => (
          <WebhookRow
            key={hook.id}
            hook={hook}
            onChanged={(h) => setItems((prev) => prev.map((x) => (x.id === h.id ? h : x)))}
            onDeleted={() => setItems((prev) => prev.filter((x) => x.id !== hook.id))}
          />
        ))}
      </ul>
      {!loading && !error && items.length === 0 && <p className="empty">{t('hooks.none')}</p>}
    </section>
  )
}

function EventPicker({ value, onChange, disabled }: { value: WebhookEvent[]; onChange(events: WebhookEvent[]): void; disabled: boolean }) {
  const { t } = useI18n()
  return (
    <fieldset className="hook-events" disabled={disabled}>
      <legend>{t('hooks.events')}</legend>
      {WEBHOOK_EVENTS.map((event) => (
        <label key={event}>
          <input
            type="checkbox"
            checked={value.includes(event)}
            onChange={(e) => onChange(e.target.checked ? [...value, event] : value.filter((x) => x !== event))}
          />{' '}
          <code>{event}</code> <span className="meta">{t(`hooks.event.${event}`)}</span>
        </label>
      ))}
    </fieldset>
  )
}
