import { useId, useState } from 'react'
import { ApiError } from '../api/client.js'
import { moveVersion } from '../api/stories.js'
import type { StoryVersion, VersionStatus } from '../api/types.js'
import type { MessageKey } from '../i18n/catalogs.js'
import { useI18n } from '../i18n/i18n.js'
import { allowedMoves } from '../session/permissions.js'
import { useUser } from '../session/session.js'
import { errorMessage } from '../ui/error-message.js'
import { formatKyiv, fromKyivLocal, toKyivLocal } from '../ui/kyiv-time.js'

const LABEL: Record<VersionStatus, MessageKey> = {
  in_review: 'workflow.submit',
  draft: 'workflow.backToDraft',
  published: 'workflow.publish',
  scheduled: 'workflow.schedule',
  unpublished: 'workflow.unpublish',
}

/**
 * The workflow moves this user's role allows from the version's state, and nothing else. Each
 * move first saves pending text (a story is never published without its last words).
 */
export function WorkflowBar({
  version,
  editable,
  saveNow,
  onMoved,
}: {
  version: StoryVersion
  editable: boolean
  saveNow(): Promise<boolean>
  onMoved(v: StoryVersion): void
}) {
  const { t, locale } = useI18n()
  const user = useUser()
  const pickerId = useId()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [scheduling, setScheduling] = useState(false)
  const [at, setAt] = useState(() => toKyivLocal(new Date(Date.now() + 3600_000)))
  const moves = editable ? allowedMoves(user, version.status) : [] // every move needs edit rights too

  async function move(to: VersionStatus, when?: string) {
    setBusy(true)
    setError(null)
    try {
      if (!(await saveNow())) return setError(t('workflow.saveFirst'))
      onMoved(await moveVersion(version.id, to, when))
      setScheduling(false)
    } catch (err) {
      if (err instanceof ApiError) setError(errorMessage(err, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <fieldset className="workflow">
      <legend className="visually-hidden">{t('workflow.label')}</legend>
      <span className={`status status-${version.status}`}>{t(`status.${version.status}`)}</span>
      {version.status === 'scheduled' && version.scheduledAt && (
        <span className="meta">{t('workflow.scheduledFor', { time: formatKyiv(version.scheduledAt, locale) })}</span>
      )}
      {moves.map((to) =>
        to === 'scheduled' ? (
          <button key={to} type="button" onClick={() => setScheduling((s) => !s)} aria-expanded={scheduling} disabled={busy}>
            {t(LABEL[to])}
          </button>
        ) : (
          <button
            key={to}
            type="button"
            className={to === 'published' || to === 'in_review' ? 'primary' : undefined}
            onClick={() => void move(to)}
            disabled={busy}
          >
            {t(to === 'published' && version.status === 'unpublished' ? 'workflow.republish' : LABEL[to])}
          </button>
        ),
      )}
      {scheduling && (
        <form
          className="schedule"
          onSubmit={(e) => {
            e.preventDefault()
            const when = fromKyivLocal(at)
            if (when) void move('scheduled', when.toISOString())
          }}
        >
          <label htmlFor={pickerId}>{t('workflow.scheduleAt')}</label>
          <input id={pickerId} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} required />
          <button type="submit" className="primary" disabled={busy}>
            {t('workflow.scheduleConfirm')}
          </button>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
