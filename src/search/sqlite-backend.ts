import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { type SearchQuery, toFts5 } from './query.js'
import { rankBest, rankingTerms } from './ranking.js'
import {
  type AnyOf,
  CANDIDATES,
  type Candidates,
  documentFilter,
  epochDays,
  FIELD_WEIGHTS,
  type IndexedDocument,
  RECENCY,
  type SearchBackend,
  type SearchFilters,
  type SearchHit,
} from './search-backend.js'

type FtsTables = {
  search_rows: {
    row: number
    version_id: string
    story_id: string
    locale: string
    status: string
    visible_from: string | null
    headline_terms: string
    fresh_at: number
  }
  search_fts: { rowid: number | bigint; headline: string; topics: string; lead: string; body: string }
  search_headlines: { rowid: number | bigint; headline: string }
  search_ranking: { row: number; terms: Uint8Array }
}
const fts = (db: Kysely<DB>) => db.withTables<FtsTables>()

/** Pages of index a compaction step writes at most, and how many steps it takes at most (~8 GB written; 154 merged a 100,000-story index). */
const COMPACT_PAGES = 2000
const COMPACT_STEPS = 1000

const totalChanges = async (db: Kysely<DB>) => (await sql<{ n: number }>`SELECT total_changes() AS n`.execute(db)).rows[0]?.n ?? 0

/**
 * A rowid bound as an integer. better-sqlite3 binds a JS number as a REAL, and FTS5 ignores a
 * rowid constraint whose value is a REAL — `rowid = ?` then matched every row.
 */
const rowid = (row: number) => BigInt(row)

/** Any of the terms, each quoted: no operator can sneak in. */
const anyOf = (match: AnyOf): string => match.any.map((t) => `"${t}"`).join(' OR ')

/**
 * SQLite FTS5 (migration 0010): search_rows holds what a document is under its freshness-ordered
 * row (the second it was published or last changed × 2^20, plus a slot), search_fts every
 * field's terms and search_headlines the headline's alone, both contentless, under the same
 * rowid, and search_ranking (migration 0026) what ranks it beyond its headline. Deleting a row
 * deletes the rest (a trigger).
 */
export const sqliteSearchBackend: SearchBackend = {
  async write(db, docs) {
    // A statement each, atomic by itself; a caller that wants one FTS5 segment for many (an
    // import) passes its transaction.
    for (const doc of docs) await writeOne(db, doc)
  },

  async prune(db) {
    await sql`DELETE FROM search_rows WHERE version_id NOT IN (SELECT id FROM story_versions)`.execute(db)
  },

  async hasDocuments(db) {
    return (await fts(db).selectFrom('search_rows').select('row').limit(1).executeTakeFirst()) !== undefined
  },

  async compact(db) {
    // FTS5 keeps what each write adds as a segment, merging them as it goes (automerge): a bulk
    // load leaves dozens, and a search reads every term from each. 'merge' steps of COMPACT_PAGES
    // pages (each its own statement, ~0.2 s of write lock at 100,000 stories) merge two or more
    // segments of a level until none are left to merge. At 100,000 stories: 32 → 3 segments,
    // a search's candidate walk 4.9 → 3.4 ms.
    for (const table of ['search_fts', 'search_headlines']) {
      await sql`INSERT INTO ${sql.table(table)} (${sql.table(table)}, rank) VALUES ('usermerge', 2)`.execute(db)
      // Bounded: writes arriving meanwhile add segments, which must not keep it going for ever.
      for (let step = 0; step < COMPACT_STEPS; step++) {
        const before = await totalChanges(db)
        await sql`INSERT INTO ${sql.table(table)} (${sql.table(table)}, rank) VALUES ('merge', ${COMPACT_PAGES})`.execute(db)
        // FTS5's own test of a finished merge: it changed fewer than two rows.
        if ((await totalChanges(db)) - before < 2) break
      }
    }
  },

  async maintain() {
    // The rows are numbered by freshness (search_writes), so FTS5 yields the newest matches first.
  },

  async search(db, match, filters, { now, limit, offset, candidates = CANDIDATES }) {
    const hits =
      'all' in match
        ? await ranked(db, match.all, filters, now, candidates, offset + limit)
        : await scoredByBm25(db, match, filters, now, candidates)
    return hits.sort((a, b) => b.score - a.score || (a.versionId < b.versionId ? -1 : 1)).slice(offset, offset + limit)
  },
}

