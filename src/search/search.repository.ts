import type { Kysely } from 'kysely'
import { type PackedText, unpackJson } from '../db/packed-text.js'
import type { DB } from '../db/schema.js'
import { plainText } from '../richtext/plain-text.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import { ofStories } from '../stories/story.repository.js'

/** Migration 0013's table: a story whose index documents are behind its rows, added by triggers. */
type QueueTables = { search_queue: { seq: number; story_id: string } }
const queue = (db: Kysely<DB>) => db.withTables<QueueTables>()

/** The oldest `limit` rows of the search queue. */
export async function findQueued(db: Kysely<DB>, limit: number): Promise<{ seq: number; story_id: string }[]> {
  return queue(db).selectFrom('search_queue').select(['seq', 'story_id']).orderBy('seq').limit(limit).execute()
}

/** The queue's rows for these stories. */
export async function findQueuedFor(db: Kysely<DB>, storyIds: readonly string[]): Promise<{ seq: number }[]> {
  if (storyIds.length === 0) return []
  return queue(db).selectFrom('search_queue').select('seq').where('story_id', 'in', storyIds).execute()
}

export async function dequeue(db: Kysely<DB>, seqs: readonly number[]): Promise<void> {
  if (seqs.length === 0) return
  await queue(db).deleteFrom('search_queue').where('seq', 'in', seqs).execute()
}

/** What the index needs of each version of these stories, their topics and sections. */
export async function findIndexSources(db: Kysely<DB>, storyIds: readonly string[]) {
  const [versions, topics, sections] = await Promise.all([
    db
      .selectFrom('story_versions')
      .select(['id', 'story_id', 'locale', 'status', 'headline', 'lead', 'body', 'published_at', 'embargo_until', 'updated_at'])
      .where('story_id', 'in', storyIds)
      // Pages (About us, Contacts) are found in the footer, not in search.
      .where(ofStories)
      .execute()
      .then((rows) => rows.map(({ body, ...r }) => ({ ...r, body_text: bodyText(body) }))),
    db.selectFrom('story_topics').select(['story_id', 'topic_id']).where('story_id', 'in', storyIds).execute(),
    db.selectFrom('stories').select(['id', 'section_id']).where('id', 'in', storyIds).execute(),
  ])
  return { versions, topics, sections }
}

/**
 * Puts every story in the search queue (one statement), oldest first by its versions' time;
 * returns how many. Drained in that order, an index rebuilt from nothing is laid out as one
 * that grew with the site: a month's documents side by side. PostgreSQL reads each match of a
 * search from the table, and in story id order (random) a month's matches lay one to a page
 * across the whole table.
 */
export async function queueEveryStory(db: Kysely<DB>): Promise<number> {
  const result = await queue(db)
    .insertInto('search_queue')
    .columns(['story_id'])
    .expression(
      db
        .selectFrom('stories as s')
        .select('s.id')
        .orderBy((eb) =>
          eb
            .selectFrom('story_versions as v')
            .select((v) => v.fn.max(v.fn.coalesce('v.published_at', 'v.updated_at')).as('at'))
            .whereRef('v.story_id', '=', 's.id'),
        )
        .orderBy('s.id'),
    )
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0)
}

/** The queue's rows after `afterSeq`, in order: a rebuild's walk through what queueEveryStory queued. */
export async function findQueuedAfter(db: Kysely<DB>, afterSeq: number, limit: number): Promise<{ seq: number; story_id: string }[]> {
  return queue(db).selectFrom('search_queue').select(['seq', 'story_id']).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute()
}

export async function countStories(db: Kysely<DB>): Promise<number> {
  const { count } = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow()
  return Number(count)
}

/** Story ids in id order after `after`, a batch at a time. */
export async function listStoryIdsAfter(db: Kysely<DB>, after: string, limit: number): Promise<string[]> {
  return (await db.selectFrom('stories').select('id').where('id', '>', after).orderBy('id').limit(limit).execute()).map((r) => r.id)
}

/** The versions search hits show; the body text (large) only when a passage must be cut from it. */
export async function findHitVersions(db: Kysely<DB>, versionIds: readonly string[]) {
  return db
    .selectFrom('story_versions')
    .select(['id', 'story_id', 'locale', 'status', 'headline', 'slug', 'lead', 'published_at', 'updated_at'])
    .where('id', 'in', versionIds)
    .execute()
}

/** The plain text of versions' bodies (long: made from the rich text): read only for hits whose lead shows no match. */
export async function findBodyTexts(db: Kysely<DB>, versionIds: readonly string[]): Promise<Map<string, string>> {
  if (versionIds.length === 0) return new Map()
  const rows = await db.selectFrom('story_versions').select(['id', 'body']).where('id', 'in', versionIds).execute()
  return new Map(rows.map((r) => [r.id, bodyText(r.body)]))
}

/** A stored body's words: what search indexes and cuts passages from (not stored since migration 0022). */
const bodyText = (stored: PackedText): string => plainText(unpackJson(stored) as RichTextDoc)

export async function findVersionHeadline(db: Kysely<DB>, versionId: string) {
  return db.selectFrom('story_versions').select(['id', 'story_id', 'locale', 'headline']).where('id', '=', versionId).executeTakeFirst()
}
