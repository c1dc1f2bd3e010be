import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { Invalid } from '../errors.js'
import { isId } from '../ids.js'
import { findMediaByIds } from '../media/media.repository.js'
import { findAuthorsByIds, findTopicsByIds } from '../taxonomy/taxonomy.repository.js'

export interface StoryReferences {
  sectionId?: string | null
  leadMediaId?: string | null
  topicIds?: readonly string[]
  authorIds?: readonly string[]
}

/**
 * Refuses a story that points at a section, topic, author or image that doesn't exist or is of the
 * wrong kind. A missing one is bad input (400), not a missing resource: the story itself exists.
 */
export async function checkStoryReferences(db: Kysely<DB>, refs: StoryReferences): Promise<void> {
  const topicIds = [...new Set(refs.topicIds ?? [])]
  const authorIds = [...new Set(refs.authorIds ?? [])]
  if (topicIds.length !== (refs.topicIds?.length ?? 0)) throw new Invalid('invalid_input', { fields: 'topicIds' })
  if (authorIds.length !== (refs.authorIds?.length ?? 0)) throw new Invalid('invalid_input', { fields: 'authorIds' })
  const wanted = refs.sectionId ? [refs.sectionId, ...topicIds] : topicIds
  for (const id of [...wanted, ...authorIds]) if (!isId(id)) throw new Invalid('invalid_input', { fields: 'ids' })

  const topics = await findTopicsByIds(db, wanted)
  for (const id of wanted) {
    const topic = topics.find((t) => t.id === id)
    if (!topic) throw new Invalid('topic_not_found', { id })
    const isSection = id === refs.sectionId
    if (isSection && topic.kind !== 'section') throw new Invalid('topic_kind_mismatch', { id, actual: topic.kind, expected: 'section' })
    if (!isSection && topic.kind === 'section') throw new Invalid('topic_kind_mismatch', { id, actual: 'section', expected: 'tag' })
  }
  const authors = await findAuthorsByIds(db, authorIds)
  for (const id of authorIds) if (!authors.some((a) => a.id === id)) throw new Invalid('author_not_found', { id })
  if (refs.leadMediaId) {
    if (!isId(refs.leadMediaId) || (await findMediaByIds(db, [refs.leadMediaId])).length === 0) {
      throw new Invalid('media_not_found', { id: refs.leadMediaId })
    }
  }
}
