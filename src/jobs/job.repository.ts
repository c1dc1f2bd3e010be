import { type Kysely, sql } from 'kysely'
import type { Dialect } from '../db/database.js'
import type { DB } from '../db/schema.js'
import { newId } from '../ids.js'

export interface Job {
  id: string
  kind: string
  payload: Record<string, unknown>
  runAt: string
  attempts: number
}

export async function enqueueJob(
  db: Kysely<DB>,
  job: { kind: string; payload: Record<string, unknown>; runAt: string; at: string },
): Promise<string> {
  const id = newId()
  await db
    .insertInto('jobs')
    .values({
      id,
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt,
      status: 'pending',
      created_at: job.at,
      updated_at: job.at,
    })
    .execute()
  return id
}

/**
 * Claims up to `limit` due jobs for one worker in a single statement. On Postgres the candidate
 * rows are locked with FOR UPDATE SKIP LOCKED, so two servers never claim the same job; SQLite
 * has one writer at a time, which gives the same guarantee. Jobs left running by a crashed
 * worker are claimed again once their lock is older than `staleBefore`.
 */
export async function claimDueJobs(
  db: Kysely<DB>,
  dialect: Dialect,
  worker: string,
  now: string,
  staleBefore: string,
  limit: number,
  /** Only jobs of these kinds (each runner claims its own work); undefined: any. */
  kinds?: readonly string[],
): Promise<Job[]> {
  let due = db
    .selectFrom('jobs')
    .select('id')
    .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'running'), eb('locked_at', '<', staleBefore)])]))
    .where('run_at', '<=', now)
    .orderBy('run_at')
    .limit(limit)
  if (kinds) due = due.where('kind', 'in', kinds)
  const candidates = dialect === 'postgres' ? due.forUpdate().skipLocked() : due
  const rows = await db
    .updateTable('jobs')
    .set({ status: 'running', locked_by: worker, locked_at: now, updated_at: now, attempts: sql`attempts + 1` })
    .where('id', 'in', candidates)
    .returning(['id', 'kind', 'payload', 'run_at', 'attempts'])
    .execute()
  // UPDATE … RETURNING keeps no order: the earliest due runs first.
  rows.sort((a, b) => a.run_at.localeCompare(b.run_at))
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    runAt: r.run_at,
    attempts: r.attempts,
  }))
}

export async function completeJob(db: Kysely<DB>, id: string, worker: string, at: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'done', updated_at: at, last_error: null })
    .where('id', '=', id)
    .where('locked_by', '=', worker)
    .execute()
}

/** Puts a failed job back for a later try, keeping its error; after the last try it stays failed. */
export async function failJob(
  db: Kysely<DB>,
  id: string,
  worker: string,
  error: string,
  retryAt: string | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: retryAt ? 'pending' : 'failed',
      run_at: retryAt ?? sql`run_at`,
      last_error: error.slice(0, 2000),
      locked_by: null,
      locked_at: null,
      updated_at: at,
    })
    .where('id', '=', id)
    .where('locked_by', '=', worker)
    .execute()
}

/**
 * Gives back jobs this worker claimed but did not start (it is shutting down): due again at once
 * for another process, and the claim does not count as a try.
 */
export async function releaseClaims(db: Kysely<DB>, ids: readonly string[], worker: string, at: string): Promise<void> {
  if (ids.length === 0) return
  await db
    .updateTable('jobs')
    .set({ status: 'pending', attempts: sql`attempts - 1`, locked_by: null, locked_at: null, updated_at: at })
    .where('id', 'in', ids)
    .where('locked_by', '=', worker)
    .where('status', '=', 'running')
    .execute()
}

/** Forgets finished and failed jobs of these kinds last touched before `before` (deliveries are logged elsewhere). */
export async function deleteFinishedJobs(db: Kysely<DB>, kinds: readonly string[], before: string): Promise<void> {
  await db
    .deleteFrom('jobs')
    .where('kind', 'in', kinds)
    .where('status', 'in', ['done', 'failed'])
    .where('updated_at', '<', before)
    .execute()
}
