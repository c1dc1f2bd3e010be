import type { ExpressionBuilder, Kysely } from 'kysely'
import { containsEveryWord } from '../db/contains.js'
import type { DB } from '../db/schema.js'
import type { VersionStatus } from '../shared/workflow.js'
import type { StoryKind } from './story.types.js'

export interface VersionListQuery {
  /** Stories or pages (About us, Contacts); the desk shows stories. */
  kind?: StoryKind
  locale?: string
  status?: VersionStatus
  sectionId?: string
  authorId?: string
  /** Only translations whose source has moved on since they were made. */
  outdated?: boolean
  /** Only live versions with an edit awaiting approval (docs/decisions/011-live-edits.md). */
  pending?: boolean
  /**
   * Translation work into this language: for each story that has no version in it, the story's
   * first version (what a translation would start from, `missing`); and its versions in it whose
   * source has moved on (`outdated`).
   */
  translateInto?: string
  /** With `translateInto`: only one of the two kinds. */
  translation?: TranslationNeed
  updatedSince?: string
  /** Headline or lead contains every word (case, apostrophes and ё folded). */
  q?: string
  /** Only stories this user created (authors and contributors see their own work). */
  createdBy?: string
  /** Continue after this (updated_at, id) pair. */
  after?: { updatedAt: string; id: string }
  limit: number
}

export type TranslationNeed = 'missing' | 'outdated'

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
  /** When an edit awaiting approval was saved; null when none waits. */
  pendingSince: string | null
  /** Present when the list was asked for `translateInto`: what this row needs. */
  translation?: TranslationNeed
}

type ListScope = ExpressionBuilder<DB & { v: DB['story_versions'] }, 'v'>

/** The version's source (same story, its source language) has a newer live text than it was translated from. */
const sourceMovedOn = (eb: ListScope) =>
  eb.exists(
    eb
      .selectFrom('story_versions as src')
      .select('src.id')
      .whereRef('src.story_id', '=', 'v.story_id')
      .whereRef('src.locale', '=', 'v.source_locale')
      .whereRef('src.live_revision', '>', 'v.source_revision'),
  )

/**
 * The story has no version in `locale`, and this is its oldest original (not a translation): one
 * row a story, whatever languages it has. An import may bring several originals; a story made in the newsroom has one.
 */
const missingIn = (eb: ListScope, locale: string) =>
  eb.and([
    eb('v.source_locale', 'is', null),
    eb.not(
      eb.exists(
        eb.selectFrom('story_versions as t').select('t.id').whereRef('t.story_id', '=', 'v.story_id').where('t.locale', '=', locale),
      ),
    ),
    eb.not(
      eb.exists(
        eb
          .selectFrom('story_versions as older')
          .select('older.id')
          .whereRef('older.story_id', '=', 'v.story_id')
          .where('older.source_locale', 'is', null)
          .where((o) =>
            o.or([
              o('older.created_at', '<', o.ref('v.created_at')),
              o.and([o('older.created_at', '=', o.ref('v.created_at')), o('older.id', '<', o.ref('v.id'))]),
            ]),
          ),
      ),
    ),
  ])

function translationNeed(eb: ListScope, locale: string, only?: TranslationNeed) {
  const outdated = eb.and([eb('v.locale', '=', locale), sourceMovedOn(eb)])
  if (only === 'outdated') return outdated
  if (only === 'missing') return missingIn(eb, locale)
  return eb.or([missingIn(eb, locale), outdated])
}

/** The desk's list: versions, most recently changed first, with keyset (cursor) pagination. */
export async function listVersions(db: Kysely<DB>, q: VersionListQuery): Promise<VersionSummary[]> {
  let query = db
    .selectFrom('story_versions as v')
    .innerJoin('stories as s', 's.id', 'v.story_id')
    .leftJoin('pending_revisions as p', 'p.version_id', 'v.id')
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
      'p.saved_at as pendingSince',
    ])
  query = query.where('s.kind', '=', q.kind ?? 'story')
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
  if (q.outdated) query = query.where(sourceMovedOn)
  if (q.pending) query = query.where('p.version_id', 'is not', null)
  if (q.translateInto) {
    const { translateInto, translation } = q
    query = query.where((eb) => translationNeed(eb, translateInto, translation))
  }
  if (q.after) {
    const { updatedAt, id } = q.after
    query = query.where((eb) =>
      eb.or([eb('v.updated_at', '<', updatedAt), eb.and([eb('v.updated_at', '=', updatedAt), eb('v.id', '<', id)])]),
    )
  }
  const rows = (await query.orderBy('v.updated_at', 'desc').orderBy('v.id', 'desc').limit(q.limit).execute()) as VersionSummary[]
  const target = q.translateInto
  // A row in the target language can only be an outdated translation; any other is a story that lacks one.
  return target ? rows.map((r) => ({ ...r, translation: r.locale === target ? 'outdated' : 'missing' })) : rows
}
