import { type Generated, type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { toFts5 } from './query.js'
import { FIELD_WEIGHTS, type IndexedDocument, type Match, RECENCY, type SearchBackend, versionFilter } from './search-backend.js'

type FtsTables = {
  search_documents: { id: Generated<number>; version_id: string }
  search_fts: { rowid: number; headline: string; topics: string; lead: string; body: string }
}
const fts = (db: Kysely<DB>) => db.withTables<FtsTables>()

function matchExpression(match: Match): string {
  return 'all' in match ? toFts5(match.all) : match.any.map((t) => `"${t}"`).join(' OR ')
}

/** SQLite FTS5: a contentless table (the index only) keyed by search_documents' integer ids. */
export const sqliteSearchBackend: SearchBackend = {
  async write(db, docs) {
    for (const doc of docs) {
      const existing = await fts(db).selectFrom('search_documents').select('id').where('version_id', '=', doc.versionId).executeTakeFirst()
      let id = existing?.id
      if (id === undefined) {
        const inserted = await fts(db)
          .insertInto('search_documents')
          .values({ version_id: doc.versionId })
          .returning('id')
          .executeTakeFirstOrThrow()
        id = inserted.id
      } else {
        await fts(db).deleteFrom('search_fts').where('rowid', '=', id).execute()
      }
      await fts(db).insertInto('search_fts').values(row(id, doc)).execute()
    }
  },

  async remove(db, versionIds) {
    if (versionIds.length === 0) return
    const ids = (await fts(db).selectFrom('search_documents').select('id').where('version_id', 'in', versionIds).execute()).map((r) => r.id)
    if (ids.length === 0) return
    await fts(db).deleteFrom('search_fts').where('rowid', 'in', ids).execute()
    await fts(db).deleteFrom('search_documents').where('id', 'in', ids).execute()
  },

  async prune(db) {
    await sql`DELETE FROM search_documents WHERE version_id NOT IN (SELECT id FROM story_versions)`.execute(db)
    await sql`DELETE FROM search_fts WHERE rowid NOT IN (SELECT id FROM search_documents)`.execute(db)
  },

  async search(db, match, filters, { now, limit, offset }) {
    const { headline, topics, lead, body } = FIELD_WEIGHTS
    const age = sql`max(0, julianday(${now}) - julianday(coalesce(story_versions.published_at, story_versions.updated_at)))`
    // bm25 is lower for better matches; negated so that higher is better, as in Postgres.
    const score = sql<number>`-bm25(search_fts, ${headline}, ${topics}, ${lead}, ${body}) * (1 + ${RECENCY.boost} * pow(0.5, ${age} / ${RECENCY.halfLifeDays}))`
    return fts(db)
      .selectFrom('search_fts')
      .innerJoin('search_documents as d', 'd.id', 'search_fts.rowid')
      .innerJoin('story_versions', 'story_versions.id', 'd.version_id')
      .select(['d.version_id as versionId', score.as('score')])
      .where(sql<boolean>`search_fts MATCH ${matchExpression(match)}`)
      .where(versionFilter(filters))
      .orderBy('score', 'desc')
      .orderBy('story_versions.id')
      .limit(limit)
      .offset(offset)
      .execute()
  },
}

const row = (id: number, doc: IndexedDocument) => ({
  rowid: id,
  headline: doc.headline.join(' '),
  topics: doc.topics.join(' '),
  lead: doc.lead.join(' '),
  body: doc.body.join(' '),
})
