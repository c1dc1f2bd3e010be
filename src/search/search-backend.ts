import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import type { SearchQuery } from './query.js'

/** One story version as the index sees it: analysed terms per field, and its topics as tokens. */
export interface IndexedDocument {
  versionId: string
  storyId: string
  locale: string
  status: string
  /** workflow.ts visibleFrom: when readers may see it; null unless published. */
  visibleFrom: string | null
  /** Each field's analysed terms, space-separated, as both back ends store them. */
  headline: string
  topics: string
  lead: string
  body: string
  /** When it was published (or last changed), in days since 1970: for the freshness boost. */
  freshAt: number
}

/** What to match: every part of a reader's query, or any of some terms (related stories). */
export type Match = { all: SearchQuery } | AnyOf
/** Any of some terms: "read also"'s fallback, the one match still ranked by the engine (bm25 / ts_rank). */
export type AnyOf = { any: string[] }

/** Which versions may be found. */
export interface SearchFilters {
  locales?: readonly string[]
  statuses?: readonly string[]
  /** Only what readers may see at this time (published, live, past any embargo). */
  visibleAt?: string
  /** Only published versions and those of stories this user created (authors, contributors). */
  ownOrPublishedBy?: string
  exceptStoryId?: string
}

export interface SearchHit {
  versionId: string
  score: number
}

/**
 * Which matches are ranked: the newest `newest` (their freshness order is the index's own order,
 * so finding them costs little however many stories match), and up to `olderHeadlines` older
 * ones whose headline holds the whole query. Ranking every match with bm25 cost 130–700 ms for
 * common words at 100,000 stories; a query with fewer matches than `newest` is ranked whole.
 * See docs/decisions/010-search-candidates.md.
 */
export interface Candidates {
  newest: number
  olderHeadlines: number
}
export const CANDIDATES: Candidates = { newest: 500, olderHeadlines: 50 }

export interface SearchPage {
  now: string
  limit: number
  offset: number
  /** Tests narrow it to see what lies beyond; everything else uses CANDIDATES. */
  candidates?: Candidates
}

/**
 * The two index back ends behind one interface: SQLite FTS5 and Postgres tsvector. Both store the
 * terms analysis.ts produced and rank the same way: field weights (headline > topics > lead >
 * body) times a recency boost, so today's story beats a year-old one of equal relevance.
 */
export interface SearchBackend {
  /** Replaces these versions' documents, one atomic statement each. */
  write(db: Kysely<DB>, docs: readonly IndexedDocument[]): Promise<void>
  /** Drops documents whose version no longer exists. */
  prune(db: Kysely<DB>): Promise<void>
  /** Whether the index holds any document (an empty one beside stories needs a rebuild). */
  hasDocuments(db: Kysely<DB>): Promise<boolean>
  /**
   * Tidies the index after many writes at once (a rebuild, an import): searches read fewer pieces
   * of it. In short steps, so a serving process's writes wait a moment at most.
   */
  compact(db: Kysely<DB>): Promise<void>
  /**
   * Keeps what makes the newest matches quick to find in step with the calendar and the archive:
   * PostgreSQL's monthly windows (postgres-windows-backend.ts); SQLite's index is in freshness order by
   * itself. Run by each serving process at start and hourly, and after compact. A long build stops
   * when `signal` aborts (the server is stopping).
   */
  maintain(db: Kysely<DB>, now: Date, signal?: AbortSignal): Promise<void>
  /** The best of the candidate matches (see Candidates), best first. */
  search(db: Kysely<DB>, match: Match, filters: SearchFilters, page: SearchPage): Promise<SearchHit[]>
}

/**
 * Field weights, the same in both back ends (FTS5 bm25 column weights; Postgres ts_rank weights
 * for A, B, C and D are these scaled to 1).
 */
export const FIELD_WEIGHTS = { headline: 10, topics: 5, lead: 3, body: 1 } as const
/** Freshness boost: up to ×2 for a story published now, the extra halving every 14 days, never below ×1. */
export const RECENCY = { boost: 1, halfLifeDays: 14 } as const

/**
 * A result whose headline holds all the query's words scores up to this many times more (ranking.ts):
 * relevance saturates, so a word repeated in the body could otherwise outweigh it in the headline.
 */
export const HEADLINE_BONUS = 2

/** A timestamp in days since 1970, the unit of `freshAt`. */
export const epochDays = (iso: string) => Date.parse(iso) / 86_400_000

/** A topic as an index term: shared topics make stories related, rare ones more than common ones. */
export const topicTerm = (topicId: string) => `tpc${topicId}`

/**
 * The filters as SQL conditions over the index's own columns (`t` is the index table or its
 * alias), so a search never reads story rows while it ranks.
 */
export function documentFilter(f: SearchFilters, t: string): RawBuilder<boolean>[] {
  const col = (name: string) => sql.ref(`${t}.${name}`)
  const conds: RawBuilder<boolean>[] = []
  if (f.locales) conds.push(sql<boolean>`${col('locale')} in (${sql.join([...f.locales, ''])})`)
  if (f.statuses) conds.push(sql<boolean>`${col('status')} in (${sql.join([...f.statuses, ''])})`)
  if (f.visibleAt) conds.push(sql<boolean>`${col('visible_from')} <= ${f.visibleAt}`)
  if (f.exceptStoryId) conds.push(sql<boolean>`${col('story_id')} != ${f.exceptStoryId}`)
  if (f.ownOrPublishedBy) {
    conds.push(
      sql<boolean>`(${col('status')} = 'published' or ${col('story_id')} in (select id from stories where created_by = ${f.ownOrPublishedBy}))`,
    )
  }
  return conds
}
