import { useEffect, useState } from 'react'
import { ApiError, api } from '../api/client.js'
import { reviewPending } from '../api/stories.js'
import type { Story, StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { isLive, mayChangeLive } from '../session/permissions.js'
import { useUser } from '../session/session.js'
import { errorMessage } from '../ui/error-message.js'
import { formatKyiv } from '../ui/kyiv-time.js'
import { type ContentDiff, DiffList } from './DiffList.js'
import '../ui/danger-buttons.css'
import './pending.css'

/**
 * Changing what readers see is publishing (README "Live stories"). On a live version, whoever may
 * not publish it is told their saves wait for an editor's approval, and whether theirs waits now;
 * whoever may publish it sees who changed it and when, what changed against the published text,
 * and approves or discards the change.
 */
export function PendingBar({
  story,
  version,
  editable,
  saveNow,
  revision,
  onReviewed,
}: {
  story: Story
  version: StoryVersion
  editable: boolean
  saveNow(): Promise<boolean>
  /** The revision the editor's text is at now (after any save just made). */
  revision(): number
  /** After approval or discard: the version as the server now has it; `textChanged` when the working text went back to the live one. */
  onReviewed(v: StoryVersion, message: string, textChanged: boolean): void
}) {
  const { t, locale } = useI18n()
  const user = useUser()
  const [showing, setShowing] = useState(false)
  const [diff, setDiff] = useState<ContentDiff | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const pending = version.pending ?? null
  const live = version.liveRevision ?? version.revision

  useEffect(() => {
    if (!showing || !pending || live === pending.revision) return setDiff(null)
    let stale = false
    api
      .get<ContentDiff>(`/story-versions/${version.id}/diff`, { from: live, to: pending.revision })
      .then((d) => !stale && setDiff(d))
      .catch((err: unknown) => !stale && err instanceof ApiError && setError(errorMessage(err, t)))
    return () => {
      stale = true
    }
  }, [showing, pending, live, version.id, t])

  if (!editable || !isLive(version.status)) return null
  const when = pending ? formatKyiv(pending.savedAt, locale) : ''
  const name = pending ? (pending.savedBy === user.id ? user.name : (pending.savedByName ?? t('conflict.someone'))) : ''

  if (!mayChangeLive(user, story, version)) {
    return (
      <div className="notice live-notice" role="status" data-live="waits">
        <p>{t('live.notice')}</p>
        {pending && (
          <p data-pending="awaiting">
            <strong>{pending.savedBy === user.id ? t('live.awaiting', { time: when }) : t('live.awaitingBy', { name, time: when })}</strong>
          </p>
        )}
      </div>
    )
  }
  if (!pending) return null

  async function review(action: 'approve' | 'pending/discard') {
    setBusy(true)
    setError(null)
    try {
      // The editor's own unsaved typing would go live with its save; saving first keeps the order plain.
      if (!(await saveNow())) return
      const now = await reviewPending(version.id, action, revision())
      setShowing(false)
      if (action === 'approve') onReviewed(now, t('live.approved'), false)
      else onReviewed(now, t('live.discarded'), true)
    } catch (err) {
      if (err instanceof ApiError) setError(errorMessage(err, t))
    } finally {
      setBusy(false)
    }
  }

  const changed = diff !== null && (diff.fields.length > 0 || diff.blocks.some((b) => b.op !== 'equal'))
  return (
    <section className="pending-bar" aria-labelledby="pending-title" data-pending="review">
      <h2 id="pending-title">{t('live.pendingTitle')}</h2>
      <p>{t('live.pendingBy', { name, time: when, live })}</p>
      <div className="pending-actions">
        <button type="button" aria-expanded={showing} onClick={() => setShowing(!showing)}>
          {showing ? t('live.hideChanges') : t('live.showChanges')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void review('approve')}>
          {t('live.approve')}
        </button>
        <button type="button" className="danger-quiet" disabled={busy} onClick={() => void review('pending/discard')}>
          {t('live.discard')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {showing && diff && (changed ? <DiffList diff={diff} /> : <p className="meta">{t('live.noChanges')}</p>)}
    </section>
  )
}
