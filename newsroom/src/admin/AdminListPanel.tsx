import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n.js'
import { FormError } from './FormError.js'

/**
 * One admin list with its new-item form: a heading with the count, a filter, the loading error
 * (and any other refusal about the list as a whole), the rows, and a line when none are shown.
 */
export function AdminListPanel<T>({
  label,
  form,
  heading,
  filterLabel,
  q,
  onFilter,
  note,
  error,
  listError = null,
  loading,
  rows,
  row,
  none,
}: {
  /** Names the panel and its list. */
  label: string
  form: ReactNode
  heading: string
  filterLabel: string
  q: string
  onFilter(q: string): void
  /** A hint under the heading. */
  note?: ReactNode
  /** The list could not be loaded. */
  error: string | null
  /** A change to the list as a whole was refused. */
  listError?: string | null
  loading: boolean
  /** The items the filter lets through. */
  rows: T[]
  row(item: T): ReactNode
  /** What to say when there are none at all (with a filter typed, the panel says nothing matches). */
  none: string
}) {
  const { t } = useI18n()
  return (
    <section className="admin-panel" aria-label={label}>
      {form}
      <div className="admin-list-head">
        <h2>{heading}</h2>
        <input type="search" aria-label={filterLabel} placeholder={filterLabel} value={q} onChange={(e) => onFilter(e.target.value)} />
      </div>
      {note}
      <FormError error={error} />
      <FormError error={listError} />
      <ul className="admin-list" aria-busy={loading} aria-label={label}>
        {rows.map(row)}
      </ul>
      {!loading && !error && rows.length === 0 && <p className="empty">{q ? t('admin.noMatch') : none}</p>}
    </section>
  )
}
