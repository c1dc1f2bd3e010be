import { type Kysely, PostgresAdapter, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // PostgreSQL ranks a search's candidates with ts_rank, which reads each candidate's whole
  // tsvector: ~9 KB a story, out of line (TOAST) and compressed, ~45 µs each, most of a search.
  // A small second vector to rank on — headline, topics, lead and the body's opening — stays in
  // the row. Matching still uses the full vector. Null until a document is written again
  // (`vistka reindex`); a search ranks those on the full vector, as before.
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return
  await sql`ALTER TABLE search_documents ADD COLUMN rank_terms tsvector`.execute(db)
}
