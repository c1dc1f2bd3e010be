import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { containsEveryWord } from '../search/contains.js'
import type { VersionStatus } from './story.types.js'

export interface VersionListQuery {
  locale?: string
  status?: VersionStatus
  sectionId?: string
  authorId?: string
  /** Only translations whose source has moved on since they were made. */
  outdated?: boolean
  updatedSince?: string
  /** Headline or lead contains every word (case, apostrophes and ё folded). */
  q?: string
  /** Only stories this user created (authors and contributors see their own work). */
  createdBy?: string
  /** Continue after this (updated_at, id) pair. */
  after?: { updatedAt: string; id: string }
  limit: number
}

export interface VersionSummary {
  id: string
  storyId: string
  locale: string
  status: string
  headline: string
  revision: number
  sourceLocale: string | null
  sourceRevision: number | null
  scheduledAt: string | null
  publishedAt: string | null
  updatedAt: string
  updatedBy: string | null
}

/** The desk's list: versions, most recently changed first, with keyset (cursor) pagination. */
export async function listVersions(db: Kysely<DB>, q: VersionListQuery): Promise<VersionSummary[]> {
  let query = db
    .selectFrom('story_versions as v')
    .innerJoin('stories as s', 's.id', 'v.story_id')
    .select([
      'v.id',
      'v.story_id as storyId',
      'v.locale',
      'v.status',
      'v.headline',
      'v.revision',
      'v.source_locale as sourceLocale',
      'v.source_revision as sourceRevision',
      'v.scheduled_at as scheduledAt',
      'v.published_at as publishedAt',
      'v.updated_at as updatedAt',
      'v.updated_by as updatedBy',
    ])
  if (q.locale) query = query.where('v.locale', '=', q.locale)
  if (q.status) query = query.where('v.status', '=', q.status)
  if (q.sectionId) query = query.where('v.section_id', '=', q.sectionId)
  if (q.createdBy) query = query.where('s.created_by', '=', q.createdBy)
  if (q.updatedSince) query = query.where('v.updated_at', '>=', q.updatedSince)
  for (const cond of containsEveryWord('v.search_key', q.q ?? '')) query = query.where(cond)
  if (q.authorId) {
    const authorId = q.authorId
    query = query.where('v.story_id', 'in', (eb) => eb.selectFrom('story_authors').select('story_id').where('author_id', '=', authorId))
  }
  if (q.outdated) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('story_versions as src')
          .select('src.id')
          .whereRef('src.story_id', '=', 'v.story_id')
          .whereRef('src.locale', '=', 'v.source_locale')
          .whereRef('src.revision', '>', 'v.source_revision'),
      ),
    )
  }
  if (q.after) {
    const { updatedAt, id } = q.after
    query = query.where((eb) =>
      eb.or([eb('v.updated_at', '<', updatedAt), eb.and([eb('v.updated_at', '=', updatedAt), eb('v.id', '<', id)])]),
    )
  }
  return (await query.orderBy('v.updated_at', 'desc').orderBy('v.id', 'desc').limit(q.limit).execute()) as VersionSummary[]
}
