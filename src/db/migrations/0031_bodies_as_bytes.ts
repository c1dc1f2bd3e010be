import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

/** Migration 0022's list: the columns whose change queues a story for indexing. */
const VERSION_COLUMNS = 'story_id, locale, status, headline, lead, body, published_at, embargo_until, updated_at'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // A story's rich-text JSON is deflated by Vistka on PostgreSQL too, as on SQLite since 0023
  // (docs/decisions/027-bodies-deflated-on-postgres.md): zlib keeps a body in ~4.3 KB where
  // TOAST's pglz took ~5.3 KB. That needs bytes, not text. The bodies stored so far become their
  // UTF-8 bytes (TOAST compresses them as before) and are read as they are until next saved.
  // Changing the type rewrites the three tables (minutes at 100,000 stories, while they are
  // locked). PostgreSQL refuses to change a column two triggers name, so both are made again as
  // they were (migrations 0022 and 0024); their SQL compares bytes as it compared text.
  if (!isPostgres(db)) return
  await sql`DROP TRIGGER search_queue_versions ON story_versions`.execute(db)
  await sql`DROP TRIGGER story_revisions_keep_live_body ON story_versions`.execute(db)
  for (const table of ['story_versions', 'story_revisions', 'pending_revisions'])
    await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN body TYPE bytea USING convert_to(body, 'UTF8')`.execute(db)
  await sql`CREATE OR REPLACE FUNCTION story_revisions_keep_live_body() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE story_revisions SET body = OLD.body WHERE version_id = OLD.id AND number = OLD.live_revision AND body = ''::bytea;
        RETURN NEW;
      END $$`.execute(db)
  await sql`CREATE TRIGGER story_revisions_keep_live_body BEFORE UPDATE OF body, live_revision ON story_versions FOR EACH ROW
      WHEN (OLD.body IS DISTINCT FROM NEW.body OR OLD.live_revision IS DISTINCT FROM NEW.live_revision)
      EXECUTE FUNCTION story_revisions_keep_live_body()`.execute(db)
  await sql
    .raw(
      `CREATE TRIGGER search_queue_versions AFTER INSERT OR DELETE OR UPDATE OF ${VERSION_COLUMNS} ON story_versions FOR EACH ROW EXECUTE FUNCTION search_queue_by_story_id()`,
    )
    .execute(db)
}
