import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { dequeue, findQueued, findQueuedFor } from './search.repository.js'

type IndexStories = (storyIds: readonly string[]) => Promise<void>

/**
 * Indexes every story the queue names, `batch` rows at a time, until it is empty or `stopping`
 * says so between batches (a stopping server leaves the rest to the next start's catch-up: after
 * an import in another process that can be the whole archive); returns how many stories it indexed.
 */
export async function drainSearchQueue(
  db: Kysely<DB>,
  batch: number,
  indexStories: IndexStories,
  stopping: () => boolean = () => false,
): Promise<number> {
  let stories = 0
  for (;;) {
    if (stopping()) return stories
    const rows = await findQueued(db, batch)
    if (rows.length === 0) return stories
    const storyIds = [...new Set(rows.map((r) => r.story_id))]
    await indexThenDequeue(db, rows, storyIds, indexStories)
    stories += storyIds.length
  }
}

/** Indexes these stories (a full rebuild's batch) and dequeues the rows they had before. */
export async function indexQueuedStories(db: Kysely<DB>, storyIds: readonly string[], indexStories: IndexStories): Promise<void> {
  const rows = await findQueuedFor(db, storyIds)
  await indexThenDequeue(db, rows, storyIds, indexStories)
}

/**
 * Deletes exactly the rows read before indexing: the documents are loaded after that read, so
 * they hold every change those rows stand for. A change committed later has its own row, which
 * stays for the next round (deleting by "seq up to" could take a row a slower transaction
 * committed late, whose change was not read).
 */
async function indexThenDequeue(db: Kysely<DB>, rows: { seq: number }[], storyIds: readonly string[], indexStories: IndexStories) {
  await indexStories(storyIds)
  await dequeue(
    db,
    rows.map((r) => r.seq),
  )
}

/**
 * Runs the work `next` hands out, up to `lanes` pieces at once, until it hands out null. `next`
 * itself runs one call at a time (it may move a cursor). The first failure stops handing out
 * work; the pieces already running finish before it is thrown, so nothing is left running.
 */
export async function inLanes(lanes: number, next: () => Promise<(() => Promise<void>) | null>): Promise<void> {
  let failure: { err: unknown } | undefined
  let handing = Promise.resolve<(() => Promise<void>) | null>(null)
  const take = () => {
    handing = handing.then(() => (failure ? null : next()))
    return handing
  }
  const lane = async () => {
    try {
      for (let work = await take(); work; work = await take()) await work()
    } catch (err) {
      failure ??= { err }
    }
  }
  await Promise.all(Array.from({ length: lanes }, lane))
  if (failure) throw failure.err
}
