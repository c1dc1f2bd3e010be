import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { DomainEvents, EventName } from '../events.js'
import type { LocaleSettings } from '../shared/locales.js'
import { findStory } from '../stories/story.repository.js'
import { findTopicsByIds } from '../taxonomy/taxonomy.repository.js'
import { tag } from './cache-tags.js'
import { findVersionStatus } from './public.repository.js'

const NONE_LEFT: { topicIds: string[]; authorIds: string[] } = { topicIds: [], authorIds: [] }

/** The events that can change what readers see; the others (a new draft, a new picture) change no public page. */
export const PUBLIC_CHANGES = [
  'story.published',
  'story.unpublished',
  'stories.imported',
  'story.updated',
  'topic.updated',
  'author.updated',
  'media.updated',
] as const satisfies readonly EventName[]
export type PublicChange = (typeof PUBLIC_CHANGES)[number]

/**
 * The cache tags a change makes stale: the pages that show what changed, and the lists a change
 * can add a story to — nothing else. The page cache drops them in every process; a CDN purger
 * sends them to the CDN once (cdn/).
 */
export function changeTags(db: Kysely<DB>, site: LocaleSettings) {
  /** A story went live, was withdrawn or changed: its page, and every list it belongs to in those languages. */
  async function storyTags(storyId: string, locale: string | null, left = NONE_LEFT): Promise<string[]> {
    const story = await findStory(db, storyId)
    const locales = locale ? [locale] : site.locales
    return [
      tag.story(storyId),
      ...locales.map((l) => tag.storyIn(storyId, l)),
      tag.sitemap,
      ...locales.flatMap((l) => [tag.home(l), tag.feed(l), tag.archive(l)]),
      ...(story?.sectionId ? [tag.topicList(story.sectionId)] : []),
      ...(story?.topicIds ?? []).map(tag.topicList),
      ...(story?.authorIds ?? []).map(tag.authorList),
      ...left.topicIds.map(tag.topicList),
      ...left.authorIds.map(tag.authorList),
      // A page (About us) is listed in the footer of every page.
      ...(story?.kind === 'page' ? [tag.nav] : []),
    ]
  }

  return async function tagsOf<E extends PublicChange>(event: E, payload: DomainEvents[E]): Promise<string[]> {
    switch (event) {
      case 'story.published':
      case 'story.unpublished': {
        const p = payload as DomainEvents['story.published']
        return storyTags(p.storyId, p.locale)
      }
      case 'stories.imported': {
        const tags: string[] = []
        for (const id of (payload as DomainEvents['stories.imported']).storyIds) tags.push(...(await storyTags(id, null)))
        return [...new Set(tags)]
      }
      case 'story.updated': {
        const { storyId, locale, leftListIds } = payload as DomainEvents['story.updated']
        // Edits to a version readers can't see change no public page; shared fields (locale null) may change all.
        if (locale && (await findVersionStatus(db, storyId, locale)) !== 'published') return []
        return storyTags(storyId, locale, leftListIds)
      }
      case 'topic.updated': {
        const { topicId } = payload as DomainEvents['topic.updated']
        const [topic] = await findTopicsByIds(db, [topicId])
        return [tag.topic(topicId), tag.topicList(topicId), tag.sitemap, ...(topic?.kind === 'section' ? [tag.nav] : [])]
      }
      case 'author.updated': {
        const { authorId } = payload as DomainEvents['author.updated']
        return [tag.author(authorId), tag.authorList(authorId), tag.sitemap]
      }
      case 'media.updated':
        return [tag.media((payload as DomainEvents['media.updated']).mediaId)]
    }
    return []
  }
}

export type TagsOfChange = ReturnType<typeof changeTags>
