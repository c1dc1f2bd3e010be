import type { Kysely } from 'kysely'
import { unpackText } from '../db/packed-text.js'
import type { DB } from '../db/schema.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import { storedRendering } from '../stories/version.repository.js'

/** The stored bodies of these stories in one language (feeds carry each story's full text). */
export async function findBodies(db: Kysely<DB>, storyIds: readonly string[], locale: string) {
  const rows = await db
    .selectFrom('story_versions')
    .select(['story_id', 'locale', 'body', 'body_parts'])
    .where('locale', '=', locale)
    .where('story_id', 'in', storyIds)
    .execute()
  return rows.map((r) => {
    const json = unpackText(r.body)
    return {
      storyId: r.story_id,
      locale: r.locale,
      body: JSON.parse(json) as RichTextDoc,
      renderedBody: storedRendering(r.body_parts, json),
    }
  })
}

/** Bylines and topics of these stories, each in its story's order. */
export async function findStoryLinks(db: Kysely<DB>, storyIds: readonly string[]) {
  const [authors, topics] = await Promise.all([
    db.selectFrom('story_authors').select(['story_id', 'author_id']).where('story_id', 'in', storyIds).orderBy('position').execute(),
    db.selectFrom('story_topics').select(['story_id', 'topic_id']).where('story_id', 'in', storyIds).orderBy('position').execute(),
  ])
  return {
    authorLinks: authors.map((a) => ({ storyId: a.story_id, authorId: a.author_id })),
    topicLinks: topics.map((t) => ({ storyId: t.story_id, topicId: t.topic_id })),
  }
}
