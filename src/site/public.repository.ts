import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { DB } from '../db/schema.js'
import { publiclyVisibleAt } from '../stories/public-visibility.js'

/**
 * Reads for readers. Everything here shows only what is public at `now`: published, live and
 * past any embargo — the rule of isPubliclyVisible in stories/workflow.ts, in SQL.
 */
type VersionQuery = SelectQueryBuilder<DB, 'story_versions' | 'stories', object>

function visibleVersions(db: Kysely<DB>, now: string): VersionQuery {
  return db.selectFrom('story_versions').innerJoin('stories', 'stories.id', 'story_versions.story_id').where(publiclyVisibleAt(now))
}

/** What a list shows of a story. */
export interface StoryCard {
  storyId: string
  locale: string
  headline: string
  slug: string
  lead: string
  publishedAt: string
  updatedAt: string
  sectionId: string | null
  leadMediaId: string | null
  isBreaking: boolean
  isImportant: boolean
}

const CARD_COLUMNS = [
  'story_versions.story_id',
  'story_versions.locale',
  'story_versions.headline',
  'story_versions.slug',
  'story_versions.lead',
  'story_versions.published_at',
  'story_versions.updated_at',
  'story_versions.section_id',
  'stories.lead_media_id',
  'stories.is_breaking',
  'stories.is_important',
] as const

type CardRow = {
  story_id: string
  locale: string
  headline: string
  slug: string
  lead: string
  published_at: string | null
  updated_at: string
  section_id: string | null
  lead_media_id: string | null
  is_breaking: number
  is_important: number
}

const toCard = (r: CardRow): StoryCard => ({
  storyId: r.story_id,
  locale: r.locale,
  headline: r.headline,
  slug: r.slug,
  lead: r.lead,
  publishedAt: r.published_at as string,
  updatedAt: r.updated_at,
  sectionId: r.section_id,
  leadMediaId: r.lead_media_id,
  isBreaking: r.is_breaking === 1,
  isImportant: r.is_important === 1,
})

export interface ListQuery {
  locale: string
  now: string
  page: number
  perPage: number
  sectionId?: string
  topicId?: string
  authorId?: string
  /** Published within [from, to). */
  from?: string
  to?: string
  /** Only breaking or important stories. */
  flagged?: boolean
}

function filtered(db: Kysely<DB>, q: Omit<ListQuery, 'page' | 'perPage'>): VersionQuery {
  let query = visibleVersions(db, q.now).where('story_versions.locale', '=', q.locale).where('stories.kind', '=', 'story')
  if (q.sectionId) query = query.where('story_versions.section_id', '=', q.sectionId)
  if (q.topicId) {
    const topicId = q.topicId
    query = query.where('story_versions.story_id', 'in', (eb) =>
      eb.selectFrom('story_topics').select('story_id').where('topic_id', '=', topicId),
    )
  }
  if (q.authorId) {
    const authorId = q.authorId
    query = query.where('story_versions.story_id', 'in', (eb) =>
      eb.selectFrom('story_authors').select('story_id').where('author_id', '=', authorId),
    )
  }
  if (q.from) query = query.where('story_versions.published_at', '>=', q.from)
  if (q.to) query = query.where('story_versions.published_at', '<', q.to)
  if (q.flagged) query = query.where((eb) => eb.or([eb('stories.is_breaking', '=', 1), eb('stories.is_important', '=', 1)]))
  return query
}

/** How many published stories match the query (for "24 stories" under a topic's name). */
export async function countStories(db: Kysely<DB>, q: Omit<ListQuery, 'page' | 'perPage'>): Promise<number> {
  const row = await filtered(db, q)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** A page of the newest published stories matching the query; `hasMore` says whether a next page exists. */
export async function listStories(db: Kysely<DB>, q: ListQuery): Promise<{ items: StoryCard[]; hasMore: boolean }> {
  const rows = await filtered(db, q)
    .select(CARD_COLUMNS)
    .orderBy('story_versions.published_at', 'desc')
    .orderBy('story_versions.story_id')
    .limit(q.perPage + 1)
    .offset((q.page - 1) * q.perPage)
    .execute()
  return { items: rows.slice(0, q.perPage).map(toCard), hasMore: rows.length > q.perPage }
}

/** Every public version of a story: its page, its language switcher and its hreflang links. */
/** Which languages a story is public in, and at which address: the switcher and hreflang links. */
export interface PublicVersionRef {
  id: string
  storyId: string
  locale: string
  slug: string
}

/** The story's public versions, without their (large) bodies. */
export async function findPublicVersions(db: Kysely<DB>, storyId: string, now: string): Promise<PublicVersionRef[]> {
  return visibleVersions(db, now)
    .select(['story_versions.id', 'story_versions.story_id as storyId', 'story_versions.locale', 'story_versions.slug'])
    .where('story_versions.story_id', '=', storyId)
    .execute()
}

/** One version in full, body included. */
/** The version's workflow state whatever it is, to tell a withdrawn story (410) from a missing one (404). */
export async function findVersionStatus(db: Kysely<DB>, storyId: string, locale: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('story_versions')
    .select('status')
    .where('story_id', '=', storyId)
    .where('locale', '=', locale)
    .executeTakeFirst()
  return row?.status
}

/** Public slugs of linked stories in every language, for resolving internal links. */
export async function findPublicLinkTargets(db: Kysely<DB>, storyIds: readonly string[], now: string) {
  if (storyIds.length === 0) return []
  return visibleVersions(db, now)
    .select(['story_versions.story_id as storyId', 'story_versions.locale as locale', 'story_versions.slug as slug'])
    .where('story_versions.story_id', 'in', storyIds)
    .execute()
}

/** Published stories in the language sharing a topic with this one, newest first. */
/** Cards of these stories in one language, in the order given, skipping any readers can't see. */
export async function findCards(db: Kysely<DB>, storyIds: readonly string[], locale: string, now: string): Promise<StoryCard[]> {
  if (storyIds.length === 0) return []
  const rows = await visibleVersions(db, now)
    .select(CARD_COLUMNS)
    .where('story_versions.locale', '=', locale)
    .where('story_versions.story_id', 'in', storyIds)
    .execute()
  const cards = rows.map(toCard)
  return storyIds.map((id) => cards.find((c) => c.storyId === id)).filter((c): c is StoryCard => c !== undefined)
}

/** A language's published pages (About us, Contacts), in the footer's order. */
export async function listFooterPages(db: Kysely<DB>, locale: string, now: string): Promise<{ slug: string; headline: string }[]> {
  return visibleVersions(db, now)
    .select(['story_versions.slug', 'story_versions.headline'])
    .where('stories.kind', '=', 'page')
    .where('story_versions.locale', '=', locale)
    .orderBy('stories.menu_position')
    .orderBy('stories.id')
    .execute()
}

/** A published page by its address in a language, and the story it belongs to. */
export async function findPublicPage(db: Kysely<DB>, locale: string, slug: string, now: string) {
  return visibleVersions(db, now)
    .select(['story_versions.id', 'story_versions.story_id as storyId'])
    .where('stories.kind', '=', 'page')
    .where('story_versions.locale', '=', locale)
    .where('story_versions.slug', '=', slug)
    .executeTakeFirst()
}
