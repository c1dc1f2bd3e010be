import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { EventBus } from '../events.js'
import type { SearchBackend } from './search-backend.js'
import { loadDocuments } from './search-documents.js'

const IMPORT_BATCH = 200

export interface ReindexProgress {
  done: number
  total: number
}

/**
 * Keeps the index current: every story event re-indexes that story's versions (a story has a
 * handful, and topics are shared by all of them). Work runs one story batch at a time, after the
 * write that raised the event has committed.
 */
export function createSearchIndexer(deps: { db: Kysely<DB>; backend: SearchBackend; events?: EventBus; onError?: (err: unknown) => void }) {
  const { db, backend, events, onError = () => {} } = deps
  let chain: Promise<void> = Promise.resolve()
  const waiting = new Set<string>()

  /**
   * Writes these stories' documents. Each document is one atomic statement in both back ends, so
   * no transaction is held open across awaits (on SQLite that would block a second writer).
   */
  async function indexStories(storyIds: readonly string[]): Promise<void> {
    const docs = await loadDocuments(db, storyIds)
    await backend.write(db, docs)
  }

  /** Queues a story; several events for one story before its turn index it once. */
  function enqueue(storyId: string) {
    if (waiting.has(storyId)) return
    waiting.add(storyId)
    chain = chain.then(async () => {
      waiting.delete(storyId)
      await indexStories([storyId]).catch(onError)
    })
  }

  if (events) {
    for (const name of [
      'story.created',
      'story.updated',
      'story.published',
      'story.unpublished',
      'story.scheduled',
      'translation.created',
    ] as const) {
      events.on(name, ({ storyId }) => enqueue(storyId))
    }
    // An import's stories are new and distinct: indexed together, a few hundred per statement batch.
    events.on('stories.imported', ({ storyIds }) => {
      chain = chain.then(async () => {
        for (let i = 0; i < storyIds.length; i += IMPORT_BATCH) await indexStories(storyIds.slice(i, i + IMPORT_BATCH)).catch(onError)
      })
    })
  }

  const indexer = {
    indexStories,

    /**
     * Rebuilds the whole index from the stories table, in batches, while the site keeps serving:
     * each document is replaced in one statement, so a search sees the old document or the new
     * one, never none. Documents of versions that no longer exist are dropped at the end.
     */
    async reindex(options: { batchSize?: number; onProgress?: (p: ReindexProgress) => void } = {}): Promise<ReindexProgress> {
      const batchSize = options.batchSize ?? 200
      const { count } = await db
        .selectFrom('stories')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow()
      const total = Number(count)
      let done = 0
      let after = ''
      for (;;) {
        const ids = (await db.selectFrom('stories').select('id').where('id', '>', after).orderBy('id').limit(batchSize).execute()).map(
          (r) => r.id,
        )
        if (ids.length === 0) break
        await indexStories(ids)
        done += ids.length
        after = ids.at(-1) as string
        options.onProgress?.({ done, total: Math.max(total, done) })
      }
      await backend.prune(db)
      return { done, total: Math.max(total, done) }
    },

    /**
     * Rebuilds the index if it is empty while stories exist (a migration that had to drop it, or
     * a lost index); says whether it did. Queued like event work, so the site serves meanwhile.
     */
    async rebuildIfEmpty(options: { onProgress?: (p: ReindexProgress) => void } = {}): Promise<ReindexProgress | null> {
      if (await backend.hasDocuments(db)) return null
      if (!(await db.selectFrom('stories').select('id').limit(1).executeTakeFirst())) return null
      return indexer.reindex(options) // not `this`: the method may be passed around on its own
    },

    /** Resolves once every story queued so far is indexed. */
    async settled(): Promise<void> {
      let seen: Promise<void>
      do {
        seen = chain
        await seen
      } while (seen !== chain)
    },
  }
  return indexer
}

export type SearchIndexer = ReturnType<typeof createSearchIndexer>
