import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { StoryVersionRow } from '../stories/story.table.js'

/**
 * Reads for readers. Every query here shows only what is public at `now`: published, live, and
 * past any embargo — the same rule as isPubliclyVisible in stories/workflow.ts.
 */
function visible(db: Kysely<DB>, now: string) {
  return db
    .selectFrom('story_versions')
    .where('status', '=', 'published')
    .where('published_at', '<=', now)
    .where((eb) => eb.or([eb('embargo_until', 'is', null), eb('embargo_until', '<=', now)]))
}

export interface StoryListItem {
  storyId: string
  headline: string
  slug: string
  lead: string
  publishedAt: string
}

/** The latest published stories in one language (served by the story_versions_latest index). */
export async function listLatestPublished(db: Kysely<DB>, locale: string, now: string, limit: number): Promise<StoryListItem[]> {
  const rows = await visible(db, now)
    .select(['story_id', 'headline', 'slug', 'lead', 'published_at'])
    .where('locale', '=', locale)
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ storyId: r.story_id, headline: r.headline, slug: r.slug, lead: r.lead, publishedAt: r.published_at as string }))
}

/** All public versions of a story, for its page and its language switcher. */
export async function findPublicVersions(db: Kysely<DB>, storyId: string, now: string): Promise<StoryVersionRow[]> {
  return visible(db, now).selectAll().where('story_id', '=', storyId).execute()
}
