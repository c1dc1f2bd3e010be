import { type Kysely, PostgresAdapter } from 'kysely'

/**
 * Whether `db` speaks to PostgreSQL (else SQLite): for the few places whose SQL or schema differs
 * between the two (migrations, the search back end, stored pages' tags).
 */
export function isPostgres<T>(db: Kysely<T>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}
