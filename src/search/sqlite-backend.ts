import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { toFts5 } from './query.js'
import { documentFilter, epochDays, FIELD_WEIGHTS, headlineFactor, type Match, RECENCY, type SearchBackend } from './search-backend.js'

type FtsTables = {
  search_fts: {
    rowid: bigint
    version_id: string
    headline_terms: string
    fresh_at: number
    headline: string
    topics: string
    lead: string
    body: string
  }
}
const fts = (db: Kysely<DB>) => db.withTables<FtsTables>()

/** A version id ([0-9a-z]{12}) read as a base-36 number: below 2^63, so it fits FTS5's integer rowid. */
export function rowidOf(versionId: string): bigint {
  let n = 0n
  for (const c of versionId) n = n * 36n + BigInt(Number.parseInt(c, 36))
  return n
}

function matchExpression(match: Match): string {
  return 'all' in match ? toFts5(match.all) : match.any.map((t) => `"${t}"`).join(' OR ')
}

/** SQLite FTS5: one contentless row per version, replaced in a single statement. */
export const sqliteSearchBackend: SearchBackend = {
  async write(db, docs) {
    for (const doc of docs) {
      await sql`INSERT OR REPLACE INTO search_fts
          (rowid, version_id, story_id, locale, status, visible_from, headline_terms, fresh_at, headline, topics, lead, body)
        VALUES (${rowidOf(doc.versionId)}, ${doc.versionId}, ${doc.storyId}, ${doc.locale}, ${doc.status}, ${doc.visibleFrom},
          ${join(doc.headline)}, ${doc.freshAt}, ${join(doc.headline)}, ${join(doc.topics)}, ${join(doc.lead)}, ${join(doc.body)})`.execute(
        db,
      )
    }
  },

  async prune(db) {
    await sql`DELETE FROM search_fts WHERE version_id NOT IN (SELECT id FROM story_versions)`.execute(db)
  },

  async search(db, match, filters, { now, limit, offset }) {
    const { headline, topics, lead, body } = FIELD_WEIGHTS
    // Age from the stored day number: parsing timestamps per matching row was most of the query's time.
    const age = sql`max(0, ${epochDays(now)} - search_fts.fresh_at)`
    // bm25 is lower for better matches; negated so that higher is better, as in Postgres. The
    // unindexed columns (ids, filters, headline terms, freshness) weigh 0.
    const score = sql<number>`-bm25(search_fts, 0, 0, 0, 0, 0, 0, 0, ${headline}, ${topics}, ${lead}, ${body}) * ${headlineFactor(match, 'search_fts.headline_terms', (h, n) => sql<number>`(instr(${h}, ${n}) > 0)`)} * (1 + ${RECENCY.boost} * pow(0.5, ${age} / ${RECENCY.halfLifeDays}))`
    let query = fts(db)
      .selectFrom('search_fts')
      .select(['search_fts.version_id as versionId', score.as('score')])
      .where(sql<boolean>`search_fts MATCH ${matchExpression(match)}`)
    for (const cond of documentFilter(filters, 'search_fts')) query = query.where(cond)
    return query.orderBy('score', 'desc').orderBy('search_fts.version_id').limit(limit).offset(offset).execute()
  },
}

const join = (terms: readonly string[]) => terms.join(' ')
