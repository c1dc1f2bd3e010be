import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { keepPhraseIndex, pairsQuery, phraseIndexReady } from './postgres-phrase-backend.js'
import { keepWindows, windowBounds } from './postgres-windows-backend.js'
import { quoteLexeme, toTsquery } from './query.js'
import { rankBest, rankingTerms } from './ranking.js'
import {
  CANDIDATES,
  documentFilter,
  epochDays,
  FIELD_WEIGHTS,
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
    /** Migration 0026: ranking.ts's entries; null for a document written before it. */
    ranking: Uint8Array | null
    fresh_at: number
  }
}
const ts = (db: Kysely<DB>) => db.withTables<TsTables>()
type Column = keyof TsTables['search_documents']

function tsquery(match: Match): string {
  if ('all' in match) return toTsquery(match.all)
  return match.any.map(quoteLexeme).join(' | ')
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
          ranking: rankingTerms(doc.lead, doc.body),
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
            ranking: sql`excluded.ranking`,
            fresh_at: sql`excluded.fresh_at`,
          }),
        )
        .execute()
    }
  },

  async prune() {
    // Rows go with their versions (ON DELETE CASCADE).
  },

  async compact(db) {
    // GIN takes new entries into a pending list that every search scans until VACUUM (or a full
    // list) merges it into the index; after many writes at once, merge it now: every GIN index of
    // the table (the month windows and the pairs index as well, which a rebuild into an empty
    // index keeps as it writes).
    await sql`SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
      WHERE i.indrelid = 'search_documents'::regclass AND a.amname = 'gin' AND i.indisvalid`.execute(db)
  },

  async maintain(db, now, signal) {
    await keepWindows(db, now, signal)
    await keepPhraseIndex(db, signal)
  },

  async hasDocuments(db) {
    return (await ts(db).selectFrom('search_documents').select('version_id').limit(1).executeTakeFirst()) !== undefined
  },

  async search(db, match, filters, { now, limit, offset, candidates = CANDIDATES }) {
    // The newest matches (by fresh_at, as SQLite's rowid order), then older ones whose headline
    // holds the query; only these are ranked (CANDIDATES).
    const windowed = stretchesOf(await windowBounds(db), epochDays(now))
    // Only a phrase asks whether the pairs index is ready.
    const terms = termsMatch(match, hasPhrase(match) && (await phraseIndexReady(db)))
    // A reader's query is ranked here from what rankBest reads; "read also"'s fallback by ts_rank.
    const [columns, score] = 'all' in match ? [RANKED, undefined] : [SCORED, bm25Score(match, now)]
    const newest = await found(db, terms, filters, candidates.newest, windowed, columns, score)
    // The oldest candidate, by the same order the walk used (not by where it came in the rows).
    const oldest = newest.reduce<(typeof newest)[number] | undefined>(
      (a, b) => (a === undefined || b.fresh_at < a.fresh_at || (b.fresh_at === a.fresh_at && b.version_id < a.version_id) ? b : a),
      undefined,
    )
    if (newest.length === candidates.newest && oldest && candidates.olderHeadlines > 0) {
      // The headline's own vector, by its index (migration 0026), not the whole one's weight A;
      // in one part, as the windows index the whole vector only.
      const older = {
        index: sql<boolean>`to_tsvector('simple', d.headline_terms) @@ to_tsquery('simple', ${tsquery(match)})
          and (d.fresh_at, d.version_id) < (${oldest.fresh_at}::float8, ${oldest.version_id})`,
      }
      newest.push(...(await found(db, older, filters, candidates.olderHeadlines, [[WHOLE]], columns, score)))
    }
    const hits =
      'all' in match
        ? (
            await rankBest(
              match.all,
              now,
              newest.map((r) => ({ versionId: r.version_id, freshAt: r.fresh_at, headlineTerms: r.headline_terms ?? '' })),
              offset + limit,
              (kept) => rankingEntries(db, kept),
            )
          ).map(({ candidate, score }) => ({ versionId: candidate.versionId, score }))
        : newest.map((r) => ({ versionId: r.version_id, score: Number(r.score) }))
    return hits.sort((a, b) => b.score - a.score || (a.versionId < b.versionId ? -1 : 1)).slice(offset, offset + limit)
  },
}

/**
 * "Read also"'s fallback (any of some words) is scored by ts_rank × the freshness boost; a
 * reader's query is ranked here (ranking.ts, rankBest) from each candidate's headline terms and
 * its ranking entries, read only for the candidates that may be among the best — ts_rank read
 * each candidate's whole tsvector, ~60 µs a row.
 */
function bm25Score(match: Match, now: string): RawBuilder<number> {
  const age = sql`greatest(0, ${epochDays(now)}::float8 - d.fresh_at)`
  return sql<number>`ts_rank(${WEIGHTS}::float4[], d.terms, to_tsquery('simple', ${tsquery(match)})) * (1 + ${RECENCY.boost} * power(0.5, ${age} / ${RECENCY.halfLifeDays}))`
}

/**
 * The newest `count` documents that match, with `columns` (and `score`, if given): each step
 * (see stretchesOf) is asked only when those before found too few.
 */
async function found(
  db: Kysely<DB>,
  matches: Matches,
  filters: SearchFilters,
  count: number,
  steps: Stretch[][],
  columns: Column[],
  score?: RawBuilder<number>,
): Promise<{ version_id: string; fresh_at: number; headline_terms?: string; score?: number }[]> {
  const rows: { version_id: string; fresh_at: number; headline_terms?: string; score?: number }[] = []
  for (const step of steps) {
    const newest = newestMatches(db, matches, filters, step, count - rows.length, columns)
    let query = ts(db)
      .selectFrom(newest.as('d'))
      .select(['d.version_id', 'd.fresh_at', ...(columns.includes('headline_terms') ? (['d.headline_terms'] as const) : [])])
    if (score) query = query.select(score.as('score')).orderBy('d.fresh_at', 'desc').orderBy('d.version_id', 'desc')
    rows.push(...((await query.execute()) as typeof rows))
    if (rows.length >= count) break
  }
  return rows
}

