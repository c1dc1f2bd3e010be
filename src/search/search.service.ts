import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { NotFound } from '../errors.js'
import { may } from '../shared/permissions.js'
import type { Actor } from '../shared/roles.js'
import { parseQuery, QUERY_MAX_LENGTH, type SearchQuery } from './query.js'
import { findRelatedStories } from './related-stories.js'
import { findBodyTexts, findHitVersions, findVersionHeadline } from './search.repository.js'
import type { SearchBackend, SearchFilters, SearchHit } from './search-backend.js'
import type { SearchGate } from './search-gate.js'
import { highlight, type Segment, snippet, termMatcher } from './snippet.js'
import type { TopicLists } from './topic-lists.js'

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
  /** The query is being typed (the newsroom's pickers): its last word also matches longer words. */
  asYouType?: boolean
  limit: number
  offset?: number
}

/** Search for readers and for the newsroom, and "read also" suggestions, over one index. */
export function createSearchService({
  db,
  backend,
  clock,
  gate,
  topicLists,
}: {
  db: Kysely<DB>
  backend: SearchBackend
  clock: Clock
  /** Where searches run and how many at once (search-gate.ts); without one, here and unbounded (CLI, tests of the service). */
  gate?: SearchGate
  /** "Read also"'s topic lists, remembered (topic-lists.ts): only where changes make them forgotten (app.ts). */
  topicLists?: TopicLists
}) {
  async function hydrate(hits: SearchHit[], queries: Map<string, SearchQuery>): Promise<SearchResult[]> {
    if (hits.length === 0) return []
    const rows = await findHitVersions(
      db,
      hits.map((h) => h.versionId),
    )
    const matchers = new Map([...queries].map(([locale, q]) => [locale, termMatcher(q.terms, q.prefix)]))
    const nothing = () => false
    const leads = new Map(rows.map((v) => [v.id, snippet(v.lead, v.locale, matchers.get(v.locale) ?? nothing)]))
    // The body is large: only a query's passage needs it, when the lead shows none of its words.
    const bodies = await findBodyTexts(
      db,
      rows.filter((v) => matchers.has(v.locale) && !leads.get(v.id)?.some((s) => s.match)).map((v) => v.id),
    )
    const byId = new Map(rows.map((r) => [r.id, r]))
    return hits.flatMap((hit) => {
      const v = byId.get(hit.versionId)
      if (!v) return []
      const matches = matchers.get(v.locale) ?? nothing
      const leadSnippet = leads.get(v.id) ?? []
      const body = bodies.get(v.id)
      const passage = body ? snippet(body, v.locale, matches) : leadSnippet
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

  /** A search through the gate: on a search thread, or here once a slot is free; SearchBusy when the queue is full. */
  function search(req: SearchRequest): Promise<SearchOutcome> {
    return gate ? gate.run(req, toTimestamp(clock()), () => searchHere(req)) : searchHere(req)
  }

  async function searchHere(req: SearchRequest): Promise<SearchOutcome> {
    if (req.q.length > QUERY_MAX_LENGTH) return { kind: 'too_long', max: QUERY_MAX_LENGTH }
    const queries = new Map<string, SearchQuery>()
    for (const locale of req.locales) {
      const q = parseQuery(req.q, locale, { asYouType: req.asYouType ?? false })
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
  }

  return {
    search,

    /** The newsroom's search: authors and contributors find published stories (to link to) and their own work. */
    searchNewsroom(req: SearchRequest, actor: Actor): Promise<SearchOutcome> {
      if (may(actor, 'story.edit_any') || may(actor, 'translation.edit')) return search(req)
      return search({ ...req, filters: { ...req.filters, ownOrPublishedBy: actor.userId ?? '-' } })
    },

    /** "Read also": published stories in the same language most like this version (related-stories.ts). */
    async related(versionId: string, limit: number): Promise<SearchResult[]> {
      const v = await findVersionHeadline(db, versionId)
      if (!v) throw new NotFound('version_not_found', { id: versionId })
      const version = { id: v.id, storyId: v.story_id, locale: v.locale, headline: v.headline }
      const hits = await findRelatedStories(db, backend, version, limit, toTimestamp(clock()), topicLists ? { lists: topicLists } : {})
      return hydrate(hits, new Map())
    },

    /** A change to these topics' lists of stories (their cache tags, site/cache-invalidation.ts). */
    forgetTopicLists(topicIds: Iterable<string>): void {
      topicLists?.forget(topicIds)
    },

    /** Changes may have been missed: forget every topic's list. */
    forgetAllTopicLists(): void {
      topicLists?.clear()
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>
