import { mkdirSync, renameSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { threadId, Worker } from 'node:worker_threads'
import { DomainError } from '../errors.js'
import { PROJECT_ROOT } from '../project-root.js'
import type { SearchOutcome, SearchRequest } from './search.service.js'
import { SEARCH_WORKER_ROLE, type SearchAnswer, type SearchJob } from './search-worker.js'

/** A thread that dies sooner than this after starting is started again only after as long. */
const RESTART_BACKOFF_MS = 1000

/** How long a reader refused by a full queue is asked to wait (Retry-After). */
export const SEARCH_RETRY_AFTER_SECONDS = 2

/** Every search slot is taken and the queue behind them is full: 503 with Retry-After, at once, instead of a timeout. */
export class SearchBusy extends DomainError {
  constructor() {
    super('Busy', 'search_busy', { seconds: SEARCH_RETRY_AFTER_SECONDS })
  }
}

/**
 * Where searches run, and how many at once: a search waits for a free slot in a bounded queue
 * and is refused (SearchBusy) when the queue is full, so a burst of searches can't hold pages up.
 */
export interface SearchGate {
  run(request: SearchRequest, now: string, here: () => Promise<SearchOutcome>): Promise<SearchOutcome>
  close(): Promise<void>
}

/** A slot per search running and at most `queue` waiting. */
function boundedQueue(slots: number, queue: number) {
  let free = slots
  const waiting: (() => void)[] = []
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (free > 0) free--
    else if (waiting.length >= queue) throw new SearchBusy()
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else free++
    }
  }
}

/**
 * Searches in this process, `slots` at a time: for PostgreSQL, whose searches run in the
 * database server's processes, not on this thread.
 */
export function inProcessSearchGate(o: { slots: number; queue: number }): SearchGate {
  const run = boundedQueue(o.slots, o.queue)
  return { run: (_request, _now, here) => run(here), close: async () => {} }
}

/**
 * A search thread's heap. V8 sizes a heap for the machine (gigabytes here) and collects lazily
 * while it may grow: a thread doing a search after another grew by ~60 MB under load, on top of
 * its 32 MB SQLite cache. A search needs a few MB; a thread that outgrows this is ended with
 * ERR_WORKER_OUT_OF_MEMORY and started again like any thread that died.
 */
const SEARCH_THREAD_HEAP = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 4 } as const

/**
 * Searches on `threads` worker threads, each with its own read connection to the SQLite file:
 * SQLite's full-text queries are synchronous, so on the server's thread a search holds every page
 * up; on another thread it uses another core. A thread that dies is replaced; the search it ran
 * fails (500 is not what a reader gets: the error handler logs it and answers as for any failure).
 */
export function threadSearchGate(o: { file: string; threads: number; queue: number; onError: (err: unknown) => void }): SearchGate {
  const run = boundedQueue(o.threads, o.queue)
  const all = new Set<Thread>()
  const idle: Thread[] = []
  let nextId = 0
  let closed = false

  interface Thread {
    worker: Worker
    dead?: boolean
    pending?: { id: number; resolve: (o: SearchOutcome) => void; reject: (err: Error) => void }
  }

  function start(): Thread {
    const startedAt = performance.now()
    const thread: Thread = {
      worker: new Worker(threadEntry(), { workerData: { role: SEARCH_WORKER_ROLE, file: o.file }, resourceLimits: SEARCH_THREAD_HEAP }),
    }
    all.add(thread)
    thread.worker.unref() // a search thread never keeps the process alive by itself
    thread.worker.on('message', (answer: SearchAnswer) => {
      const pending = thread.pending
      if (!pending || pending.id !== answer.id) return
      thread.pending = undefined
      idle.push(thread)
      if ('error' in answer) pending.reject(new Error(`search failed on its thread: ${answer.error}`))
      else pending.resolve(answer.outcome)
    })
    const lost = (err: Error) => {
      if (thread.dead) return // 'error' is followed by 'exit'
      thread.dead = true
      all.delete(thread)
      thread.pending?.reject(err)
      thread.pending = undefined
      const at = idle.indexOf(thread)
      if (at >= 0) idle.splice(at, 1)
      if (closed) return
      o.onError(err)
      // A thread that can't even start (a broken file) is not restarted in a tight loop.
      const early = performance.now() - startedAt < RESTART_BACKOFF_MS
      if (early) setTimeout(() => closed || idle.push(start()), RESTART_BACKOFF_MS).unref()
      else idle.push(start())
    }
    thread.worker.on('error', lost)
    thread.worker.on('exit', (code) => lost(new Error(`a search thread exited with code ${code}`)))
    return thread
  }
  // Started on the first search: a process that never searches (a CLI command, most tests) has none.
  let started = false

  return {
    run: (request, now) => {
      if (!started && !closed) {
        started = true
        for (let i = 0; i < o.threads; i++) idle.push(start())
      }
      return run(
        () =>
          new Promise<SearchOutcome>((resolve, reject) => {
            // A slot is held, so a thread is idle, unless one died and waits to be started again.
            const thread = idle.pop()
            if (!thread) return reject(new Error('no search thread is running (one failed to start; see the log)'))
            const id = ++nextId
            thread.pending = { id, resolve, reject }
            thread.worker.postMessage({ id, request, now } satisfies SearchJob)
          }),
      )
    },
    async close() {
      closed = true
      idle.length = 0
      await Promise.all([...all].map((t) => t.worker.terminate()))
    },
  }
}

/**
 * The thread's entry: a small bundle of search-worker.ts, not the server's (whose packages, sharp
 * and the AWS SDK among them, a thread would load for nothing). The built server has it beside
 * itself (bin/server-build.js); from TypeScript sources (tests, development) it is bundled with
 * esbuild once per process, since tsx's loader hooks hang inside worker threads.
 */
let sourceEntry: URL | undefined
function threadEntry(): URL {
  const here = import.meta.url
  if (!here.endsWith('.ts')) return new URL('./search-worker.js', here)
  if (!sourceEntry) {
    const out = join(PROJECT_ROOT, 'dist', 'dev', 'search-worker.mjs')
    const temporary = `${out}.${process.pid}.${threadId}.tmp`
    mkdirSync(dirname(out), { recursive: true })
    // The one package this imports only here; written beside the target and renamed into place.
    const esbuild = createRequire(here)('esbuild') as typeof import('esbuild')
    esbuild.buildSync({
      entryPoints: [fileURLToPath(new URL('./search-worker.ts', here))],
      outfile: temporary,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    })
    renameSync(temporary, out)
    sourceEntry = pathToFileURL(out)
  }
  return sourceEntry
}
