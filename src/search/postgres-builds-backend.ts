import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema.js'

/** PostgreSQL's SQLSTATE for a statement cancelled by request (pg_cancel_backend). */
const QUERY_CANCELED = '57014'
const cancelled = (err: unknown) => (err as { code?: string }).code === QUERY_CANCELED

/**
 * Runs `build` (an index built CONCURRENTLY: a minute or more at 100,000 stories) on `conn`, and
 * cancels its statement from another of the pool's connections if `signal` aborts first: a server
 * stopping must not wait for it. A cancelled build leaves an invalid index, which the next run
 * drops and builds again. Returns 'stopped' when cancelled.
 */
export async function cancellable<T>(
  db: Kysely<DB>,
  conn: Kysely<DB>,
  signal: AbortSignal | undefined,
  build: () => Promise<T>,
): Promise<T | 'stopped'> {
  if (signal?.aborted) return 'stopped'
  const pid = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(conn)).rows[0]?.pid
  let cancelling: Promise<unknown> | undefined
  const cancel = () => {
    cancelling = sql`SELECT pg_cancel_backend(${pid})`.execute(db).catch(() => {})
  }
  signal?.addEventListener('abort', cancel, { once: true })
  try {
    return await build()
  } catch (err) {
    if (signal?.aborted && cancelled(err)) return 'stopped'
    throw err
  } finally {
    signal?.removeEventListener('abort', cancel)
    // The request is sent before `conn` runs anything else; one that came after the build ended
    // can still cancel the next statement (see withBuildLock).
    await cancelling
  }
}

/**
 * Runs `work` on one connection holding the session advisory lock (`key`, the schema's hash): one
 * process at a time builds a schema's search indexes. 'busy' when another holds it.
 */
export async function withBuildLock<T>(db: Kysely<DB>, key: number, work: (conn: Kysely<DB>) => Promise<T>): Promise<T | 'busy'> {
  return db.connection().execute(async (conn) => {
    const locked = await sql<{ ok: boolean }>`SELECT pg_try_advisory_lock(${key}, hashtext(current_schema())) AS ok`.execute(conn)
    if (!locked.rows[0]?.ok) return 'busy'
    try {
      return await work(conn)
    } finally {
      // A stop's cancel that reached the build just as it ended lands on the unlock instead (a
      // request cancels one statement): unlocked again, else the pooled connection would keep
      // the lock and no process would build until it closed.
      await againIfCancelled(() => sql`SELECT pg_advisory_unlock(${key}, hashtext(current_schema()))`.execute(conn))
    }
  })
}

/** Runs `statement` a second time if a cancel request meant for the one before cut it short. */
export async function againIfCancelled<T>(statement: () => Promise<T>): Promise<T> {
  try {
    return await statement()
  } catch (err) {
    if (!cancelled(err)) throw err
    return statement()
  }
}
