import { useEffect, useState } from 'react'
import { ApiError, api } from '../api/client.js'
import type { Revision, StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { useUser } from '../session/session.js'
import { errorMessage } from '../ui/error-message.js'
import { formatKyiv } from '../ui/kyiv-time.js'
import { type ComparedPair, RevisionCompare } from './RevisionCompare.js'
import './revisions.css'

/**
 * The version's history as a timeline, newest first: each save with when, who and its note;
 * any two compared (the previous save with the current one at first); any restored, which
 * saves it as a new revision.
 */
export function RevisionsPanel({
  version,
  editable,
  restore,
}: {
  version: StoryVersion
  editable: boolean
  restore(number: number): Promise<void>
}) {
  const { t, locale } = useI18n()
  const user = useUser()
  const [open, setOpen] = useState(false)
  const [revisions, setRevisions] = useState<Revision[] | null>(null)
  // Null until the user picks: then the latest save is compared with the one before it.
  const [picked, setPicked] = useState<ComparedPair | null>(null)
  const [error, setError] = useState<string | null>(null)

  // biome-ignore lint/correctness/useExhaustiveDependencies: version.revision: every save adds a revision, so the list is fetched again
  useEffect(() => {
    if (!open || !editable) return
    api
      .get<Revision[]>(`/story-versions/${version.id}/revisions`)
      .then((list) => setRevisions([...list].sort((a, b) => b.number - a.number)))
      .catch((err: unknown) => err instanceof ApiError && setError(errorMessage(err, t)))
  }, [open, editable, version.id, version.revision, t])

  if (!editable) return null
  const noteOf = (r: Revision) => (/^restore:(\d+)$/.test(r.note) ? t('revisions.restoredFrom', { number: r.note.slice(8) }) : r.note)
  const savedBy = (r: Revision) => (r.authorId === user.id ? t('revisions.you') : r.authorName)
  const known = (n: number) => revisions?.some((r) => r.number === n) ?? false
  const latest = revisions?.[0]?.number ?? version.revision
  const pair: ComparedPair =
    picked && known(picked.from) && known(picked.to) ? picked : { from: revisions?.[1]?.number ?? latest, to: latest }

  return (
    <details className="revisions" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('revisions.title')}</summary>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {revisions && revisions.length > 1 && (
        <RevisionCompare versionId={version.id} revisions={revisions} current={version.revision} pair={pair} onPick={setPicked} />
      )}
      <ol reversed className="revision-timeline">
        {revisions?.map((r) => {
          const role = r.number === pair.from ? 'from' : r.number === pair.to ? 'to' : null
          return (
            <li key={r.number} className={role ? `compared-${role}` : undefined}>
              <div>
                <strong>{t('revisions.item', { number: r.number })}</strong> {r.number === version.revision && t('revisions.current')}
                {role && revisions.length > 1 && (
                  <span className="revision-tag">{t(role === 'from' ? 'revisions.fromTag' : 'revisions.toTag')}</span>
                )}
              </div>
              <div className="meta">
                <time dateTime={r.createdAt}>{formatKyiv(r.createdAt, locale)}</time>
                {savedBy(r) && ` · ${t('revisions.by', { name: savedBy(r) as string })}`}
                {r.note && ` · ${noteOf(r)}`}
              </div>
              {r.number !== version.revision && (
                <div className="revision-actions">
                  <button
                    type="button"
                    aria-label={t('revisions.compare', { number: r.number })}
                    aria-pressed={pair.from === r.number && pair.to === version.revision}
                    onClick={() => setPicked({ from: r.number, to: version.revision })}
                  >
                    {t('revisions.compareShort')}
                  </button>
                  <button type="button" aria-label={t('revisions.restore', { number: r.number })} onClick={() => void restore(r.number)}>
                    {t('revisions.restoreShort')}
                  </button>
                </div>
              )}
            </li>
          )
        })}
      </ol>
    </details>
  )
}
