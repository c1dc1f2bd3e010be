import { useState } from 'react'
import { ApiError } from '../api/client.js'
import { restoreRevision, saveVersion } from '../api/stories.js'
import { useI18n } from '../i18n/i18n.js'
import { errorMessage } from '../ui/error-message.js'
import type { VersionEditor } from './useVersionEditor.js'

/** What the editor does to a version beyond typing: resolve a conflict either way, restore a revision, mark a translation up to date. */
export function useVersionActions(v: VersionEditor) {
  const { t } = useI18n()
  const [resolving, setResolving] = useState(false)
  const id = v.version.id
  const fail = (err: unknown) => {
    if (err instanceof ApiError) v.setNotice(errorMessage(err, t))
  }

  async function resolve(work: (theirsRevision: number) => Promise<void>) {
    if (!v.conflict) return
    setResolving(true)
    try {
      await work(v.conflict.theirs.revision)
      v.setConflict(null)
    } catch (err) {
      fail(err)
    } finally {
      setResolving(false)
    }
  }

  return {
    resolving,

    keepMine: () =>
      resolve(async (theirs) => {
        const saved = await saveVersion(id, { expectedRevision: theirs, ...v.read() })
        v.adopt(saved, t('conflict.keptMine', { revision: theirs }))
      }),

    /** Mine goes into the history first, then theirs is restored on top: both stay, theirs is current. */
    takeTheirs: () =>
      resolve(async (theirs) => {
        const mine = await saveVersion(id, { expectedRevision: theirs, ...v.read() })
        const now = mine.revision === theirs ? mine : await restoreRevision(id, theirs, mine.revision)
        v.adopt(now, t('conflict.tookTheirs', { revision: mine.revision }), { showText: true })
      }),

    /** Brings back an old revision as a new one (after saving what is pending): the history only grows. */
    async restore(number: number) {
      if (!(await v.autosave.saveNow())) return
      try {
        const now = await restoreRevision(id, number, v.autosave.revision())
        v.adopt(now, t('revisions.restored', { number, revision: now.revision }), { showText: true })
      } catch (err) {
        fail(err)
      }
    },

    /** The translator has carried the source's changes over: record the source revision this version now matches. */
    async markUpToDate(sourceRevision: number) {
      if (!(await v.autosave.saveNow())) return
      try {
        const saved = await saveVersion(id, { expectedRevision: v.autosave.revision(), sourceRevision })
        v.adopt(saved, t('translation.marked', { revision: sourceRevision }))
      } catch (err) {
        fail(err)
      }
    },
  }
}
