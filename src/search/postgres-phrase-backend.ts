import { createHash } from 'node:crypto'
import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { cancellable, withBuildLock } from './postgres-builds-backend.js'
import { forgetSearchIndexes, knownSearchIndexes, type SearchIndex, searchIndexes } from './postgres-catalogue-backend.js'

/**
 * Phrases on PostgreSQL (docs/decisions/024-phrase-pairs.md). GIN keeps no word positions: a
 * phrase was found by reading the vector of every document holding all its words, ~21,000 for a
 * rare phrase of two everyday words at 100,000 stories (~400 ms). An index over
 * search_phrase_pairs(terms) (migration 0027: a short lexeme per pair of neighbouring terms,
 * hashed into 2^20 buckets) narrows a phrase to the documents holding every one of its pairs;
 * the phrase itself is still tested on those few (postgres-backend.ts), so a bucket shared by
 * other pairs costs a few reads and never a wrong answer.
 *
 * The index is built by a serving process in the background (CREATE INDEX CONCURRENTLY, as the
 * month windows are), and searches use it only once the catalogue says it is ready: until then
 * phrases are found the old way, slowly but completely.
 */
export const PHRASE_INDEX = 'search_documents_pairs'

/** pg_try_advisory_lock's first key ("visu"; the windows take "vist"), the schema's hash the second. */
const LOCK = 0x76697375

/** The lexeme the index holds for `first` followed by `second`: what search_phrase_pairs computes. */
export function pairLexeme(first: string, second: string): string {
  return `~${createHash('md5').update(`${first} ${second}`).digest('hex').slice(0, 5)}`
}

/**
 * What a document holding these phrases (each its terms in order) must hold in the pairs index:
 * null when no phrase has two words.
 */
export function pairsQuery(phrases: readonly (readonly string[])[]): RawBuilder<boolean> | null {
  const lexemes = new Set<string>()
  for (const terms of phrases) for (let i = 1; i < terms.length; i++) lexemes.add(pairLexeme(terms[i - 1] as string, terms[i] as string))
  if (lexemes.size === 0) return null
  // Cast, not to_tsquery: the parser would take the '~' off.
  const query = [...lexemes].map((l) => `'${l}'`).join(' & ')
  return sql<boolean>`search_phrase_pairs(d.terms) @@ ${query}::tsquery`
}

function indexState(indexes: readonly SearchIndex[]): 'ready' | 'half-built' | 'missing' {
  const index = indexes.find((i) => i.name === PHRASE_INDEX)
  return index === undefined ? 'missing' : index.valid ? 'ready' : 'half-built'
}

/** Whether searches may use the pairs index (read from the catalogue, trusted for a minute). */
export async function phraseIndexReady(db: Kysely<DB>): Promise<boolean> {
  return indexState(await knownSearchIndexes(db)) === 'ready'
}

/**
 * Builds the pairs index when it is missing, or again when a crash left it half-built, and gives
 * the planner statistics of it; one process at a time (the others return at once). Run with the
 * windows (SearchBackend.maintain). Building it reads every document's vector: minutes at 100,000
 * stories, while writes and searches go on; a stopping server cancels it (`signal`) and the next
 * run does what is left.
 */
export async function keepPhraseIndex(db: Kysely<DB>, signal?: AbortSignal): Promise<'kept' | 'built' | 'analysed' | 'busy' | 'stopped'> {
  return withBuildLock(db, LOCK, async (conn) => {
    const state = indexState(await searchIndexes(conn))
    if (state === 'ready' && (await hasStatistics(conn))) return 'kept'
    if (state === 'half-built') await sql`DROP INDEX CONCURRENTLY IF EXISTS ${sql.id(PHRASE_INDEX)}`.execute(conn)
    if (state !== 'ready') {
      const built = await cancellable(db, conn, signal, () =>
        sql`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${sql.id(PHRASE_INDEX)} ON search_documents USING GIN (search_phrase_pairs(terms))`.execute(
          conn,
        ),
      )
      if (built === 'stopped') return 'stopped'
    }
    // The planner chooses the index only with statistics of its expression, which only ANALYZE
    // gathers: without them it filtered each window's matches by the phrase instead, as slowly
    // as before the index (measured at 100,000 stories: 2.5 s a phrase, 86 ms once analysed).
    // Stopped here, the next run analyses (an empty table has none to gather: analysed again
    // each run, at no cost, until it has documents).
    if ((await cancellable(db, conn, signal, () => sql`ANALYZE search_documents`.execute(conn))) === 'stopped') return 'stopped'
    forgetSearchIndexes(db)
    return state === 'ready' ? 'analysed' : 'built'
  })
}

/** Whether ANALYZE has gathered statistics of the pairs index's expression. */
async function hasStatistics(conn: Kysely<DB>): Promise<boolean> {
  const rows = await sql`SELECT 1 FROM pg_stats WHERE schemaname = current_schema() AND tablename = ${PHRASE_INDEX} LIMIT 1`.execute(conn)
  return rows.rows.length > 0
}
