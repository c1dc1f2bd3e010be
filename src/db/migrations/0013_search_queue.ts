import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

/** The story_versions columns an index document is made of (search-documents.ts). */
const VERSION_COLUMNS = 'story_id, locale, status, headline, lead, body_text, published_at, embargo_until, updated_at'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // The stories whose index documents are behind their rows (docs/decisions/012-search-queue.md).
  // Triggers add a row in the transaction of every change an index document is made of, so the
  // change and its "reindex me" commit together, whichever service, job or import made it; the
  // indexer deletes the rows it has indexed, and at start drains what a crash left behind.
  const postgres = isPostgres(db)
  await db.schema
    .createTable('search_queue')
    .addColumn('seq', postgres ? 'bigserial' : 'integer', (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('story_id', 'text', (c) => c.notNull())
    .execute()
  // A full rebuild dequeues each batch's stories by id.
  await db.schema.createIndex('search_queue_story').on('search_queue').column('story_id').execute()

  if (postgres) {
    // One function per key column: plpgsql cannot read NEW.<column> by a name it is given.
    for (const [name, key] of [
      ['search_queue_by_story_id', 'story_id'],
      ['search_queue_by_id', 'id'],
    ] as const) {
      await sql
        .raw(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN INSERT INTO search_queue (story_id) VALUES (OLD.${key});
          ELSE INSERT INTO search_queue (story_id) VALUES (NEW.${key}); END IF;
          RETURN NULL;
        END $$`)
        .execute(db)
    }
    const triggers = [
      `search_queue_versions AFTER INSERT OR DELETE OR UPDATE OF ${VERSION_COLUMNS} ON story_versions FOR EACH ROW EXECUTE FUNCTION search_queue_by_story_id()`,
      'search_queue_topics AFTER INSERT OR DELETE OR UPDATE ON story_topics FOR EACH ROW EXECUTE FUNCTION search_queue_by_story_id()',
      'search_queue_sections AFTER UPDATE OF section_id ON stories FOR EACH ROW EXECUTE FUNCTION search_queue_by_id()',
    ]
    for (const trigger of triggers) await sql.raw(`CREATE TRIGGER ${trigger}`).execute(db)
  } else {
    const triggers = [
      ['search_queue_versions_insert', 'AFTER INSERT ON story_versions', 'NEW.story_id'],
      ['search_queue_versions_update', `AFTER UPDATE OF ${VERSION_COLUMNS} ON story_versions`, 'NEW.story_id'],
      ['search_queue_versions_delete', 'AFTER DELETE ON story_versions', 'OLD.story_id'],
      ['search_queue_topics_insert', 'AFTER INSERT ON story_topics', 'NEW.story_id'],
      ['search_queue_topics_update', 'AFTER UPDATE ON story_topics', 'NEW.story_id'],
      ['search_queue_topics_delete', 'AFTER DELETE ON story_topics', 'OLD.story_id'],
      ['search_queue_sections', 'AFTER UPDATE OF section_id ON stories', 'NEW.id'],
    ]
    for (const [name, when, key] of triggers) {
      await sql.raw(`CREATE TRIGGER ${name} ${when} BEGIN INSERT INTO search_queue (story_id) VALUES (${key}); END`).execute(db)
    }
    // A deleted version's document goes in the same transaction (Postgres: ON DELETE CASCADE).
    await sql`CREATE TRIGGER search_rows_version_deleted AFTER DELETE ON story_versions BEGIN
      DELETE FROM search_rows WHERE version_id = OLD.id;
    END`.execute(db)
  }

  // Documents lost to a crash before this migration are found the same way: every story once,
  // reindexed in the background by the first start (the site serves meanwhile).
  await sql`INSERT INTO search_queue (story_id) SELECT id FROM stories ORDER BY id`.execute(db)
}
