import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema.js'

/**
 * How many times each index of `table` was scanned, as PostgreSQL's statistics say once
 * this connection's counts are flushed: whether a query used the index a test expects. `conn`
 * must be the one connection the search ran on (db.connection()).
 */
export async function indexScans(conn: Kysely<DB>, table: string): Promise<Map<string, number>> {
  await sql`SELECT pg_stat_force_next_flush()`.execute(conn)
  // The flush happens at the end of a statement: one more, then a fresh snapshot of the counts.
  await sql`SELECT 1`.execute(conn)
  await sql`SELECT pg_stat_clear_snapshot()`.execute(conn)
  const rows = await sql<{ name: string; scans: string }>`SELECT indexrelname AS name, idx_scan AS scans
    FROM pg_stat_user_indexes WHERE relname = ${table}`.execute(conn)
  return new Map(rows.rows.map((r) => [r.name, Number(r.scans)]))
}
