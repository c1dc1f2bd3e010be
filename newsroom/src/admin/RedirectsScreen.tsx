import { useId, useState } from 'react'
import { createRedirect } from '../api/redirects.js'
import type { Redirect } from '../api/types.js'
import { useCursorPages } from '../api/useCursorPages.js'
import { useI18n } from '../i18n/i18n.js'
import { FormError } from './FormError.js'
import { RedirectForm } from './RedirectForm.js'
import { RedirectRow } from './RedirectRow.js'
import './admin.css'

const PAGE = 50
type OriginFilter = '' | 'import' | 'newsroom'

/**
 * Redirects (editors and admins): old addresses that answer 301 — a moved site's permalinks the
 * import kept, and those added here — with where each leads now; add, change and delete them.
 */
export function RedirectsScreen() {
  const { t } = useI18n()
  const id = useId()
  const [q, setQ] = useState('')
  const [origin, setOrigin] = useState<OriginFilter>('')
  const { items, setItems, error, loading, hasMore, more } = useCursorPages<Redirect>('/redirects', { origin }, q, PAGE)

  return (
    <div className="admin-screen">
      <h1>{t('nav.redirects')}</h1>
      <section className="admin-panel" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{t('redirects.new')}</h2>
        <p className="meta">{t('redirects.hint')}</p>
        <RedirectForm
          label={t('redirects.new')}
          submitLabel={t('redirects.create')}
          onSave={async (fromPath, target) => {
            const created = await createRedirect(fromPath, target)
            setItems((prev) => [created, ...prev.filter((r) => r.id !== created.id)])
            return t('redirects.created', { path: created.fromPath })
          }}
        />
      </section>
      <section className="admin-panel" aria-labelledby={`${id}-list`}>
        <div className="admin-list-head">
          <h2 id={`${id}-list`}>{t('redirects.listTitle')}</h2>
          <div className="redirect-filters">
            <input
              type="search"
              aria-label={t('redirects.filter')}
              placeholder={t('redirects.filter')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
            <select aria-label={t('redirects.origin')} value={origin} onChange={(e) => setOrigin(e.target.value as OriginFilter)}>
              <option value="">{t('redirects.originAll')}</option>
              <option value="import">{t('redirects.origin.import')}</option>
              <option value="newsroom">{t('redirects.origin.newsroom')}</option>
            </select>
          </div>
        </div>
        <FormError error={error} />
        {items.length > 0 && (
          <div className="redirect-table">
            <table aria-busy={loading}>
              <caption className="visually-hidden">{t('redirects.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('redirects.from')}</th>
                  <th scope="col">{t('redirects.to')}</th>
                  <th scope="col">{t('redirects.origin')}</th>
                  <th scope="col">{t('redirects.date')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('redirects.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <RedirectRow
                    key={r.id}
                    redirect={r}
                    onChanged={(changed) => setItems((prev) => prev.map((x) => (x.id === changed.id ? changed : x)))}
                    onDeleted={() => setItems((prev) => prev.filter((x) => x.id !== r.id))}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {!loading && !error && items.length === 0 && <p className="empty">{q || origin ? t('admin.noMatch') : t('redirects.none')}</p>}
        {hasMore && (
          <button type="button" className="more" onClick={more} disabled={loading}>
            {t('desk.more')}
          </button>
        )}
      </section>
    </div>
  )
}
