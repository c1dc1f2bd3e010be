import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

/** Migration 0013's list with `body` in place of `body_text`: an edit of the body still queues its story for indexing. */
const VERSION_COLUMNS = 'story_id, locale, status, headline, lead, body, published_at, embargo_until, updated_at'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // A version's plain text (for search, its passages and summaries) is made from its rich text
  // when read (richtext/plain-text.ts), no longer stored beside it: it was a tenth of the
  // database (22 of 247 MB at 2,000 stories, 1.1 GB at 100,000), for a walk over a document that
  // is parsed anyway. Migration 0013's trigger names the column, so it is made again without it.
  const postgres = isPostgres(db)
  if (postgres) {
    await sql`DROP TRIGGER search_queue_versions ON story_versions`.execute(db)
    await sql
      .raw(
        `CREATE TRIGGER search_queue_versions AFTER INSERT OR DELETE OR UPDATE OF ${VERSION_COLUMNS} ON story_versions FOR EACH ROW EXECUTE FUNCTION search_queue_by_story_id()`,
      )
      .execute(db)
  } else {
    await sql`DROP TRIGGER search_queue_versions_update`.execute(db)
    await sql
      .raw(
        `CREATE TRIGGER search_queue_versions_update AFTER UPDATE OF ${VERSION_COLUMNS} ON story_versions BEGIN INSERT INTO search_queue (story_id) VALUES (NEW.story_id); END`,
      )
      .execute(db)
  }
  // SQLite keeps the freed pages in the file for later writes; `VACUUM` gives them back to the disk.
  await db.schema.alterTable('story_versions').dropColumn('body_text').execute()
  await db.schema.alterTable('pending_revisions').dropColumn('body_text').execute()
}
