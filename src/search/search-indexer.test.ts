import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testClock } from '../testing/test-context.js'
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js'
import { searchBackendFor } from './backends.js'
import type { SearchBackend } from './search-backend.js'
import { createSearchIndexer } from './search-indexer.js'

/** The hourly upkeep is the same on both back ends; what maintain does on PostgreSQL is postgres-windows-backend.test.ts's. */
describe('search index upkeep while a server runs', () => {
  let database: TestDatabase
  const clock = testClock()
  beforeEach(async () => {
    database = await createTestDatabase('sqlite')
  })
  afterEach(async () => {
    vi.useRealTimers()
    await database.close()
  })

  /** The real back end, with each maintain recorded and held until the test lets it finish (or fail). */
  function recordingBackend() {
    const real = searchBackendFor(database.db)
    const runs: { at: string; signal: AbortSignal | undefined; finish: (err?: Error) => void }[] = []
    const backend: SearchBackend = {
      ...real,
      maintain: (db, now, signal) =>
        new Promise<void>((resolve, reject) => {
          runs.push({ at: now.toISOString(), signal, finish: (err) => (err ? reject(err) : resolve(real.maintain(db, now))) })
        }),
    }
    return { backend, runs }
  }

  it('maintains at once, then hourly, one run at a time; a failure is reported and the next hour tries again; stop ends it', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const { backend, runs } = recordingBackend()
    const failures: unknown[] = []
    const indexer = createSearchIndexer({ db: database.db, backend, clock })
    indexer.keepMaintained((err) => failures.push(err))
    indexer.keepMaintained((err) => failures.push(err)) // a second start changes nothing
    await vi.waitFor(() => expect(runs).toHaveLength(1))

    // An hour passes while the first run is still building: the next one waits its turn.
    clock.set('2026-11-24T09:00:00.000Z')
    vi.advanceTimersByTime(60 * 60_000)
    await Promise.resolve()
    expect(runs).toHaveLength(1)
    runs[0]!.finish(new Error('the database went away'))
    await vi.waitFor(() => expect(runs).toHaveLength(2))
    expect(failures).toEqual([new Error('the database went away')])
    expect(runs[1]!.at).toBe('2026-11-24T09:00:00.000Z')

    // settled() waits for a run in flight (what closing the app waits on before the pool closes).
    let settled = false
    const waiting = indexer.settled().then(() => {
      settled = true
    })
    await new Promise((r) => setImmediate(r))
    expect(settled).toBe(false)
    runs[1]!.finish()
    await waiting

    indexer.stop()
    vi.advanceTimersByTime(3 * 60 * 60_000)
    await new Promise((r) => setImmediate(r))
    expect(runs).toHaveLength(2)
    indexer.keepMaintained((err) => failures.push(err)) // nor does a start after stop
    await new Promise((r) => setImmediate(r))
    expect(runs).toHaveLength(2)
    expect(failures).toHaveLength(1)
  })

  it('tells a run in flight to stop when the indexer stops: closing the app does not wait out an index build', async () => {
    const { backend, runs } = recordingBackend()
    const indexer = createSearchIndexer({ db: database.db, backend, clock })
    indexer.keepMaintained(() => {})
    await vi.waitFor(() => expect(runs).toHaveLength(1))
    expect(runs[0]!.signal?.aborted).toBe(false)
    indexer.stop()
    expect(runs[0]!.signal?.aborted).toBe(true)
    runs[0]!.finish()
    await indexer.settled()
  })
})
