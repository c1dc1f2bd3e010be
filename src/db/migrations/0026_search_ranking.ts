import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // A reader's query is ranked in TypeScript, without bm25 or ts_rank (docs/decisions/022-search-ranking.md):
  // beside each document, the body's repeated terms with their count and the lead's terms
  // (search/ranking.ts). Postgres: a column of the document's row; SQLite: a table under its row.
  // Documents written before have none (they rank as if each word were once in the body) until
  // rewritten: every story is queued, reindexed in the background by the next start while the
  // site serves and searches find the old documents (as migration 0013 did).
  if (isPostgres(db)) {
    await sql`ALTER TABLE search_documents ADD COLUMN ranking bytea`.execute(db)
    // Older headline matches were found with the whole vector's weight-A lexemes: GIN cannot tell
    // weights apart, so every document holding the words anywhere was read back and its vector
    // (kilobytes, compressed) checked. The headline's own small vector answers from its index.
    await sql`CREATE INDEX search_documents_headline ON search_documents USING GIN (to_tsvector('simple', headline_terms))`.execute(db)
    await sql`INSERT INTO search_queue (story_id) SELECT id FROM stories ORDER BY id`.execute(db)
    return
  }
  await sql`CREATE TABLE search_ranking (row INTEGER PRIMARY KEY, terms BLOB NOT NULL)`.execute(db)
  await sql`DROP TRIGGER search_rows_delete`.execute(db)
  await sql`CREATE TRIGGER search_rows_delete AFTER DELETE ON search_rows BEGIN
    DELETE FROM search_fts WHERE rowid = old.row;
    DELETE FROM search_headlines WHERE rowid = old.row;
    DELETE FROM search_ranking WHERE row = old.row;
  END`.execute(db)
  // Migration 0010's write, with the ranking string written under the same row.
  await sql`DROP VIEW search_writes`.execute(db)
  await sql`CREATE VIEW search_writes AS SELECT
    version_id, story_id, locale, status, visible_from, fresh_at,
    '' AS headline, '' AS topics, '' AS lead, '' AS body, '' AS ranking
    FROM search_rows WHERE 0`.execute(db)
  const second = sql.raw('CAST(NEW.fresh_at * 86400 AS INTEGER)')
  await sql`CREATE TRIGGER search_writes_insert INSTEAD OF INSERT ON search_writes BEGIN
    DELETE FROM search_rows WHERE version_id = NEW.version_id;
    INSERT INTO search_rows (row, version_id, story_id, locale, status, visible_from, headline_terms, fresh_at)
      VALUES ((SELECT coalesce(max(row) + 1, ${second} * 1048576) FROM search_rows
          WHERE row >= ${second} * 1048576 AND row < (${second} + 1) * 1048576),
        NEW.version_id, NEW.story_id, NEW.locale, NEW.status, NEW.visible_from, NEW.headline, NEW.fresh_at);
    SELECT RAISE(ABORT, 'search index: more than 2^20 versions in one second')
      WHERE (SELECT row FROM search_rows WHERE version_id = NEW.version_id) >= (${second} + 1) * 1048576;
    INSERT INTO search_fts (rowid, headline, topics, lead, body)
      VALUES ((SELECT row FROM search_rows WHERE version_id = NEW.version_id), NEW.headline, NEW.topics, NEW.lead, NEW.body);
    INSERT INTO search_headlines (rowid, headline)
      VALUES ((SELECT row FROM search_rows WHERE version_id = NEW.version_id), NEW.headline);
    INSERT INTO search_ranking (row, terms)
      VALUES ((SELECT row FROM search_rows WHERE version_id = NEW.version_id), NEW.ranking);
  END`.execute(db)
  await sql`INSERT INTO search_queue (story_id) SELECT id FROM stories ORDER BY id`.execute(db)
}
