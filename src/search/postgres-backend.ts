import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { toTsquery } from './query.js'
import {
  documentFilter,
  epochDays,
  FIELD_WEIGHTS,
  headlineFactor,
  type IndexedDocument,
  type Match,
  RECENCY,
  type SearchBackend,
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

function tsquery(match: Match): string {
  return 'all' in match ? toTsquery(match.all) : match.any.map((t) => `'${t.replace(/'/g, "''")}'`).join(' | ')
}

const vector = (doc: IndexedDocument): RawBuilder<string> =>
  sql<string>`setweight(to_tsvector('simple', ${doc.headline.join(' ')}), 'A')
    || setweight(to_tsvector('simple', ${doc.topics.join(' ')}), 'B')
    || setweight(to_tsvector('simple', ${doc.lead.join(' ')}), 'C')
    || setweight(to_tsvector('simple', ${doc.body.join(' ')}), 'D')`

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
          headline_terms: doc.headline.join(' '),
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

  async search(db, match, filters, { now, limit, offset }) {
    const age = sql`greatest(0, ${epochDays(now)}::float8 - d.fresh_at)`
    const score = sql<number>`ts_rank(${WEIGHTS}::float4[], d.terms, to_tsquery('simple', ${tsquery(match)})) * ${headlineFactor(match, 'd.headline_terms', (h, n) => sql<number>`(position(${n} in ${h}) > 0)::int`)} * (1 + ${RECENCY.boost} * power(0.5, ${age} / ${RECENCY.halfLifeDays}))`
    let query = ts(db)
      .selectFrom('search_documents as d')
      .select(['d.version_id as versionId', score.as('score')])
      .where(sql<boolean>`d.terms @@ to_tsquery('simple', ${tsquery(match)})`)
    for (const cond of documentFilter(filters, 'd')) query = query.where(cond)
    const rows = await query.orderBy('score', 'desc').orderBy('d.version_id').limit(limit).offset(offset).execute()
    return rows.map((r) => ({ versionId: r.versionId, score: Number(r.score) }))
  },
}
