import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema.js'

/** PostgreSQL's SQLSTATE for a statement cancelled by request (pg_cancel_backend). */
const QUERY_CANCELED = '57014'

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
  const cancel = () => void sql`SELECT pg_cancel_backend(${pid})`.execute(db).catch(() => {})
  signal?.addEventListener('abort', cancel, { once: true })
  try {
    return await build()
  } catch (err) {
    if (signal?.aborted && (err as { code?: string }).code === QUERY_CANCELED) return 'stopped'
    throw err
  } finally {
    signal?.removeEventListener('abort', cancel)
  }
}
