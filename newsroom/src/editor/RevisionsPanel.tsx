import { useEffect, useState } from 'react'
import { ApiError, api } from '../api/client.js'
import type { StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { useUser } from '../session/session.js'
import { errorMessage } from '../ui/error-message.js'
import { formatKyiv } from '../ui/kyiv-time.js'
import { type ContentDiff, DiffList } from './DiffList.js'

interface Revision {
  number: number
  headline: string
  authorId: string | null
  note: string
  createdAt: string
}

/** Every save of this version, newest first: who and when, what differs from the current text, and restore (as a new revision). */
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
  const [compared, setCompared] = useState<{ number: number; diff: ContentDiff } | null>(null)
  const [error, setError] = useState<string | null>(null)

  // biome-ignore lint/correctness/useExhaustiveDependencies: version.revision: every save adds a revision, so the list is fetched again
  useEffect(() => {
    if (!open || !editable) return
    setCompared(null) // a comparison with the previous current text would mislead
    api
      .get<Revision[]>(`/story-versions/${version.id}/revisions`)
      .then((list) => setRevisions([...list].sort((a, b) => b.number - a.number)))
      .catch((err: unknown) => err instanceof ApiError && setError(errorMessage(err, t)))
  }, [open, editable, version.id, version.revision, t])

  async function compare(number: number) {
    if (compared?.number === number) return setCompared(null)
    try {
      setCompared({
        number,
        diff: await api.get<ContentDiff>(`/story-versions/${version.id}/diff`, { from: number, to: version.revision }),
      })
    } catch (err) {
      if (err instanceof ApiError) setError(errorMessage(err, t))
    }
  }

  if (!editable) return null
  const noteOf = (r: Revision) => (/^restore:(\d+)$/.test(r.note) ? t('revisions.restoredFrom', { number: r.note.slice(8) }) : r.note)
  return (
    <details className="revisions" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('revisions.title')}</summary>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ol reversed>
        {revisions?.map((r) => (
          <li key={r.number}>
            <div>
              <strong>{t('revisions.item', { number: r.number })}</strong> {r.number === version.revision && t('revisions.current')}
            </div>
            <div className="meta">
              {formatKyiv(r.createdAt, locale)}
              {r.authorId && ` · ${t('revisions.by', { name: r.authorId === user.id ? t('revisions.you') : r.authorId })}`}
              {r.note && ` · ${noteOf(r)}`}
            </div>
            {r.number !== version.revision && (
              <div className="revision-actions">
                <button
                  type="button"
                  aria-label={t('revisions.compare', { number: r.number })}
                  aria-expanded={compared?.number === r.number}
                  onClick={() => void compare(r.number)}
                >
                  {t('revisions.compareShort')}
                </button>
                <button type="button" aria-label={t('revisions.restore', { number: r.number })} onClick={() => void restore(r.number)}>
                  {t('revisions.restoreShort')}
                </button>
              </div>
            )}
            {compared?.number === r.number &&
              (compared.diff.fields.length || compared.diff.blocks.some((b) => b.op !== 'equal') ? (
                <DiffList diff={compared.diff} />
              ) : (
                <p className="meta">{t('revisions.noChanges')}</p>
              ))}
          </li>
        ))}
      </ol>
    </details>
  )
}
