import type { Kysely } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // What an import brought in under which of our ids, so running it again updates instead of
  // duplicating: source names the other system and site (e.g. 'wordpress:old.example.com'),
  // kind what the id is of (post, attachment, term, author, group).
  await db.schema
    .createTable('imported_ids')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    // A digest of what was imported, so a re-run can tell an unchanged post from a changed one.
    .addColumn('digest', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('imported_ids_pk', ['source', 'kind', 'external_id'])
    .execute()
}
