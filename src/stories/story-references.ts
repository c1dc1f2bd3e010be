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
  await checkReferencesOfStories(db, [refs])
}

/** The same checks for many stories, with one read of each kind of thing they name (the bulk import). */
export async function checkReferencesOfStories(db: Kysely<DB>, all: readonly StoryReferences[]): Promise<void> {
  for (const refs of all) {
    const topicIds = new Set(refs.topicIds ?? [])
    const authorIds = new Set(refs.authorIds ?? [])
    if (topicIds.size !== (refs.topicIds?.length ?? 0)) throw new Invalid('invalid_input', { fields: 'topicIds' })
    if (authorIds.size !== (refs.authorIds?.length ?? 0)) throw new Invalid('invalid_input', { fields: 'authorIds' })
    for (const id of [...(refs.sectionId ? [refs.sectionId] : []), ...topicIds, ...authorIds])
      if (!isId(id)) throw new Invalid('invalid_input', { fields: 'ids' })
    if (refs.leadMediaId && !isId(refs.leadMediaId)) throw new Invalid('media_not_found', { id: refs.leadMediaId })
  }
  const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))]
  const [topics, authors, media] = await Promise.all([
    findTopicsByIds(db, unique(all.flatMap((r) => [r.sectionId, ...(r.topicIds ?? [])]))),
    findAuthorsByIds(db, unique(all.flatMap((r) => [...(r.authorIds ?? [])]))),
    findMediaByIds(db, unique(all.map((r) => r.leadMediaId))),
  ])
  const kindOf = new Map(topics.map((t) => [t.id, t.kind]))
  const authorSet = new Set(authors.map((a) => a.id))
  const mediaSet = new Set(media.map((m) => m.id))
  for (const refs of all) {
    for (const id of [...(refs.sectionId ? [refs.sectionId] : []), ...(refs.topicIds ?? [])]) {
      const kind = kindOf.get(id)
      if (!kind) throw new Invalid('topic_not_found', { id })
      const isSection = id === refs.sectionId
      if (isSection && kind !== 'section') throw new Invalid('topic_kind_mismatch', { id, actual: kind, expected: 'section' })
      if (!isSection && kind === 'section') throw new Invalid('topic_kind_mismatch', { id, actual: 'section', expected: 'tag' })
    }
    for (const id of refs.authorIds ?? []) if (!authorSet.has(id)) throw new Invalid('author_not_found', { id })
    if (refs.leadMediaId && !mediaSet.has(refs.leadMediaId)) throw new Invalid('media_not_found', { id: refs.leadMediaId })
  }
}
