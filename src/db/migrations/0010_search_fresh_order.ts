import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // A search ranks the newest matches, not all of them (docs/decisions/010-search-candidates.md).
  // Postgres finds them by fresh_at through the existing rows; only SQLite's index changes.
  if (isPostgres(db)) return
  // SQLite: FTS5 walks a match in rowid order, so the rowid becomes the freshness order — the
  // second the version was published (or last changed) times 2^20, plus a slot for versions of
  // the same second (below 2^53, a safe JS number, until the year 2242). What a document is (its version, filters, headline terms, freshness) moves to
  // search_rows under that rowid; the two contentless FTS5 tables hold only terms: every field,
  // and the headline alone, whose short doclists find older headline matches quickly.
  // The old index is dropped: its rows cannot be carried over (a contentless table keeps no text),
  // so `vistka serve` rebuilds an empty index at start while the site serves (search-indexer.ts).
  await sql`DROP TABLE search_fts`.execute(db)
  await db.schema
    .createTable('search_rows')
    .addColumn('row', 'integer', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().unique())
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('visible_from', 'text') // workflow.ts visibleFrom: null unless published
    .addColumn('headline_terms', 'text', (c) => c.notNull())
    .addColumn('fresh_at', 'real', (c) => c.notNull()) // days since 1970, for the freshness boost
    .execute()
  // The 'ascii' tokenizer: the terms are our analysis's, already folded and lower-case, with no
  // ASCII punctuation; it keeps each one whole (bytes above 0x7F are word characters) and costs a
  // fifth less per insert than 'unicode61', which would fold them again.
  const fts = (columns: string) => sql.raw(`(${columns}, content = '', contentless_delete = 1, tokenize = 'ascii')`)
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5${fts('headline, topics, lead, body')}`.execute(db)
  await sql`CREATE VIRTUAL TABLE search_headlines USING fts5${fts('headline')}`.execute(db)
  // A document is removed by removing its row; its terms go with it.
  await sql`CREATE TRIGGER search_rows_delete AFTER DELETE ON search_rows BEGIN
    DELETE FROM search_fts WHERE rowid = old.row;
    DELETE FROM search_headlines WHERE rowid = old.row;
  END`.execute(db)
  // A document is written by one INSERT into this view: atomic as a statement, so no transaction
  // is held across awaits (a second server on the same file would find the database locked). It
  // replaces the version's row at its freshness, second × 2^20 plus the next free slot.
  await sql`CREATE VIEW search_writes AS SELECT
    version_id, story_id, locale, status, visible_from, fresh_at,
    '' AS headline, '' AS topics, '' AS lead, '' AS body
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
  END`.execute(db)
}