/**
 * A reader's query (every part must match): the candidates in one walk each, scored here without
 * bm25 (ranking.ts), the ranking entries read only for those that may be among the best `keep`.
 */
async function ranked(
  db: Kysely<DB>,
  query: SearchQuery,
  filters: SearchFilters,
  now: string,
  candidates: Candidates,
  keep: number,
): Promise<SearchHit[]> {
  const expression = toFts5(query)
  const rows = await candidatesOf(db, { table: 'search_fts', expression, filters, limit: candidates.newest })
  const oldest = rows.at(-1)
  if (oldest === undefined) return []
  // Older stories whose headline holds the query, from the headline-only index: its doclists are
  // a headline's few words a story, so this stays quick where the full index's are not.
  if (rows.length === candidates.newest && candidates.olderHeadlines > 0) {
    rows.push(
      ...(await candidatesOf(db, {
        table: 'search_headlines',
        expression,
        filters,
        limit: candidates.olderHeadlines,
        before: Number(oldest.row),
      })),
    )
  }
  const best = await rankBest(query, now, rows, keep, (kept) => rankingEntries(db, kept))
  return best.map(({ candidate, score }) => ({ versionId: candidate.versionId, score }))
}

/** The newest matches in one of the two FTS5 tables (below `before`, if given), filtered, with what ranks them but their entries. */
function candidatesOf(db: Kysely<DB>, walk: Walk) {
  return newestMatches(db, walk)
    .select(['search_rows.version_id as versionId', 'search_rows.fresh_at as freshAt', 'search_rows.headline_terms as headlineTerms'])
    .execute()
}

/**
 * These candidates' ranking entries, in their order (null: a document written before migration
 * 0026). A statement of its own after the walk: a document rewritten in between has a new row, so
 * this one search ranks it as holding each word once (rankBest's least) — as a reader searching a
 * moment earlier would have found the old one. Holding a read transaction across both would make
 * a search on the server's own connection (SEARCH_THREADS=0) hold writers up for its length.
 */
async function rankingEntries(db: Kysely<DB>, kept: readonly { row: number | bigint }[]): Promise<(Uint8Array | null)[]> {
  const rows = await fts(db)
    .selectFrom('search_ranking')
    .select(['row', 'terms'])
    // A plain table's integer key finds a row by a REAL of the same value (unlike FTS5's rowid, above).
    .where(
      'row',
      'in',
      kept.map((c) => Number(c.row)),
    )
    .execute()
  const terms = new Map(rows.map((r) => [Number(r.row), r.terms]))
  return kept.map((c) => terms.get(Number(c.row)) ?? null)
}

/**
 * Related stories' fallback (any of some words): bm25, whose IDF makes a rare shared word count
 * more. It runs when a story is published or its "read also" is refreshed, not as a reader waits.
 */
