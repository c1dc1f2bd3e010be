import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { toFts5 } from './query.js'
import {
  CANDIDATES,
  documentFilter,
  epochDays,
  FIELD_WEIGHTS,
  headlineFactor,
  type IndexedDocument,
  type Match,
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
}
const fts = (db: Kysely<DB>) => db.withTables<FtsTables>()

/**
 * A rowid bound as an integer. better-sqlite3 binds a JS number as a REAL, and FTS5 ignores a
 * rowid constraint whose value is a REAL — `rowid = ?` then matched every row.
 */
const rowid = (row: number) => BigInt(row)

function matchExpression(match: Match): string {
  return 'all' in match ? toFts5(match.all) : match.any.map((t) => `"${t}"`).join(' OR ')
}

/**
 * SQLite FTS5 (migration 0010): search_rows holds what a document is under its freshness-ordered
 * row (the second it was published or last changed × 2^20, plus a slot), search_fts every
 * field's terms and search_headlines the headline's alone, both contentless, under the same
 * rowid. Deleting a row deletes its terms (a trigger).
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

  async search(db, match, filters, { now, limit, offset, candidates = CANDIDATES }) {
    const expression = matchExpression(match)
    // bm25 costs ~6 ms a statement at 100,000 stories however few rows it scores (it counts every
    // match of each phrase for its IDF), and ~2 µs a row. So the candidates are found first without
    // it, and then scored together in one statement.
    const rows = await candidateRows(db, 'search_fts', expression, filters, candidates.newest)
    const oldest = rows.at(-1)
    if (oldest === undefined) return []
    // Older stories whose headline holds the query, from the headline-only index: its doclists
    // are a headline's few words a story, so this stays quick where the full index's are not.
    const older =
      rows.length === candidates.newest && candidates.olderHeadlines > 0
        ? await candidateRows(db, 'search_headlines', expression, filters, candidates.olderHeadlines, oldest)
        : []
    // One walk from the oldest candidate up. The unary + keeps the older ones' list from becoming
    // a rowid constraint of the FTS5 table, which would run the match (and bm25's count) per rowid.
    let query = scored(db, match, expression, filters, now).where('search_fts.rowid', '>=', rowid(older.at(-1) ?? oldest))
    if (older.length > 0) {
      query = query.where(({ or, eb }) =>
        or([eb('search_fts.rowid', '>=', rowid(oldest)), eb(sql<bigint>`+search_fts.rowid`, 'in', older.map(rowid))]),
      )
    }
    const hits: SearchHit[] = (await query.execute()).map(({ versionId, score }) => ({ versionId, score }))
    return hits.sort((a, b) => b.score - a.score || (a.versionId < b.versionId ? -1 : 1)).slice(offset, offset + limit)
  },
}

/** The rows of the newest matches in one of the two FTS5 tables (below `before`, if given), filtered; no bm25. */
async function candidateRows(
  db: Kysely<DB>,
  table: 'search_fts' | 'search_headlines',
  expression: string,
  filters: SearchFilters,
  limit: number,
  before?: number,
): Promise<number[]> {
  let query = fts(db)
    .selectFrom(table)
    .crossJoin('search_rows')
    .select(`${table}.rowid as row`)
    .whereRef('search_rows.row', '=', `${table}.rowid`)
    .where(sql<boolean>`${sql.table(table)} MATCH ${expression}`)
  if (before !== undefined) query = query.where(`${table}.rowid`, '<', rowid(before))
  for (const cond of documentFilter(filters, 'search_rows')) query = query.where(cond)
  return (await query.orderBy(`${table}.rowid`, 'desc').limit(limit).execute()).map((r) => Number(r.row))
}

/** Matches with their score: bm25 by field weights × the headline factor × the freshness boost. */
function scored(db: Kysely<DB>, match: Match, expression: string, filters: SearchFilters, now: string) {
  const { headline, topics, lead, body } = FIELD_WEIGHTS
  // Age from the stored day number: parsing timestamps per matching row was most of the query's time.
  const age = sql`max(0, ${epochDays(now)} - search_rows.fresh_at)`
  // bm25 is lower for better matches; negated so that higher is better, as in Postgres.
  const score: RawBuilder<number> = sql<number>`-bm25(search_fts, ${headline}, ${topics}, ${lead}, ${body}) * ${headlineFactor(match, 'search_rows.headline_terms', (h, n) => sql<number>`(instr(${h}, ${n}) > 0)`)} * (1 + ${RECENCY.boost} * pow(0.5, ${age} / ${RECENCY.halfLifeDays}))`
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

/** One statement (migration 0010's search_writes view): the old row and its terms out, the new ones in. */
async function writeOne(db: Kysely<DB>, doc: IndexedDocument): Promise<void> {
  await sql`INSERT INTO search_writes (version_id, story_id, locale, status, visible_from, fresh_at, headline, topics, lead, body)
    VALUES (${doc.versionId}, ${doc.storyId}, ${doc.locale}, ${doc.status}, ${doc.visibleFrom}, ${doc.freshAt},
      ${doc.headline}, ${doc.topics}, ${doc.lead}, ${doc.body})`.execute(db)
}
