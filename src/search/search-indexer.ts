import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { Clock } from '../db/time.js'
import type { EventBus } from '../events.js'
import { anyStoryExists } from '../stories/story.repository.js'
import { countStories, findQueuedAfter, listStoryIdsAfter, queueEveryStory } from './search.repository.js'
import type { SearchBackend } from './search-backend.js'
import { loadDocuments } from './search-documents.js'
import { drainSearchQueue, indexQueuedStories, inLanes } from './search-queue.js'

/** Queue rows read, and their stories indexed, at a time. */
const DRAIN_BATCH = 200
/** After a failed drain, the next try waits this long, doubling up to a minute. */
const RETRY_MS = { first: 2_000, max: 60_000 }
/** Batches a full rebuild has in flight at once (reindex). */
const REINDEX_LANES = 2
/** SearchBackend.maintain runs this often while a server runs: PostgreSQL's monthly windows follow the calendar. */
const MAINTAIN_EVERY_MS = 60 * 60_000

export interface ReindexProgress {
  done: number
  total: number
}

/**
 * Keeps the index current. What is behind is the search queue (migration 0013): triggers add a
 * story to it in the transaction of every change its documents are made of, so a change and its
 * place in the queue commit together. Story events only wake the drain, which runs one batch at a
 * time after the write has committed; a crash leaves the queue for the next start's catch-up.
 * See docs/decisions/012-search-queue.md.
 */
