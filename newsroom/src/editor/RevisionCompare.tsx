import { useEffect, useId, useState } from 'react'
import { ApiError, api } from '../api/client.js'
import type { Revision } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { errorMessage } from '../ui/error-message.js'
import { formatKyiv } from '../ui/kyiv-time.js'
import { type ContentDiff, DiffList } from './DiffList.js'

export interface ComparedPair {
  from: number
  to: number
}

/**
 * Two revision pickers ("from", "to") and what changed between them, by field and body block,
 * from GET …/diff. Any two may be picked, in either order.
 */
export function RevisionCompare({
  versionId,
  revisions,
  current,
  pair,
  onPick,
}: {
  versionId: string
  revisions: Revision[]
  current: number
  pair: ComparedPair
  onPick(pair: ComparedPair): void
}) {
  const { t, locale } = useI18n()
  const fromId = useId()
  const toId = useId()
  const [diff, setDiff] = useState<{ pair: ComparedPair; diff: ContentDiff } | null>(null)
  const [error, setError] = useState<string | null>(null)

  const { from, to } = pair
  useEffect(() => {
    if (from === to) return
    let stale = false
    setError(null)
    api
      .get<ContentDiff>(`/story-versions/${versionId}/diff`, { from, to })
      .then((d) => !stale && setDiff({ pair: { from, to }, diff: d }))
      .catch((err: unknown) => !stale && err instanceof ApiError && setError(errorMessage(err, t)))
    return () => {
      stale = true // a newer pick supersedes this answer
    }
  }, [versionId, from, to, t])

  const label = (r: Revision) =>
    `${t('revisions.item', { number: r.number })}${r.number === current ? ` ${t('revisions.current')}` : ''} · ${formatKyiv(r.createdAt, locale)}`
  const picker = (id: string, text: string, value: number, pick: (n: number) => void) => (
    <div className="revision-picker">
      <label htmlFor={id}>{text}</label>
      <select id={id} value={value} onChange={(e) => pick(Number(e.target.value))}>
        {revisions.map((r) => (
          <option key={r.number} value={r.number}>
            {label(r)}
          </option>
        ))}
      </select>
    </div>
  )
  const shown = diff && diff.pair.from === from && diff.pair.to === to ? diff.diff : null
  const changed = shown !== null && (shown.fields.length > 0 || shown.blocks.some((b) => b.op !== 'equal'))
  const between = { from, to }
  const summary =
    from === to
      ? t('revisions.sameRevision')
      : !shown
        ? ''
        : changed
          ? t('revisions.changesBetween', between)
          : t('revisions.noChangesBetween', between)

  return (
    <fieldset className="revision-compare">
      <legend>{t('revisions.compareTitle')}</legend>
      {picker(fromId, t('revisions.from'), from, (picked) => onPick({ from: picked, to }))}
      {picker(toId, t('revisions.to'), to, (picked) => onPick({ from, to: picked }))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {/* Only the one-line summary is live: a screen reader hears what was compared, then may read the list. */}
      <p className="meta revision-summary" aria-live="polite">
        {summary}
      </p>
      {changed && shown && <DiffList diff={shown} />}
    </fieldset>
  )
}
