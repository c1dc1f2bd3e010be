import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { quoteLexeme, toTsquery } from './query.js'
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
} from './search-backend.js'

type TsTables = {
  search_documents: {
    version_id: string
    story_id: string
    locale: string
    status: string
    visible_from: string | null
    terms: string
    headline_terms: string
    fresh_at: number
  }
}
const ts = (db: Kysely<DB>) => db.withTables<TsTables>()

function tsquery(match: Match, weight: '' | 'A' = ''): string {
  if ('all' in match) return toTsquery(match.all, weight)
  return match.any.map((t) => `${quoteLexeme(t)}${weight && `:${weight}`}`).join(' | ')
}

const vector = (doc: IndexedDocument): RawBuilder<string> =>
  sql<string>`setweight(to_tsvector('simple', ${doc.headline}), 'A')
    || setweight(to_tsvector('simple', ${doc.topics}), 'B')
    || setweight(to_tsvector('simple', ${doc.lead}), 'C')
    || setweight(to_tsvector('simple', ${doc.body}), 'D')`

/** ts_rank weights for D, C, B and A: FIELD_WEIGHTS scaled so the headline is 1. */
const WEIGHTS = `{${[FIELD_WEIGHTS.body, FIELD_WEIGHTS.lead, FIELD_WEIGHTS.topics, FIELD_WEIGHTS.headline].map((w) => w / FIELD_WEIGHTS.headline).join(',')}}`

/** PostgreSQL: a tsvector per version over the analysed terms ('simple' configuration), GIN-indexed. */
export const postgresSearchBackend: SearchBackend = {
  async write(db, docs) {
    for (const doc of docs) {
      await ts(db)
        .insertInto('search_documents')
        .values({
          version_id: doc.versionId,
          story_id: doc.storyId,
          locale: doc.locale,
          status: doc.status,
          visible_from: doc.visibleFrom,
          terms: vector(doc),
          headline_terms: doc.headline,
          fresh_at: doc.freshAt,
        })
        .onConflict((oc) =>
          oc.column('version_id').doUpdateSet({
            story_id: sql`excluded.story_id`,
            locale: sql`excluded.locale`,
            status: sql`excluded.status`,
            visible_from: sql`excluded.visible_from`,
            terms: sql`excluded.terms`,
            headline_terms: sql`excluded.headline_terms`,
            fresh_at: sql`excluded.fresh_at`,
          }),
        )
        .execute()
    }
  },

  async prune() {
    // Rows go with their versions (ON DELETE CASCADE).
  },

  async hasDocuments(db) {
    return (await ts(db).selectFrom('search_documents').select('version_id').limit(1).executeTakeFirst()) !== undefined
  },

  async search(db, match, filters, { now, limit, offset, candidates = CANDIDATES }) {
    // The newest matches (by fresh_at, as SQLite's rowid order), then older ones whose headline
    // holds the query; only these are ranked (CANDIDATES).
    const newest = await scored(db, match, filters, now, sql`d.terms @@ to_tsquery('simple', ${tsquery(match)})`, candidates.newest)
    const hits = newest.map(({ versionId, score }) => ({ versionId, score: Number(score) }))
    const oldest = newest.at(-1)
    if (newest.length === candidates.newest && oldest && candidates.olderHeadlines > 0) {
      const older = sql<boolean>`d.terms @@ to_tsquery('simple', ${tsquery(match, 'A')})
        and (d.fresh_at, d.version_id) < (${oldest.freshAt}::float8, ${oldest.versionId})`
      for (const r of await scored(db, match, filters, now, older, candidates.olderHeadlines)) {
        hits.push({ versionId: r.versionId, score: Number(r.score) })
      }
    }
    return hits.sort((a, b) => b.score - a.score || (a.versionId < b.versionId ? -1 : 1)).slice(offset, offset + limit)
  },
}

/** The newest `count` documents that match, with their score (ts_rank × headline factor × freshness boost). */
async function scored(db: Kysely<DB>, match: Match, filters: SearchFilters, now: string, matches: RawBuilder<boolean>, count: number) {
  const age = sql`greatest(0, ${epochDays(now)}::float8 - d.fresh_at)`
  const score = sql<number>`ts_rank(${WEIGHTS}::float4[], d.terms, to_tsquery('simple', ${tsquery(match)})) * ${headlineFactor(match, 'd.headline_terms', (h, n) => sql<number>`(position(${n} in ${h}) > 0)::int`)} * (1 + ${RECENCY.boost} * power(0.5, ${age} / ${RECENCY.halfLifeDays}))`
  let newest = ts(db).selectFrom('search_documents as d').selectAll('d').where(matches)
  for (const cond of documentFilter(filters, 'd')) newest = newest.where(cond)
  return ts(db)
    .selectFrom(newest.orderBy('d.fresh_at', 'desc').orderBy('d.version_id', 'desc').limit(count).as('d'))
    .select(['d.version_id as versionId', 'd.fresh_at as freshAt', score.as('score')])
    .orderBy('d.fresh_at', 'desc')
    .orderBy('d.version_id', 'desc')
    .execute()
}
