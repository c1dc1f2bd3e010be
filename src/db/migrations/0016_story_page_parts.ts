import type { Kysely } from 'kysely'
import { isPostgres } from '../dialect.js'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // Story pages rendered ahead of readers (site/story-page-parts.ts, decision 017): the whole page
  // but its shared chrome, derived data a change deletes by the tags of what the page shows. The
  // page is kept as UTF-8 bytes: served as they are, never decoded into a string and encoded back.
  const postgres = isPostgres(db)
  await db.schema
    .createTable('story_page_parts')
    .addColumn('version_id', 'text', (c) => c.primaryKey().references('story_versions.id').onDelete('cascade'))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('section_id', 'text')
    .addColumn('html', postgres ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('rendered_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('story_page_part_tags')
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('version_id', 'text', (c) => c.notNull().references('story_page_parts.version_id').onDelete('cascade'))
    .addPrimaryKeyConstraint('story_page_part_tags_pk', ['tag', 'version_id'])
    .execute()
  // Deleting a page's tags with it (the cascade) looks them up by version.
  await db.schema.createIndex('story_page_part_tags_version').on('story_page_part_tags').column('version_id').execute()
}
