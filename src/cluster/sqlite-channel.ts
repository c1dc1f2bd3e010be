import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { ChangeChannel } from './change-fanout.js'
import { appendChange, changesAfter, dataVersion, lastChangeSeq, pruneChanges } from './change-log.repository.js'

/** How often a process looks whether another one committed (a pragma read; no table is touched). */
const POLL_MS = 100
/** Changes older than this are gone from the log: every listening process has read them by then. */
const KEEP_MS = 5 * 60_000

/**
 * Processes on one SQLite file (WORKERS, or a CLI beside a server) tell each other about changes
 * through a short log in the file. Each polls `PRAGMA data_version`, which changes only when
 * another connection commits, and reads the log's new rows then: an idle site costs a pragma
 * read every 100 ms and nothing else.
 */
export function sqliteChannel(db: Kysely<DB>, now: () => Date = () => new Date()): ChangeChannel {
  let timer: NodeJS.Timeout | undefined
  let lastSeq = 0
  let version = -1
  let polling = false
  let lastPrune = 0

  async function poll(onMessage: (message: string) => void): Promise<void> {
    const current = await dataVersion(db)
    if (current === version) return
    version = current
    for (const row of await changesAfter(db, lastSeq)) {
      lastSeq = row.seq
      onMessage(row.message)
    }
    if (now().getTime() - lastPrune > 60_000) {
      lastPrune = now().getTime()
      await pruneChanges(db, new Date(now().getTime() - KEEP_MS).toISOString())
    }
  }

  return {
    async start(onMessage) {
      // Before migration 0015 (a first start migrates after this) there is no log yet: start from its beginning.
      lastSeq = await lastChangeSeq(db).catch(() => 0)
      version = await dataVersion(db)
      timer = setInterval(() => {
        if (polling) return
        polling = true
        poll(onMessage)
          .catch(() => {}) // a busy or briefly locked file: the next poll reads what this one missed
          .finally(() => {
            polling = false
          })
      }, POLL_MS)
      timer.unref()
    },
    async publish(message) {
      await appendChange(db, message, now().toISOString())
    },
    connected: () => timer !== undefined,
    async stop() {
      clearInterval(timer)
      timer = undefined
    },
  }
}
