import { type ExpressionBuilder, type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { publiclyVisibleAt } from '../stories/public-visibility.js'
import type { StoryVersionRow } from '../stories/story.table.js'
import type { StoryKind } from '../stories/story.types.js'

/**
 * The Content API's reads. Every one shows only what readers can see at `now` (published, live,
 * past any embargo): the site's own rule (stories/public-visibility.ts).
 */

export interface StoryFilter {
  now: string
  locale?: string
  sectionId?: string
  topicId?: string
  authorId?: string
  updatedSince?: string
  publishedAfter?: string
  publishedBefore?: string
  breaking?: boolean
  important?: boolean
}

/** Where a page of stories ends: the list runs newest first by publication time, then by version id. */
export interface StoryCursor {
  publishedAt: string
  versionId: string
}

function visible(db: Kysely<DB>, now: string) {
  return db.selectFrom('story_versions').innerJoin('stories', 'stories.id', 'story_versions.story_id').where(publiclyVisibleAt(now))
}

/** Public versions matching the filter, newest first, after the cursor. A story published meanwhile sorts before it, so pages never skip or repeat. */
export async function listPublicVersionRows(db: Kysely<DB>, f: StoryFilter, after: StoryCursor | undefined, limit: number) {
  let q = visible(db, f.now).selectAll('story_versions').where('stories.kind', '=', 'story')
  if (f.locale) q = q.where('story_versions.locale', '=', f.locale)
  if (f.sectionId) q = q.where('story_versions.section_id', '=', f.sectionId)
  if (f.topicId) {
    const id = f.topicId
    q = q.where('story_versions.story_id', 'in', (eb) => eb.selectFrom('story_topics').select('story_id').where('topic_id', '=', id))
  }
  if (f.authorId) {
    const id = f.authorId
    q = q.where('story_versions.story_id', 'in', (eb) => eb.selectFrom('story_authors').select('story_id').where('author_id', '=', id))
  }
  if (f.updatedSince) {
    // Its own text, or what all languages share (section, topics, bylines, picture, flags).
    const since = f.updatedSince
    q = q.where((eb) => eb.or([eb('story_versions.updated_at', '>=', since), eb('stories.updated_at', '>=', since)]))
  }
  if (f.publishedAfter) q = q.where('story_versions.published_at', '>', f.publishedAfter)
  if (f.publishedBefore) q = q.where('story_versions.published_at', '<', f.publishedBefore)
  if (f.breaking !== undefined) q = q.where('stories.is_breaking', '=', f.breaking ? 1 : 0)
  if (f.important !== undefined) q = q.where('stories.is_important', '=', f.important ? 1 : 0)
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('story_versions.published_at', '<', after.publishedAt),
        eb.and([eb('story_versions.published_at', '=', after.publishedAt), eb('story_versions.id', '<', after.versionId)]),
      ]),
    )
  }
  return q.orderBy('story_versions.published_at', 'desc').orderBy('story_versions.id', 'desc').limit(limit).execute()
}

/** The public version of a story (or of a page) in one language, by its id or by its address there. */
export async function findPublicVersionRow(
  db: Kysely<DB>,
  now: string,
  where: { storyId: string; locale: string } | { slug: string; locale: string },
  kind: StoryKind = 'story',
): Promise<StoryVersionRow | undefined> {
  let q = visible(db, now).selectAll('story_versions').where('story_versions.locale', '=', where.locale).where('stories.kind', '=', kind)
  q = 'storyId' in where ? q.where('story_versions.story_id', '=', where.storyId) : q.where('story_versions.slug', '=', where.slug)
  return q.executeTakeFirst()
}

/** A version whatever its state (what a withdrawn story showed, for the webhook that says so). */
export async function findVersionRow(db: Kysely<DB>, storyId: string, locale: string): Promise<StoryVersionRow | undefined> {
  return db.selectFrom('story_versions').selectAll().where('story_id', '=', storyId).where('locale', '=', locale).executeTakeFirst()
}

/** The locales a story is public in (to say so when it is asked for in another). */
export async function findPublicLocales(db: Kysely<DB>, storyId: string, now: string): Promise<string[]> {
  const rows = await visible(db, now).select('story_versions.locale').where('story_versions.story_id', '=', storyId).execute()
  return rows.map((r) => r.locale)
}

/** What the languages of these stories share: section, picture, flags, and topics and bylines in the editor's order. */
export async function findSharedFields(db: Kysely<DB>, storyIds: readonly string[]) {
  if (storyIds.length === 0) return new Map<string, SharedFields>()
  const [stories, topics, authors] = await Promise.all([
    db
      .selectFrom('stories')
      .select(['id', 'section_id', 'lead_media_id', 'is_breaking', 'is_important', 'updated_at'])
      .where('id', 'in', storyIds)
      .execute(),
    db.selectFrom('story_topics').select(['story_id', 'topic_id']).where('story_id', 'in', storyIds).orderBy('position').execute(),
    db.selectFrom('story_authors').select(['story_id', 'author_id']).where('story_id', 'in', storyIds).orderBy('position').execute(),
  ])
  return new Map(
    stories.map((s) => [
      s.id,
      {
        sectionId: s.section_id,
        leadMediaId: s.lead_media_id,
        breaking: s.is_breaking === 1,
        important: s.is_important === 1,
        updatedAt: s.updated_at,
        topicIds: topics.filter((t) => t.story_id === s.id).map((t) => t.topic_id),
        authorIds: authors.filter((a) => a.story_id === s.id).map((a) => a.author_id),
      },
    ]),
  )
}