/**
 * These candidates' ranking entries, in their order (null: a document written before migration
 * 0026, or deleted since the walk; one rewritten in between is read as it is now). A statement of
 * its own, as on SQLite (sqlite-backend.ts, rankingEntries).
 */
async function rankingEntries(db: Kysely<DB>, kept: readonly { versionId: string }[]): Promise<(Uint8Array | null)[]> {
  const rows = await ts(db)
    .selectFrom('search_documents')
    .select(['version_id', 'ranking'])
    .where(
      'version_id',
      'in',
      kept.map((c) => c.versionId),
    )
    .execute()
  const entries = new Map(rows.map((r) => [r.version_id, r.ranking]))
  return kept.map((c) => entries.get(c.versionId) ?? null)
}

/** What the index finds (`index`), and what each row it finds must then pass (`check`). */
type Matches = { index: RawBuilder<boolean>; check?: RawBuilder<boolean> }

/**
 * The whole vector's match. A phrase needs the words' positions, which GIN does not keep: it finds
 * the rows holding every word and PostgreSQL reads each one's vector (~8 KB, out of line) to look
 * for the phrase — before the row's other conditions, so even rows of other languages and other
 * windows. Here the index finds the rows with every word (an exact answer, nothing read back) and,
 * once the pairs index is built (`pairsReady`), every pair of neighbouring words
 * (postgres-phrase-backend.ts); the phrase is tested by ts_match_vq, which no index takes, after the
 * cheap conditions, on the few rows left.
 */
const hasPhrase = (match: Match) => 'all' in match && match.all.parts.some((p) => p.kind === 'phrase')

function termsMatch(match: Match, pairsReady: boolean): Matches {
  const index = sql<boolean>`d.terms @@ to_tsquery('simple', ${tsquery(match)})`
  if (!('all' in match) || !hasPhrase(match)) return { index }
  const words = toTsquery({
    ...match.all,
    parts: match.all.parts.flatMap((p) =>
      p.kind === 'term' ? [p] : p.terms.map((term) => ({ kind: 'term' as const, term, prefix: false })),
    ),
  })
  const pairs = pairsReady ? pairsQuery(match.all.parts.flatMap((p) => (p.kind === 'phrase' ? [p.terms] : []))) : null
  const wordsMatch = sql<boolean>`d.terms @@ to_tsquery('simple', ${words})`
  return {
    index: pairs ? sql<boolean>`${wordsMatch} and ${pairs}` : wordsMatch,
    check: sql<boolean>`ts_match_vq(d.terms, to_tsquery('simple', ${tsquery(match)}))`,
  }
}

const RANKED: Column[] = ['version_id', 'fresh_at', 'headline_terms']
const SCORED: Column[] = ['version_id', 'fresh_at', 'terms']

/** A stretch of time searched as one part: from `from` (inclusive) to `to` (exclusive); null: no bound. */
type Stretch = { from: number | null; to: number | null }
const WHOLE: Stretch = { from: null, to: null }

/**
 * Time cut at the windows' bounds (postgres-windows-backend.ts), newest first, in two steps: the stretches
 * reaching into the last month (the open window, months ahead, this one and the last), then the
 * rest. Planning costs ~0.2–0.7 ms a part: an everyday word is answered by the first step alone.
 */
export function stretchesOf(bounds: readonly number[], today: number): Stretch[][] {
  if (bounds.length === 0) return [[WHOLE]]
  const all: Stretch[] = [{ from: bounds.at(-1) as number, to: null }]
  for (let i = bounds.length - 1; i > 0; i--) all.push({ from: bounds[i - 1] as number, to: bounds[i] as number })
  all.push({ from: null, to: bounds[0] as number })
  const recent = all.filter((s) => s.to === null || s.to > today - 31)
  return recent.length === 0 || recent.length === all.length ? [all] : [recent, all.slice(recent.length)]
}

/**
 * The newest `count` matching documents of these stretches, newest first: each stretch is asked
 * in turn, from the newest, and the walk stops once `count` are found — PostgreSQL runs a UNION
 * ALL's parts in order and stops when the LIMIT above them is reached. Each part's bounds are
 * written into the SQL, so the planner can prove its window's partial index covers it.
 */
function newestMatches(
  db: Kysely<DB>,
  matches: Matches,
  filters: SearchFilters,
  stretches: readonly Stretch[],
  count: number,
  columns: Column[],
) {
  const parts = stretches.map(({ from, to }) => {
    let part = ts(db)
      .selectFrom('search_documents as d')
      .select(columns.map((c) => `d.${c}` as const))
      .where(matches.index)
    if (from !== null) part = part.where(sql<boolean>`d.fresh_at >= ${sql.lit(from)}`)
    if (to !== null) part = part.where(sql<boolean>`d.fresh_at < ${sql.lit(to)}`)
    for (const cond of documentFilter(filters, 'd')) part = part.where(cond)
    if (matches.check) part = part.where(matches.check) // last: PostgreSQL tests a row's conditions in this order
    return sql`(${part.orderBy('d.fresh_at', 'desc').orderBy('d.version_id', 'desc').limit(count)})`
  })
  // No ORDER BY here: the parts come in order, and sorting them again would run every part.
  return sql<TsTables['search_documents']>`(select * from (${sql.join(parts, sql` union all `)}) w limit ${count})`
}
