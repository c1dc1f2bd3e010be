import type { Kysely } from 'kysely'
import { isPostgres } from '../dialect.js'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // Changes that make other processes' caches stale, for processes sharing one SQLite file
  // (cluster/sqlite-channel.ts); kept a few minutes. PostgreSQL uses LISTEN/NOTIFY instead.
  const postgres = isPostgres(db)
  await db.schema
    .createTable('change_log')
    .addColumn('seq', postgres ? 'bigserial' : 'integer', (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
}
