import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // The search index: one document per story version, fed with terms our own analysis produced
  // (src/search/analysis.ts), so both databases index and match the same terms.
  if (isPostgres(db)) {
    // tsvector over the analysed terms with the 'simple' configuration (no second stemming);
    // weights: A headline, B topics, C lead, D body.
    await db.schema
      .createTable('search_documents')
      .addColumn('version_id', 'text', (c) => c.primaryKey().references('story_versions.id').onDelete('cascade'))
      .addColumn('terms', sql`tsvector`, (c) => c.notNull())
      // What searches filter by, kept beside the terms so a search never reads story rows:
      .addColumn('story_id', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('visible_from', 'text') // workflow.ts visibleFrom: null unless published
      // The headline's terms again as text: a headline that holds the query's words ranks higher.
      .addColumn('headline_terms', 'text', (c) => c.notNull().defaultTo(''))
      // When the version was published (or last changed), in days since 1970: the freshness boost.
      .addColumn('fresh_at', 'double precision', (c) => c.notNull().defaultTo(0))
      .execute()
    await sql`CREATE INDEX search_documents_terms ON search_documents USING GIN (terms)`.execute(db)
    return
  }
  // SQLite: a contentless FTS5 table (it keeps only the index; the text lives in story_versions).
  // Its rowid is the version id read as a base-36 number, so writing a document is one
  // INSERT OR REPLACE — atomic on its own, no lookup, no transaction held across awaits.
  // headline_terms keeps the headline's terms as text: a headline holding the query's words ranks higher;
  // fresh_at is when the version was published (or last changed) in days since 1970, for the freshness boost.
  // story_id, locale, status and visible_from are what searches filter by: a search never reads
  // story_versions rows, whose large body columns would make every match cost overflow-page reads.
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
    version_id UNINDEXED, story_id UNINDEXED, locale UNINDEXED, status UNINDEXED, visible_from UNINDEXED,
    headline_terms UNINDEXED, fresh_at UNINDEXED, headline, topics, lead, body,
    content = '', contentless_delete = 1, contentless_unindexed = 1, tokenize = 'unicode61 remove_diacritics 0'
  )`.execute(db)
}
