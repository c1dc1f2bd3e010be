import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { NotFound } from '../errors.js'
import { analyze } from './analysis.js'
import { parseQuery, QUERY_MAX_LENGTH, type SearchQuery } from './query.js'
import type { SearchBackend, SearchFilters, SearchHit } from './search-backend.js'
import { topicTerm } from './search-backend.js'
import { highlight, type Segment, snippet, termMatcher } from './snippet.js'

export interface SearchResult {
  versionId: string
  storyId: string
  locale: string
  status: string
  headline: string
  slug: string
  lead: string
  publishedAt: string | null
  updatedAt: string
  /** The headline and a passage of the lead or body, with the query's words marked. */
  headlineSegments: Segment[]
  snippet: Segment[]
  score: number
}

export type SearchOutcome =
  | { kind: 'results'; results: SearchResult[]; hasMore: boolean }
  /** Nothing searchable was typed (empty, or only stop words and punctuation). */
  | { kind: 'empty' }
  | { kind: 'too_long'; max: number }

export interface SearchRequest {
  q: string
  /** The languages to search; each is searched with its own analysis and the results merged. */
  locales: readonly string[]
  filters?: Omit<SearchFilters, 'locales'>
  limit: number
  offset?: number
}

/** Search for readers and for the newsroom, and "read also" suggestions, over one index. */
export function createSearchService({ db, backend, clock }: { db: Kysely<DB>; backend: SearchBackend; clock: Clock }) {
  async function hydrate(hits: SearchHit[], queries: Map<string, SearchQuery>): Promise<SearchResult[]> {
    if (hits.length === 0) return []
    const rows = await db
      .selectFrom('story_versions')
      .select(['id', 'story_id', 'locale', 'status', 'headline', 'slug', 'lead', 'body_text', 'published_at', 'updated_at'])
      .where(
        'id',
        'in',
        hits.map((h) => h.versionId),
      )
      .execute()
    const byId = new Map(rows.map((r) => [r.id, r]))
    return hits.flatMap((hit) => {
      const v = byId.get(hit.versionId)
      if (!v) return []
      const q = queries.get(v.locale)
      const matches = q ? termMatcher(q.terms, q.prefix) : () => false
      const leadSnippet = snippet(v.lead, v.locale, matches)
      const passage = leadSnippet.some((s) => s.match) || !v.body_text ? leadSnippet : snippet(v.body_text, v.locale, matches)
      return [
        {
          versionId: v.id,
          storyId: v.story_id,
          locale: v.locale,
          status: v.status,
          headline: v.headline,
          slug: v.slug,
          lead: v.lead,
          publishedAt: v.published_at,
          updatedAt: v.updated_at,
          headlineSegments: highlight(v.headline, v.locale, matches),
          snippet: passage.some((s) => s.match) ? passage : leadSnippet,
          score: hit.score,
        },
      ]
    })
  }

  return {
    async search(req: SearchRequest): Promise<SearchOutcome> {
      if (req.q.length > QUERY_MAX_LENGTH) return { kind: 'too_long', max: QUERY_MAX_LENGTH }
      const queries = new Map<string, SearchQuery>()
      for (const locale of req.locales) {
        const q = parseQuery(req.q, locale)
        if (q.parts.length > 0) queries.set(locale, q)
      }
      if (queries.size === 0) return { kind: 'empty' }
      const offset = req.offset ?? 0
      const now = toTimestamp(clock())
      const perLocale = await Promise.all(
        [...queries].map(([locale, query]) =>
          backend.search(db, { all: query }, { ...req.filters, locales: [locale] }, { now, limit: offset + req.limit + 1, offset: 0 }),
        ),
      )
      const merged = perLocale
        .flat()
        .sort((a, b) => b.score - a.score || (a.versionId < b.versionId ? -1 : 1))
        .slice(offset, offset + req.limit + 1)
      return { kind: 'results', results: await hydrate(merged.slice(0, req.limit), queries), hasMore: merged.length > req.limit }
    },

    /**
     * Published stories in the same language most like this version: shared topics (rare ones
     * count more) and shared words of the headline, fresher first at equal likeness.
     */
    async related(versionId: string, limit: number): Promise<SearchResult[]> {
      const v = await db
        .selectFrom('story_versions')
        .select(['id', 'story_id', 'locale', 'headline', 'lead'])
        .where('id', '=', versionId)
        .executeTakeFirst()
      if (!v) throw new NotFound('version_not_found', { id: versionId })
      const [topics, story] = await Promise.all([
        db.selectFrom('story_topics').select('topic_id').where('story_id', '=', v.story_id).execute(),
        db.selectFrom('stories').select('section_id').where('id', '=', v.story_id).executeTakeFirst(),
      ])
      const terms = [
        ...new Set([
          ...analyze(v.headline, v.locale),
          ...topics.map((t) => topicTerm(t.topic_id)),
          ...(story?.section_id ? [topicTerm(story.section_id)] : []),
        ]),
      ].slice(0, 16) // the headline says what a story is about; the lead's words made this OR query slow
      if (terms.length === 0) return []
      const hits = await backend.search(
        db,
        { any: terms },
        { locales: [v.locale], visibleAt: toTimestamp(clock()), exceptStoryId: v.story_id },
        { now: toTimestamp(clock()), limit, offset: 0 },
      )
      return hydrate(hits, new Map())
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>
