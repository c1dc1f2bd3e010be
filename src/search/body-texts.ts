import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { findBodyTexts } from './search.repository.js'

/** What names a body's text exactly: the version, the revision its row holds and when the row last changed. */
export interface BodyTextKey {
  id: string
  live_revision: number
  updated_at: string
}

const keyOf = (id: string, liveRevision: number, updatedAt: string) => `${id} ${liveRevision} ${updatedAt}`

/**
 * The plain text of bodies that search cut passages from lately, in a bounded LRU. Reading a body
 * for its passage is most of a search's time after the index: ~0.15 ms a body to read, inflate,
 * parse and flatten, ~8 bodies a results page (issue 20). Recent stories come up in most searches,
 * so the same few hundred bodies serve most of them. An entry is keyed by the version, the
 * revision its row holds and when the row last changed, as read with the hit: an edit makes a new
 * key, so a passage is never cut from text the version no longer has (the old entry ages out).
 */
export function createBodyTextCache(maxChars: number) {
  const entries = new Map<string, string>()
  let chars = 0

  function remember(key: string, text: string): void {
    if (text.length > maxChars) return
    entries.set(key, text)
    chars += text.length
    for (const [oldest, old] of entries) {
      if (chars <= maxChars) break
      entries.delete(oldest)
      chars -= old.length
    }
  }

  return {
    /** The body texts of these versions, by id: remembered ones as they are, the others read (and remembered). */
    async read(db: Kysely<DB>, versions: readonly BodyTextKey[]): Promise<Map<string, string>> {
      const texts = new Map<string, string>()
      const missing: string[] = []
      for (const v of versions) {
        const key = keyOf(v.id, v.live_revision, v.updated_at)
        const text = entries.get(key)
        if (text === undefined) {
          missing.push(v.id)
          continue
        }
        entries.delete(key) // re-insert: Map order is the LRU order
        entries.set(key, text)
        texts.set(v.id, text)
      }
      for (const [id, body] of await findBodyTexts(db, missing)) {
        texts.set(id, body.text)
        // Under the key of the row the text came from: if the version changed since its hit was
        // read, the text is the newer one and is found under the newer key.
        remember(keyOf(id, body.liveRevision, body.updatedAt), body.text)
      }
      return texts
    },
    get size() {
      return entries.size
    },
  }
}
