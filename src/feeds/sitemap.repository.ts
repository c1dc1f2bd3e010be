import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema.js'
import { publiclyVisibleAt } from '../stories/public-visibility.js'
import { ofStories } from '../stories/story.repository.js'

/** Versions readers may see, by the one rule every public output uses. */
const visibleAll = (db: Kysely<DB>, now: string) => db.selectFrom('story_versions').where(publiclyVisibleAt(now))
/** Of stories: pages have a sitemap of their own. */
const visible = (db: Kysely<DB>, now: string) => visibleAll(db, now).where(ofStories)

/** Each language's months with published stories ("2026-11", UTC) and when they last changed. */
export async function listStoryMonths(db: Kysely<DB>, now: string) {
  const month = sql<string>`substr(published_at, 1, 7)`
  return visible(db, now)
    .select(['locale', month.as('month'), (eb) => eb.fn.max('updated_at').as('lastmod')])
    .groupBy(['locale', month])
    .orderBy('locale')
    .orderBy(month, 'desc')
    .execute()
}

export interface SitemapVersion {
  storyId: string
  locale: string
  slug: string
  headline: string
  publishedAt: string
  updatedAt: string
}

const COLUMNS = ['story_id as storyId', 'locale', 'slug', 'headline', 'published_at as publishedAt', 'updated_at as updatedAt'] as const

/** A language's stories published in [from, to), with every public translation of each (for hreflang). */
export async function listMonthStories(db: Kysely<DB>, locale: string, from: string, to: string, now: string) {
  const stories = (await visible(db, now)
    .select(COLUMNS)
    .where('locale', '=', locale)
    .where('published_at', '>=', from)
    .where('published_at', '<', to)
    .orderBy('published_at', 'desc')
    .execute()) as SitemapVersion[]
  return { stories, translations: await translationsOf(db, stories, now) }
}

/** Stories of every language published since `since`, newest first (Google News: 48 hours, ≤ 1,000). */
export async function listRecentStories(db: Kysely<DB>, since: string, now: string, limit: number) {
  const stories = (await visible(db, now)
    .select(COLUMNS)
    .where('published_at', '>=', since)
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute()) as SitemapVersion[]
  return { stories, translations: await translationsOf(db, stories, now) }
}

async function translationsOf(db: Kysely<DB>, stories: SitemapVersion[], now: string): Promise<SitemapVersion[]> {
  const ids = [...new Set(stories.map((s) => s.storyId))]
  if (ids.length === 0) return []
  const rows: SitemapVersion[] = []
  for (let i = 0; i < ids.length; i += 500) {
    // Batches keep the IN list under SQLite's bound-parameter limit on large months.
    rows.push(
      ...((await visible(db, now)
        .select(COLUMNS)
        .where('story_id', 'in', ids.slice(i, i + 500))
        .execute()) as SitemapVersion[]),
    )
  }
  return rows
}

/** Every published page (About us, Contacts) in every language, for hreflang. */
export async function listPublicPages(db: Kysely<DB>, now: string): Promise<SitemapVersion[]> {
  return (await visibleAll(db, now)
    .where('story_id', 'in', (eb) => eb.selectFrom('stories').select('stories.id').where('stories.kind', '=', 'page'))
    .select(COLUMNS)
    .orderBy('story_id')
    .orderBy('locale')
    .execute()) as SitemapVersion[]
}

/** Every named topic and author page, per language. */
export async function listTopicPages(db: Kysely<DB>) {
  const [topics, authors] = await Promise.all([
    db
      .selectFrom('topic_locales')
      .innerJoin('topics', 'topics.id', 'topic_locales.topic_id')
      .select(['topic_id as id', 'topic_locales.kind', 'locale', 'slug', 'topics.updated_at as updatedAt'])
      .execute(),
    db
      .selectFrom('author_locales')
      .innerJoin('authors', 'authors.id', 'author_locales.author_id')
      .select(['author_id as id', 'locale', 'slug', 'authors.updated_at as updatedAt'])
      .execute(),
  ])
  return { topics, authors }
}
