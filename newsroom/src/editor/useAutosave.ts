import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../api/client.js'
import { saveVersion } from '../api/stories.js'
import type { StoryVersion, VersionContent } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { useSession } from '../session/session.js'
import { errorMessage } from '../ui/error-message.js'
import { dropLocalDraft, keepLocalDraft } from './local-drafts.js'

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string; code: string }
  | { kind: 'signedOut' }
  | { kind: 'conflict' }

/** Quiet time after the last keystroke before saving, and the longest a change waits while typing goes on. */
const PAUSE_MS = 1500
const MAX_WAIT_MS = 5000
const RETRY_MS = 8000

interface AutosaveOptions {
  versionId: string
  revision: number
  /** The text as it is in the editor now. */
  read(): VersionContent
  onSaved(version: StoryVersion): void
  /** A save was refused because someone saved a newer revision; `mine` is what we tried to save. */
  onConflict(mine: VersionContent): void
}

/**
 * Saves the version a moment after typing pauses (at most every few seconds while it goes on),
 * at once on `saveNow` (blur, workflow buttons), one request at a time, always naming the
 * revision the text was edited from. The text sits in local storage until the server has it.
 * A conflict or an expired session stops saving until it is resolved; nothing is dropped.
 */
export function useAutosave({ versionId, revision, read, onSaved, onConflict }: AutosaveOptions) {
  const { t } = useI18n()
  const { onRestored } = useSession()
  const [state, setState] = useState<SaveState>({ kind: 'saved' })
  const base = useRef(revision)
  const dirty = useRef(false)
  const blocked = useRef(false)
  const running = useRef<Promise<void> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const firstChange = useRef<number | null>(null)
  const callbacks = useRef({ read, onSaved, onConflict })
  callbacks.current = { read, onSaved, onConflict }
  // Timers call the latest saveNow through this ref, so a timer set before a re-render never runs a stale one.
  const saveRef = useRef<() => Promise<boolean>>(async () => true)

  const schedule = useCallback(() => {
    clearTimeout(timer.current)
    const now = Date.now()
    firstChange.current ??= now
    const wait = Math.max(0, Math.min(PAUSE_MS, firstChange.current + MAX_WAIT_MS - now))
    timer.current = setTimeout(() => void saveRef.current(), wait)
  }, [])

  const saveNow = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current)
    while (running.current) await running.current
    if (blocked.current) return false
    if (!dirty.current) return true
    dirty.current = false
    firstChange.current = null
    const content = callbacks.current.read()
    setState({ kind: 'saving' })
    let ok = false
    const run = (async () => {
      try {
        const saved = await saveVersion(versionId, { expectedRevision: base.current, ...content })
        base.current = saved.revision
        callbacks.current.onSaved(saved)
        ok = true
        if (dirty.current) setState({ kind: 'unsaved' })
        else {
          dropLocalDraft(versionId)
          setState({ kind: 'saved' })
        }
      } catch (err) {
        dirty.current = true
        if (!(err instanceof ApiError)) throw err
        if (err.status === 409 && err.code === 'stale_revision') {
          blocked.current = true
          setState({ kind: 'conflict' })
          callbacks.current.onConflict(content)
        } else if (err.status === 401) {
          blocked.current = true // resumes when the person signs in again (onRestored below)
          setState({ kind: 'signedOut' })
        } else {
          setState({ kind: 'failed', message: errorMessage(err, t), code: err.code })
          // A dead network or a busy server may recover; a refused body (400) waits for the next edit.
          if (err.status === 0 || err.status >= 500) timer.current = setTimeout(() => void saveRef.current(), RETRY_MS)
        }
      }
    })()
    running.current = run
    await run
    running.current = null
    if (ok && dirty.current) schedule()
    return ok && !dirty.current
  }, [versionId, t, schedule])

  saveRef.current = saveNow

  /** The text changed: keep it locally at once and save it soon. */
  const changed = useCallback(() => {
    dirty.current = true
    keepLocalDraft(versionId, { baseRevision: base.current, content: callbacks.current.read() })
    if (blocked.current) return
    setState((s) => (s.kind === 'saving' ? s : { kind: 'unsaved' }))
    schedule()
  }, [versionId, schedule])

  /** After a conflict is resolved elsewhere: carry on from this revision. */
  const resume = useCallback(
    (revisionNow: number, stillDirty: boolean) => {
      base.current = revisionNow
      blocked.current = false
      dirty.current = stillDirty
      if (!stillDirty) dropLocalDraft(versionId)
      setState({ kind: stillDirty ? 'unsaved' : 'saved' })
    },
    [versionId],
  )

  /** Start from a local draft edited against `baseRevision` (a save against an older base shows as a conflict). */
  const adoptLocalDraft = useCallback(
    (baseRevision: number) => {
      base.current = baseRevision
      changed()
    },
    [changed],
  )

  useEffect(
    () =>
      onRestored(() => {
        if (!blocked.current || state.kind !== 'signedOut') return
        blocked.current = false
        void saveNow()
      }),
    [onRestored, saveNow, state.kind],
  )

  useEffect(() => {
    // Leaving the page with unsaved text: the browser asks first (the text is in local storage anyway).
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault()
    }
    addEventListener('beforeunload', warn)
    return () => {
      removeEventListener('beforeunload', warn)
      clearTimeout(timer.current)
    }
  }, [])

  return { state, changed, saveNow, resume, adoptLocalDraft, revision: () => base.current }
}
