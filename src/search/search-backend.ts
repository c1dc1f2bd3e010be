import { type Expression, expressionBuilder, type Kysely, type SqlBool } from 'kysely'
import type { DB } from '../db/schema.js'
import { publiclyVisibleAt } from '../stories/public-visibility.js'
import type { SearchQuery } from './query.js'

/** One story version as the index sees it: analysed terms per field, and its topics as tokens. */
export interface IndexedDocument {
  versionId: string
  headline: string[]
  topics: string[]
  lead: string[]
  body: string[]
}

/** What to match: every part of a reader's query, or any of some terms (related stories). */
export type Match = { all: SearchQuery } | { any: string[] }

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
 * The two index back ends behind one interface: SQLite FTS5 and Postgres tsvector. Both store the
 * terms analysis.ts produced and rank the same way: field weights (headline > topics > lead >
 * body) times a recency boost, so today's story beats a year-old one of equal relevance.
 */
export interface SearchBackend {
  /** Replaces these versions' documents, one atomic statement each. */
  write(db: Kysely<DB>, docs: readonly IndexedDocument[]): Promise<void>
  remove(db: Kysely<DB>, versionIds: readonly string[]): Promise<void>
  /** Drops documents whose version no longer exists. */
  prune(db: Kysely<DB>): Promise<void>
  search(db: Kysely<DB>, match: Match, filters: SearchFilters, page: { now: string; limit: number; offset: number }): Promise<SearchHit[]>
}

/**
 * Field weights, the same in both back ends (FTS5 bm25 column weights; Postgres ts_rank weights
 * for A, B, C and D are these scaled to 1).
 */
export const FIELD_WEIGHTS = { headline: 10, topics: 5, lead: 3, body: 1 } as const
/** Freshness boost: up to ×2 for a story published now, the extra halving every 14 days, never below ×1. */
export const RECENCY = { boost: 1, halfLifeDays: 14 } as const

/** A result whose headline holds all the query's words scores up to this many times more. */
export const HEADLINE_BONUS = 2

/**
 * The query's words to look for in a result's headline terms, space-padded for whole-word
 * matching (the prefix being typed matches the start of a word). Empty for related-story queries.
 */
export function headlineProbes(match: Match): { whole: string[]; prefix?: string } {
  if (!('all' in match)) return { whole: [] }
  const q = match.all
  const whole = q.terms.filter((t) => t !== q.prefix).map((t) => ` ${t} `)
  return { whole, ...(q.prefix && { prefix: ` ${q.prefix}` }) }
}

/** A topic as an index term: shared topics make stories related, rare ones more than common ones. */
export const topicTerm = (topicId: string) => `tpc${topicId}`

/** The filters as one SQL condition over story_versions (joined under its own name). */
export function versionFilter(f: SearchFilters): Expression<SqlBool> {
  const eb = expressionBuilder<DB, 'story_versions' | 'stories'>()
  const conds: Expression<SqlBool>[] = []
  if (f.locales) conds.push(eb('story_versions.locale', 'in', [...f.locales, '']))
  if (f.statuses) conds.push(eb('story_versions.status', 'in', [...f.statuses, '']))
  if (f.visibleAt) conds.push(publiclyVisibleAt(f.visibleAt)(eb as never))
  if (f.exceptStoryId) conds.push(eb('story_versions.story_id', '!=', f.exceptStoryId))
  if (f.ownOrPublishedBy) {
    const userId = f.ownOrPublishedBy
    conds.push(
      eb.or([
        eb('story_versions.status', '=', 'published'),
        eb('story_versions.story_id', 'in', eb.selectFrom('stories').select('stories.id').where('stories.created_by', '=', userId)),
      ]),
    )
  }
  return eb.and(conds)
}