async function scoredByBm25(
  db: Kysely<DB>,
  match: AnyOf,
  filters: SearchFilters,
  now: string,
  candidates: Candidates,
): Promise<SearchHit[]> {
  const expression = anyOf(match)
  // bm25 costs ~6 ms a statement at 100,000 stories however few rows it scores (it counts every
  // match of each phrase for its IDF), and ~2 µs a row. So the candidates are found first without
  // it, and then scored together in one statement.
  const rows = await candidateRows(db, { table: 'search_fts', expression, filters, limit: candidates.newest })
  const oldest = rows.at(-1)
  if (oldest === undefined) return []
  // Older stories whose headline holds the query, from the headline-only index: its doclists
  // are a headline's few words a story, so this stays quick where the full index's are not.
  const older =
    rows.length === candidates.newest && candidates.olderHeadlines > 0
      ? await candidateRows(db, { table: 'search_headlines', expression, filters, limit: candidates.olderHeadlines, before: oldest })
      : []
  // One walk from the oldest candidate up. The unary + keeps the older ones' list from becoming
  // a rowid constraint of the FTS5 table, which would run the match (and bm25's count) per rowid.
  let query = scored(db, expression, filters, now).where('search_fts.rowid', '>=', rowid(older.at(-1) ?? oldest))
  if (older.length > 0) {
    query = query.where(({ or, eb }) =>
      or([eb('search_fts.rowid', '>=', rowid(oldest)), eb(sql<bigint>`+search_fts.rowid`, 'in', older.map(rowid))]),
    )
  }
  return (await query.execute()).map(({ versionId, score }) => ({ versionId, score }))
}

/** The rows of the newest matches in one of the two FTS5 tables (below `before`, if given), filtered; no bm25. */
async function candidateRows(db: Kysely<DB>, walk: Walk): Promise<number[]> {
  return (await newestMatches(db, walk).execute()).map((r) => Number(r.row))
}

/** Where a walk over the newest matches looks: one of the two FTS5 tables, below `before` if given. */
interface Walk {
  table: 'search_fts' | 'search_headlines'
  expression: string
  filters: SearchFilters
  limit: number
  before?: number
}

/** The newest matches' rows in one of the two FTS5 tables (below `before`, if given), filtered: the index first, its rows looked up by rowid. */
function newestMatches(db: Kysely<DB>, { table, expression, filters, limit, before }: Walk) {
  let query = fts(db)
    .selectFrom(table)
    .crossJoin('search_rows')
    .select(`${table}.rowid as row`)
    .whereRef('search_rows.row', '=', `${table}.rowid`)
    .where(sql<boolean>`${sql.table(table)} MATCH ${expression}`)
  if (before !== undefined) query = query.where(`${table}.rowid`, '<', rowid(before))
  for (const cond of documentFilter(filters, 'search_rows')) query = query.where(cond)
  return query.orderBy(`${table}.rowid`, 'desc').limit(limit)
}

/** Matches with their score: bm25 by field weights × the freshness boost. */
function scored(db: Kysely<DB>, expression: string, filters: SearchFilters, now: string) {
  const { headline, topics, lead, body } = FIELD_WEIGHTS
  // Age from the stored day number: parsing timestamps per matching row was most of the query's time.
  const age = sql`max(0, ${epochDays(now)} - search_rows.fresh_at)`
  // bm25 is lower for better matches; negated so that higher is better, as in Postgres.
  const score: RawBuilder<number> = sql<number>`-bm25(search_fts, ${headline}, ${topics}, ${lead}, ${body}) * (1 + ${RECENCY.boost} * pow(0.5, ${age} / ${RECENCY.halfLifeDays}))`
  // The index first, its rows looked up by rowid (CROSS JOIN keeps SQLite from starting at search_rows).
  let query = fts(db)
    .selectFrom('search_fts')
    .crossJoin('search_rows')
    .select(['search_rows.version_id as versionId', score.as('score')])
    .whereRef('search_rows.row', '=', 'search_fts.rowid')
    .where(sql<boolean>`search_fts MATCH ${expression}`)
  for (const cond of documentFilter(filters, 'search_rows')) query = query.where(cond)
  return query
}

/** One statement (migration 0026's search_writes view): the old row and its terms out, the new ones in. */
async function writeOne(db: Kysely<DB>, doc: IndexedDocument): Promise<void> {
  await sql`INSERT INTO search_writes (version_id, story_id, locale, status, visible_from, fresh_at, headline, topics, lead, body, ranking)
    VALUES (${doc.versionId}, ${doc.storyId}, ${doc.locale}, ${doc.status}, ${doc.visibleFrom}, ${doc.freshAt},
      ${doc.headline}, ${doc.topics}, ${doc.lead}, ${doc.body}, ${rankingTerms(doc.lead, doc.body)})`.execute(db)
}