export function createSearchIndexer(deps: {
  db: Kysely<DB>
  backend: SearchBackend
  clock: Clock
  events?: EventBus
  onError?: (err: unknown) => void
  /** Queue rows indexed at a time (DRAIN_BATCH; tests take fewer). */
  drainBatch?: number
}) {
  const { db, backend, clock, events, onError = () => {}, drainBatch = DRAIN_BATCH } = deps
  let chain: Promise<void> = Promise.resolve()
  let drainWaiting = false
  let retryMs = RETRY_MS.first
  let retry: NodeJS.Timeout | undefined
  let checkEmpty = false
  let rebuilt: ReindexProgress | null = null
  let upkeep: NodeJS.Timeout | undefined
  let tending: Promise<void> = Promise.resolve()
  /** Aborted by stop(): an index build in progress (minutes at 100,000 stories on PostgreSQL) is cancelled, not waited for. */
  const stopping = new AbortController()

  /**
   * Writes these stories' documents. Each document is one atomic statement in both back ends, so
   * no transaction is held open across awaits (on SQLite that would block a second writer). A
   * deleted version's document goes with it, in its transaction (a cascade, or 0013's trigger).
   */
  async function indexStories(storyIds: readonly string[]): Promise<void> {
    const docs = await loadDocuments(db, storyIds)
    await backend.write(db, docs)
  }

  /**
   * Queues a drain of the search queue (first a rebuild if the index is empty, when asked); calls
   * arriving before it starts share it. A failure leaves the rows queued and is retried later.
   */
  let stopped = false
  function drainSoon(options: { checkEmpty?: boolean } = {}): Promise<void> {
    checkEmpty ||= options.checkEmpty === true
    if (!drainWaiting) {
      drainWaiting = true
      chain = chain.then(async () => {
        drainWaiting = false
        const check = checkEmpty
        checkEmpty = false
        try {
          if (check) rebuilt = await indexer.rebuildIfEmpty()
          await drainSearchQueue(db, drainBatch, indexStories, () => stopped)
          clearTimeout(retry)
          retry = undefined
          retryMs = RETRY_MS.first
        } catch (err) {
          retryLater()
          onError(err)
        }
      })
    }
    return chain
  }

  /** A later change, the next start, or this timer indexes what a failed drain left. */
  function retryLater() {
    if (retry || stopped) return
    retry = setTimeout(() => {
      retry = undefined
      drainSoon({ checkEmpty: true })
    }, retryMs)
    retry.unref() // never keeps a stopping process alive
    retryMs = Math.min(retryMs * 2, RETRY_MS.max)
  }

  if (events) {
    for (const name of [
      'story.created',
      'story.updated',
      'story.published',
      'story.unpublished',
      'story.scheduled',
      'translation.created',
      'stories.imported', // an import's stories are queued too, and drained a batch at a time
    ] as const) {
      events.on(name, () => {
        drainSoon()
      })
    }
  }

  const indexer = {
    indexStories,

    /**
     * Rebuilds the whole index from the stories table, in batches, while the site keeps serving:
     * each document is replaced in one statement, so a search sees the old document or the new
     * one, never none. Documents of versions that no longer exist are dropped at the end; each
     * batch's queue rows are done with it. REINDEX_LANES batches are in flight at once, so the
     * analysis of one (here) overlaps the database's work on another (PostgreSQL's to_tsvector).
     */
    async reindex(options: { batchSize?: number; onProgress?: (p: ReindexProgress) => void } = {}): Promise<ReindexProgress> {
      const batchSize = options.batchSize ?? 200
      const total = await countStories(db)
      // Into an empty index (a new database, a lost index) the back end's own indexes come
      // first: made on an empty table at once, each write then keeps them, instead of one
      // build over every document at the end (PostgreSQL's pairs index: ~45 minutes of one
      // core at 100,000 stories, while the writes had the other core idle).
      const empty = !(await backend.hasDocuments(db))
      if (empty) {
        await backend.maintain(db, clock(), stopping.signal)
        // And every story queued, which each batch dequeues as it indexes it: a rebuild killed
        // midway leaves the rest queued for the next start, not a part-filled index it would
        // take for whole. Queued oldest first, and indexed in the queue's order: the documents
        // lie in the table as they would had the site grown with them (queueEveryStory).
        await queueEveryStory(db)
      }
      let done = 0
      const nextIds = empty ? walkQueue(db, batchSize) : walkStories(db, batchSize)
      await inLanes(REINDEX_LANES, async () => {
        const ids = await nextIds()
        if (ids.length === 0) return null
        return async () => {
          await indexQueuedStories(db, ids, indexStories)
          done += ids.length
          options.onProgress?.({ done, total: Math.max(total, done) })
        }
      })
      await backend.prune(db)
      await indexer.compact()
      return { done, total: Math.max(total, done) }
    },

    /**
     * Rebuilds the index if it is empty while stories exist (a migration that had to drop it, or
     * a lost index); says how many stories it indexed. Every story goes into the search queue
     * first, in one statement, and is indexed by draining it: a stop or a crash midway leaves the
     * rest queued for the next start. (Rebuilt by listing the stories, a rebuild cut short left
     * a part-filled index, which the next start took for a whole one.)
     */
    async rebuildIfEmpty(): Promise<ReindexProgress | null> {
      if (await backend.hasDocuments(db)) return null
      if (!(await anyStoryExists(db))) return null
      await backend.maintain(db, clock(), stopping.signal) // as reindex does: the indexes first, while the table is empty
      const queued = await queueEveryStory(db)
      const done = await drainSearchQueue(db, drainBatch, indexStories, () => stopped)
      if (!stopped) await indexer.compact()
      return { done, total: Math.max(queued, done) }
    },

    /**
     * At start: rebuilds an empty index, or else indexes what the queue holds — the changes a
     * crash (or another process) left unindexed. One read of the queue when nothing is behind.
     */
    async catchUp(): Promise<{ rebuilt: ReindexProgress | null }> {
      rebuilt = null
      await drainSoon({ checkEmpty: true })
      return { rebuilt }
    },

    /** Tidies the index after many writes at once (an import): SearchBackend.compact, then maintain. */
    async compact(): Promise<void> {
      await backend.compact(db)
      await backend.maintain(db, clock())
    },

    /**
     * SearchBackend.maintain now and then hourly until stop() (cli/serve.ts starts it once the
     * index has caught up). Runs never overlap (building a window can take a minute) and never
     * hold up indexing: they are a chain of their own, which settled() waits for.
     */
    keepMaintained(onFailure: (err: unknown) => void): void {
      if (stopped || upkeep) return
      const run = () => {
        tending = tending.then(() => (stopped ? undefined : backend.maintain(db, clock(), stopping.signal))).catch(onFailure)
      }
      run()
      upkeep = setInterval(run, MAINTAIN_EVERY_MS)
      upkeep.unref()
    },

    /** No more retries or upkeep after this (the app is closing; the next start drains what is left). */
    stop(): void {
      stopped = true
      stopping.abort()
      clearTimeout(retry)
      retry = undefined
      clearInterval(upkeep)
    },

    /** Resolves once every change queued so far by this process's events is indexed. */
    async settled(): Promise<void> {
      let seen: Promise<void>
      do {
        seen = chain
        await seen
      } while (seen !== chain)
      await tending
    },
  }
  return indexer
}

export type SearchIndexer = ReturnType<typeof createSearchIndexer>

/** The stories in the queue, batch after batch in its order (a rebuild into an empty index: queueEveryStory). */
function walkQueue(db: Kysely<DB>, batchSize: number): () => Promise<string[]> {
  let afterSeq = 0
  return async () => {
    const rows = await findQueuedAfter(db, afterSeq, batchSize)
    afterSeq = rows.at(-1)?.seq ?? afterSeq
    return [...new Set(rows.map((r) => r.story_id))]
  }
}

/** Every story, batch after batch by id (a rebuild over an index that has documents). */
function walkStories(db: Kysely<DB>, batchSize: number): () => Promise<string[]> {
  let after = ''
  return async () => {
    const ids = await listStoryIdsAfter(db, after, batchSize)
    after = ids.at(-1) ?? after
    return ids
  }
}
