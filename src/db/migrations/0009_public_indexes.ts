import type { Kysely } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // What readers may see is decided by status, published_at and embargo_until (public-visibility.ts).
  // On SQLite those columns sit after the large body columns, so checking them on a row means
  // reading through its overflow pages. These indexes carry them, with the ids a list needs, so
  // lists and "read also" filter and order without touching story rows — rows are read only for
  // the handful of stories a page shows.
  await db.schema
    .createIndex('story_versions_public')
    .on('story_versions')
    .columns(['locale', 'status', 'published_at', 'embargo_until', 'story_id', 'id'])
    .execute()
  await db.schema
    .createIndex('story_versions_story_public')
    .on('story_versions')
    .columns(['story_id', 'locale', 'status', 'published_at', 'embargo_until', 'id'])
    .execute()
  // The first is this one with more columns.
  await db.schema.dropIndex('story_versions_latest').execute()
}
