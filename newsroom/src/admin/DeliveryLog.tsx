import { useCallback, useEffect, useState } from 'react'
import { listDeliveries, redeliver, type WebhookDelivery } from '../api/integrations.js'
import { useI18n } from '../i18n/i18n.js'
import { formatKyiv } from '../ui/kyiv-time.js'
import { FormError } from './FormError.js'
import { useProblem } from './useList.js'

/** A webhook's last deliveries, newest first: each try's answer, time taken and error, and Redeliver. */
export function DeliveryLog({ webhookId, version }: { webhookId: string; version: number }) {
  const { t, locale } = useI18n()
  const problem = useProblem()
  const [items, setItems] = useState<WebhookDelivery[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(
    () =>
      listDeliveries(webhookId)
        .then((list) => {
          setItems(list)
          setError(null)
        })
        .catch((err) => setError(problem(err, 'deliveries'))),
    [webhookId, problem],
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh copy after a test was sent
  useEffect(() => {
    void load()
    // Deliveries go out within seconds: look again shortly after opening or sending a test.
    const again = setTimeout(() => void load(), 2500)
    return () => clearTimeout(again)
  }, [load, version])
  if (error) return <FormError error={error} />
  if (!items) return <p className="loading">{t('app.loading')}</p>
  if (items.length === 0) return <p className="empty delivery-log">{t('hooks.noDeliveries')}</p>
  return (
    <div className="delivery-log">
      <button type="button" onClick={() => void load()}>
        {t('hooks.refresh')}
      </button>
      <table>
        <caption>{t('hooks.logCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hooks.time')}</th>
            <th scope="col">{t('hooks.event')}</th>
            <th scope="col">{t('hooks.status')}</th>
            <th scope="col">{t('hooks.tries')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('hooks.redeliver')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => {
            const last = d.attempts.at(-1)
            return (
              <tr key={d.id}>
                <td>
                  <time dateTime={d.createdAt}>{formatKyiv(d.createdAt, locale)}</time>
                </td>
                <td>
                  <code>{d.event}</code>
                </td>
                <td>
                  <span className={`delivery-${d.status}`}>{t(`hooks.state.${d.status}`)}</span>
                  {d.nextAttemptAt && <span className="meta"> {t('hooks.nextTry', { at: formatKyiv(d.nextAttemptAt, locale) })}</span>}
                </td>
                <td>
                  {last ? (
                    <span title={last.responseExcerpt}>
                      {last.statusCode ?? '—'} · {last.durationMs} ms {last.error && <span className="meta">{last.error}</span>} (
                      {d.attempts.length})
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => void redeliver(webhookId, d.id).then(load, (err) => setError(problem(err, 'redeliver')))}
                  >
                    {t('hooks.redeliver')}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
