import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { publiclyVisibleAt } from '../stories/public-visibility.js'

/** The reads behind "read also" (related-stories.ts ranks what they find). */

export async function findTopicIdsOfStory(db: Kysely<DB>, storyId: string): Promise<string[]> {
  return (await db.selectFrom('story_topics').select('topic_id').where('story_id', '=', storyId).execute()).map((t) => t.topic_id)
}

export async function findHeadlines(db: Kysely<DB>, versionIds: readonly string[]): Promise<{ id: string; headline: string }[]> {
  if (versionIds.length === 0) return []
  return db.selectFrom('story_versions').select(['id', 'headline']).where('id', 'in', versionIds).execute()
}

/** How many stories carry the topic, counted no further than `cap`. */
export async function topicSize(db: Kysely<DB>, topicId: string, cap: number): Promise<number> {
  const { n } = await db
    .selectFrom((eb) => eb.selectFrom('story_topics').select('story_id').where('topic_id', '=', topicId).limit(cap).as('t'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(n)
}

/**
 * The newest public versions in the language carrying the topic (the caller leaves out its own
 * story: the list is then the same for every story of the topic). A small topic is read through
 * its index (a few hundred rows at most); a large one by walking the language's newest stories
 * until enough carry it, which a common topic makes quick.
 */
export function newestWithTopic(db: Kysely<DB>, topicId: string, locale: string, small: boolean, now: string, limit: number) {
  if (small) {
    // CROSS JOIN makes SQLite start from the topic's stories, not walk the newest of the language
    // (which an ORDER BY … LIMIT tempts it to). PostgreSQL plans it as a plain join, and at 100,000
    // stories walks the language's newest anyway (~10 ms): a server remembers the answer (topic-lists.ts).
    return db
      .selectFrom('story_topics')
      .crossJoin('story_versions')
      .select(['story_versions.id', 'story_versions.story_id', 'story_versions.published_at']) // all in the index: no story row is read
      .whereRef('story_versions.story_id', '=', 'story_topics.story_id')
      .where('story_topics.topic_id', '=', topicId)
      .where('story_versions.locale', '=', locale)
      .where(publiclyVisibleAt(now))
      .orderBy('story_versions.published_at', 'desc')
      .limit(limit)
      .execute()
  }
  return (
    db
      .selectFrom('story_versions')
      .select(['story_versions.id', 'story_versions.story_id', 'story_versions.published_at'])
      .where('story_versions.locale', '=', locale)
      .where(publiclyVisibleAt(now))
      // A lookup in story_topics' primary key per story walked, not a list of the topic's thousands of stories.
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('story_topics')
            .select('story_topics.topic_id')
            .whereRef('story_topics.story_id', '=', 'story_versions.story_id')
            .where('story_topics.topic_id', '=', topicId),
        ),
      )
      .orderBy('story_versions.published_at', 'desc')
      .limit(limit)
      .execute()
  )
}
