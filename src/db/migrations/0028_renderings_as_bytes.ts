import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // A version's rendered body is now deflated against its rich-text JSON, on both databases
  // (docs/decisions/025-renderings-packed-against-their-source.md): it repeats the JSON's words, so
  // it shrinks from ~5 KB in TOAST to ~350 bytes. On PostgreSQL that needs bytes, not text; the
  // renderings stored so far become their UTF-8 bytes, read as they are until next written.
  // SQLite's columns take bytes already. Changing the type rewrites both tables (minutes at
  // 100,000 stories, while the tables are locked); the partial index of unrendered versions
  // compares with text, so it is made again for bytes.
  if (!isPostgres(db)) return
  await sql`DROP INDEX IF EXISTS story_versions_unrendered`.execute(db)
  for (const table of ['story_versions', 'pending_revisions'])
    await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN body_parts TYPE bytea USING convert_to(body_parts, 'UTF8')`.execute(db)
  await sql`CREATE INDEX story_versions_unrendered ON story_versions (id) WHERE body_parts = ''::bytea`.execute(db)
}
