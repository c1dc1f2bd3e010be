import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // A stored story page's tags were a row each in story_page_part_tags, with two B-trees over
  // them: ~30 tags a page, 0.75 GB at 100,000 stories on PostgreSQL (7 December), to answer one
  // question — which pages show any of these tags. PostgreSQL answers it from the page's own
  // `tags` (space-separated) through a GIN index over their array, whose posting lists compress
  // to a few bytes a page. Without fastupdate: a change's delete never scans a pending list.
  // SQLite has no such index and keeps the table.
  if (!isPostgres(db)) return
  await sql`CREATE INDEX story_page_parts_tags ON story_page_parts USING GIN (string_to_array(tags, ' ')) WITH (fastupdate = off)`.execute(
    db,
  )
  await sql`DROP TABLE story_page_part_tags`.execute(db)
}
