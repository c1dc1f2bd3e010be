import { useId, useState } from 'react'
import type { StoryVersion, VersionStatus } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { Link } from '../router.js'
import { formatKyiv } from '../ui/kyiv-time.js'
import { useVersionPages } from './useVersionPages.js'

export interface ListQuery {
  status?: VersionStatus
  /** Only live versions with an edit awaiting approval. */
  pending?: boolean
}

type Shown = 'updated' | 'scheduled' | 'published' | 'pending'

/**
 * One desk list: versions from GET /story-versions, newest change first, with its own word
 * filter and language, a page at a time (the API's cursor behind "Show more").
 */
export function VersionList({
  title,
  query,
  shown,
  locales,
}: {
  title: string
  query: ListQuery
  shown: Shown
  locales: readonly string[]
}) {
  const { t, locale: uiLocale } = useI18n()
  const headingId = useId()
  const [words, setWords] = useState('')
  const [locale, setLocale] = useState('')
  const { items, error, loading, hasMore, more } = useVersionPages(
    { status: query.status, locale, pending: query.pending ? 'true' : undefined },
    words,
  )

  const when = (v: StoryVersion) => {
    if (shown === 'scheduled' && v.scheduledAt) return t('desk.scheduledFor', { time: formatKyiv(v.scheduledAt, uiLocale) })
    if (shown === 'published' && v.publishedAt) return t('desk.publishedAt', { time: formatKyiv(v.publishedAt, uiLocale) })
    if (shown === 'pending' && v.pendingSince) return t('desk.pendingSince', { time: formatKyiv(v.pendingSince, uiLocale) })
    return t('desk.updated', { time: formatKyiv(v.updatedAt, uiLocale) })
  }

  return (
    <section className="desk-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <div className="list-filters">
        <input
          type="search"
          aria-label={`${title}: ${t('desk.filter')}`}
          placeholder={t('desk.filterPlaceholder')}
          value={words}
          onChange={(e) => setWords(e.target.value)}
        />
        <select aria-label={`${title}: ${t('desk.language')}`} value={locale} onChange={(e) => setLocale(e.target.value)}>
          <option value="">{t('desk.allLanguages')}</option>
          {locales.map((l) => (
            <option key={l} value={l}>
              {l.toUpperCase()}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="versions" aria-busy={loading}>
        {items.map((v) => (
          <li key={v.id}>
            <span className="locale-badge" title={v.locale}>
              {v.locale.toUpperCase()}
            </span>
            <Link to={{ name: 'story', storyId: v.storyId, locale: v.locale }}>{v.headline || t('desk.noHeadline')}</Link>
            <span className="meta">{shown === 'updated' ? `${t(`status.${v.status}`)} · ${when(v)}` : when(v)}</span>
          </li>
        ))}
      </ul>
      {!loading && !error && items.length === 0 && <p className="empty">{t('desk.empty')}</p>}
      {hasMore && (
        <button type="button" onClick={more} disabled={loading}>
          {t('desk.more')}
        </button>
      )}
    </section>
  )
}
