import { setPriority } from 'node:os'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { openDatabase } from '../db/database.js'
import { createSearchService, type SearchOutcome, type SearchRequest } from './search.service.js'
import { sqliteSearchBackend } from './sqlite-backend.js'

/** What the pool sends a search thread, and what it answers. */
export interface SearchJob {
  id: number
  request: SearchRequest
  /** The caller's clock, so a search sees what the caller would. */
  now: string
}
export type SearchAnswer = { id: number; outcome: SearchOutcome } | { id: number; error: string }

export const SEARCH_WORKER_ROLE = 'vistka-search'

/** How much a search thread yields to the server's own thread (a nice value, 0–19). */
export const SEARCH_THREAD_NICE = 10

/**
 * A search thread (search-pool.ts): its own connection to the SQLite file (WAL lets it read while
 * the server writes), the same search service the server would run, one search at a time. It is
 * the module's top level that starts it, so the server's bundle can be a thread's entry too.
 */
async function runSearchThread(file: string): Promise<void> {
  // Pages first: when the server's thread and the search threads all want a core, the kernel gives
  // a thread of nice 10 about a tenth of what one of nice 0 gets, so a burst of searches slows
  // page serving little; an idle core still goes to the searches. On Linux a thread's nice value is
  // its own (setpriority on 0 is the calling thread); elsewhere it is the whole process's, so it is
  // left alone there. A sandbox that refuses it leaves the thread at the server's priority.
  if (process.platform === 'linux') {
    try {
      setPriority(0, SEARCH_THREAD_NICE)
    } catch {}
  }
  // Searches read posting lists all over the index: 2 MB of page cache (the default) halved their
  // speed. 8 MB searched as fast as 32 MB (2,000 stories, whose index is 27 MB: one-client p99
  // 5.2–5.9 ms either way, 32 clients 305 vs 316/s) for 24 MB less memory a thread; pages beyond
  // it come from the OS's file cache, a read call each.
  const database = openDatabase({ dialect: 'sqlite', file }, { sqliteCacheKb: 8000 })
  let now = new Date()
  const search = createSearchService({ db: database.db, backend: sqliteSearchBackend, clock: () => now })
  const port = parentPort
  if (!port) return
  port.on('message', async (job: SearchJob) => {
    now = new Date(job.now)
    let answer: SearchAnswer
    try {
      answer = { id: job.id, outcome: await search.search(job.request) }
    } catch (err) {
      answer = { id: job.id, error: err instanceof Error ? err.message : String(err) }
    }
    port.postMessage(answer)
  })
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === SEARCH_WORKER_ROLE) {
  await runSearchThread((workerData as { file: string }).file)
}
