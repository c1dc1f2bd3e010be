import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // A version's live revision held its body twice: in its snapshot (story_revisions.body) and in
  // the version's own row, which is that revision's text. Most versions have one revision, so the
  // snapshots were a seventh of a 100,000-story database (1.2 of 8.6 GB) and nearly all of it a
  // copy. From now on a snapshot written as its version's live text stores '' (never a valid
  // document) and is read from the version's row; this trigger writes the text back into the
  // snapshot before that row's body or live revision changes, so no revision is lost whichever
  // code changes it. Snapshots written before stay whole.
  if (isPostgres(db)) {
    await sql`CREATE FUNCTION story_revisions_keep_live_body() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE story_revisions SET body = OLD.body WHERE version_id = OLD.id AND number = OLD.live_revision AND body = '';
        RETURN NEW;
      END $$`.execute(db)
    await sql`CREATE TRIGGER story_revisions_keep_live_body BEFORE UPDATE OF body, live_revision ON story_versions FOR EACH ROW
      WHEN (OLD.body IS DISTINCT FROM NEW.body OR OLD.live_revision IS DISTINCT FROM NEW.live_revision)
      EXECUTE FUNCTION story_revisions_keep_live_body()`.execute(db)
    return
  }
  await sql`CREATE TRIGGER story_revisions_keep_live_body BEFORE UPDATE OF body, live_revision ON story_versions
    WHEN OLD.body IS NOT NEW.body OR OLD.live_revision IS NOT NEW.live_revision
    BEGIN
      UPDATE story_revisions SET body = OLD.body WHERE version_id = OLD.id AND number = OLD.live_revision AND body = '';
    END`.execute(db)
}
