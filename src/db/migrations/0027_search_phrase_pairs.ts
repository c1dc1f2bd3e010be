import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // PostgreSQL's GIN keeps no word positions, so a phrase of everyday words read the vector of
  // every document holding all of them (docs/decisions/024-phrase-pairs.md). This function gives
  // each pair of neighbouring terms in a search vector one short lexeme, '~' and five hex digits
  // of the pair's md5 (search/postgres-phrase-backend.ts computes the same); an index over it
  // (built by the server in the background, as the month windows are) narrows a phrase to the
  // documents holding its pairs. Nothing is stored: the index is over the expression. SQLite's
  // FTS5 keeps positions and needs none of this.
  if (!isPostgres(db)) return
  await sql`CREATE FUNCTION search_phrase_pairs(terms tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT coalesce(array_to_tsvector(array_agg(DISTINCT '~' || left(md5(a.lexeme || ' ' || b.lexeme), 5))), ''::tsvector)
      FROM (SELECT u.lexeme, p FROM unnest(terms) u, unnest(u.positions) p) a
      JOIN (SELECT u.lexeme, p FROM unnest(terms) u, unnest(u.positions) p) b ON b.p = a.p + 1
    $$`.execute(db)
}
