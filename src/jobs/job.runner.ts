import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Dialect } from '../db/database.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { claimDueJobs, completeJob, failJob, type Job, releaseClaims } from './job.repository.js'

export type JobHandler = (payload: Record<string, unknown>, job: Job) => Promise<void>

export interface JobRunnerOptions {
  db: Kysely<DB>
  dialect: Dialect
  clock: Clock
  handlers: Record<string, JobHandler>
  onError: (err: unknown, job: Job) => void
  /** How often to look for due jobs. */
  pollMs?: number
  maxAttempts?: number
  /** Only these kinds of job (undefined: all): a runner of slow work (deliveries) never delays scheduled publishing. */
  kinds?: readonly string[]
  /** Jobs run at once; above 1 each poll claims that many and runs them side by side (deliveries waiting on slow receivers). */
  concurrency?: number
}

const STALE_LOCK_MS = 5 * 60_000
const BATCH = 20

/** Retry after 5 s, 10 s, 20 s… capped at an hour. */
export const backoffMs = (attempts: number): number => Math.min(3_600_000, 5000 * 2 ** (attempts - 1))

/**
 * Runs timed work (scheduled publishing) with nobody signed in. Every server process may run one;
 * claiming is atomic, so each job runs once.
 */
export function createJobRunner({
  db,
  dialect,
  clock,
  handlers,
  onError,
  pollMs = 1000,
  maxAttempts = 8,
  kinds,
  concurrency = 1,
}: JobRunnerOptions) {
  const worker = `${process.pid}-${randomBytes(4).toString('hex')}`
  let timer: NodeJS.Timeout | undefined
  let running: Promise<number> | undefined
  let stopping = false
  /**
   * Failed jobs this worker could not put back (the database was away as well): put back on the
   * next poll, so a job caught in an outage retries after its backoff, not after the 5-minute
   * stale-lock wait.
   */
  const unreleased = new Map<string, Parameters<typeof failJob>>()

  async function release(args: Parameters<typeof failJob>): Promise<void> {
    try {
      await failJob(...args)
      unreleased.delete(args[1])
    } catch (err) {
      unreleased.set(args[1], args)
      throw err
    }
  }

  async function runOne(job: Job): Promise<void> {
    const handler = handlers[job.kind]
    try {
      if (!handler) throw new Error(`No handler for job kind "${job.kind}"`)
      await handler(job.payload, job)
      await completeJob(db, job.id, worker, toTimestamp(clock()))
    } catch (err) {
      onError(err, job)
      const retryAt = job.attempts < maxAttempts ? toTimestamp(new Date(clock().getTime() + backoffMs(job.attempts))) : null
      // If the database is away too, the job is kept to put back on a later poll; the batch goes on.
      await release([db, job.id, worker, err instanceof Error ? err.message : String(err), retryAt, toTimestamp(clock())]).catch(
        (releaseErr: unknown) => onError(releaseErr, job),
      )
    }
  }

  /** Claims and runs every job due now; returns how many ran. */
  async function runDue(): Promise<number> {
    if (stopping) return 0
    for (const args of [...unreleased.values()]) await release(args)
    const now = clock()
    const limit = concurrency > 1 ? concurrency : BATCH
    const jobs = await claimDueJobs(
      db,
      dialect,
      worker,
      toTimestamp(now),
      toTimestamp(new Date(now.getTime() - STALE_LOCK_MS)),
      limit,
      kinds,
    )
    if (concurrency > 1) {
      await Promise.all(jobs.map(runOne))
      return jobs.length
    }
    for (const [i, job] of jobs.entries()) {
      if (stopping) {
        // Shutting down: the job being run was finished; the ones not started go back for another process.
        await releaseClaims(
          db,
          jobs.slice(i).map((j) => j.id),
          worker,
          toTimestamp(clock()),
        )
        return i
      }
      await runOne(job)
    }
    return jobs.length
  }

  const tick = () => {
    running ??= runDue()
      .catch((err: unknown) => onError(err, { id: '-', kind: 'poll', payload: {}, runAt: '', attempts: 0 }))
      .then((n) => n ?? 0)
      .finally(() => {
        running = undefined
      })
  }

  return {
    worker,
    runDue,
    start() {
      timer ??= setInterval(tick, pollMs)
      timer.unref()
    },
    /** Finishes the job being run, gives back the claims on the rest of its batch, and runs no more. */
    async stop() {
      stopping = true
      if (timer) clearInterval(timer)
      timer = undefined
      await running
    },
  }
}

export type JobRunner = ReturnType<typeof createJobRunner>