export interface SharedFields {
  sectionId: string | null
  leadMediaId: string | null
  breaking: boolean
  important: boolean
  /** When what the languages share last changed. */
  updatedAt: string
  topicIds: string[]
  authorIds: string[]
}

/** A page of topics of some kinds (or of authors), in id order after `afterId`. */
export async function listTopicIdsPage(db: Kysely<DB>, kinds: readonly string[], afterId: string | undefined, limit: number) {
  let q = db.selectFrom('topics').select('id').where('kind', 'in', kinds)
  if (afterId) q = q.where('id', '>', afterId)
  return (await q.orderBy('id').limit(limit).execute()).map((r) => r.id)
}

export async function listAuthorIdsPage(db: Kysely<DB>, afterId: string | undefined, limit: number) {
  let q = db.selectFrom('authors').select('id')
  if (afterId) q = q.where('id', '>', afterId)
  return (await q.orderBy('id').limit(limit).execute()).map((r) => r.id)
}

/** A topic or author named by id or by a slug in any language. */
export async function findTopicIdByIdOrSlug(db: Kysely<DB>, kinds: readonly string[], value: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('topics')
    .select('id')
    .where('kind', 'in', kinds)
    .where((eb) =>
      eb.or([eb('id', '=', value), eb('id', 'in', eb.selectFrom('topic_locales').select('topic_id').where('slug', '=', value))]),
    )
    .executeTakeFirst()
  return row?.id
}

export async function findAuthorIdByIdOrSlug(db: Kysely<DB>, value: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('authors')
    .select('id')
    .where((eb) =>
      eb.or([eb('id', '=', value), eb('id', 'in', eb.selectFrom('author_locales').select('author_id').where('slug', '=', value))]),
    )
    .executeTakeFirst()
  return row?.id
}

export type StoryCounts = Map<string, Record<string, number>>

function toCounts(rows: { id: string | null; locale: string; n: number | string | bigint }[]): StoryCounts {
  const counts: StoryCounts = new Map()
  for (const r of rows) {
    if (!r.id) continue
    const c = counts.get(r.id) ?? {}
    c[r.locale] = Number(r.n)
    counts.set(r.id, c)
  }
  return counts
}

const n = (eb: ExpressionBuilder<DB, 'story_versions'>) => eb.fn.countAll<number>().as('n')

/** Published stories per language in each section. */
export async function countBySection(db: Kysely<DB>, ids: readonly string[], now: string): Promise<StoryCounts> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('story_versions')
    .where(publiclyVisibleAt(now))
    .where('story_versions.section_id', 'in', ids)
    .select(['story_versions.section_id as id', 'story_versions.locale', n])
    .groupBy(['story_versions.section_id', 'story_versions.locale'])
    .execute()
  return toCounts(rows)
}

/** Published stories per language tagged with each topic. */
export async function countByTopic(db: Kysely<DB>, ids: readonly string[], now: string): Promise<StoryCounts> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('story_topics')
    .innerJoin('story_versions', 'story_versions.story_id', 'story_topics.story_id')
    .where(publiclyVisibleAt(now))
    .where('story_topics.topic_id', 'in', ids)
    .select(['story_topics.topic_id as id', 'story_versions.locale', sql<number>`count(*)`.as('n')])
    .groupBy(['story_topics.topic_id', 'story_versions.locale'])
    .execute()
  return toCounts(rows)
}

/** Published stories per language under each byline. */
export async function countByAuthor(db: Kysely<DB>, ids: readonly string[], now: string): Promise<StoryCounts> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('story_authors')
    .innerJoin('story_versions', 'story_versions.story_id', 'story_authors.story_id')
    .where(publiclyVisibleAt(now))
    .where('story_authors.author_id', 'in', ids)
    .select(['story_authors.author_id as id', 'story_versions.locale', sql<number>`count(*)`.as('n')])
    .groupBy(['story_authors.author_id', 'story_versions.locale'])
    .execute()
  return toCounts(rows)
}

/** Published pages (About us, Contacts), in the footer's order, in one language or all. */
export async function listPublicPageRows(db: Kysely<DB>, now: string, locale: string | undefined): Promise<StoryVersionRow[]> {
  let q = visible(db, now).selectAll('story_versions').where('stories.kind', '=', 'page')
  if (locale) q = q.where('story_versions.locale', '=', locale)
  return q.orderBy('stories.menu_position').orderBy('stories.id').orderBy('story_versions.locale').execute()
}
