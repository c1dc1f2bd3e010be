import type { Kysely } from 'kysely'
import { backgroundWork } from '../background-work.js'
import type { DB } from '../db/schema.js'
import type { EventBus } from '../events.js'
import type { LocaleSettings } from '../shared/locales.js'
import { findStory } from '../stories/story.repository.js'
import { findTopicsByIds } from '../taxonomy/taxonomy.repository.js'
import { tag } from './cache-tags.js'
import type { PageCache } from './page-cache.js'
import { findVersionStatus } from './public.repository.js'

const NONE_LEFT: { topicIds: string[]; authorIds: string[] } = { topicIds: [], authorIds: [] }

/**
 * Keeps the page cache exact: on each domain event, drops the pages that show what changed and
 * the lists a change can add a story to — and nothing else.
 */
export function invalidatePagesOnEvents(deps: {
  events: EventBus
  cache: PageCache
  /** Story pages stored ahead of readers (story-page-parts.tsx): deleted by the same tags. */
  storyPages?: { invalidate(tags: readonly string[]): Promise<void> }
  db: Kysely<DB>
  site: LocaleSettings
  onError: (err: unknown) => void
}) {
  const { events, cache, db, site } = deps
  const work = backgroundWork(deps.onError)
  const run = work.run
  async function invalidate(tags: string[]): Promise<void> {
    cache.invalidate(tags)
    await deps.storyPages?.invalidate(tags)
  }

  /** A story went live, was withdrawn or changed: its page, and every list it belongs to in those languages. */
  async function dropStory(storyId: string, locale: string | null, left: { topicIds: string[]; authorIds: string[] } = NONE_LEFT) {
    const story = await findStory(db, storyId)
    const locales = locale ? [locale] : site.locales
    await invalidate([
      tag.story(storyId),
      ...locales.map((l) => tag.storyIn(storyId, l)),
      tag.sitemap,
      ...locales.flatMap((l) => [tag.home(l), tag.feed(l), tag.archive(l)]),
      ...(story?.sectionId ? [tag.topicList(story.sectionId)] : []),
      ...(story?.topicIds ?? []).map(tag.topicList),
      ...(story?.authorIds ?? []).map(tag.authorList),
      ...left.topicIds.map(tag.topicList),
      ...left.authorIds.map(tag.authorList),
    ])
  }

  events.on('story.published', ({ storyId, locale }) => run(() => dropStory(storyId, locale)))
  events.on('story.unpublished', ({ storyId, locale }) => run(() => dropStory(storyId, locale)))
  events.on('stories.imported', ({ storyIds }) =>
    run(async () => {
      for (const id of storyIds) await dropStory(id, null)
    }),
  )
  events.on('story.updated', ({ storyId, locale, leftListIds }) =>
    run(async () => {
      // Edits to a version readers can't see change no public page; shared fields (locale null) may change all.
      if (locale) {
        if ((await findVersionStatus(db, storyId, locale)) !== 'published') return
      }
      await dropStory(storyId, locale, leftListIds)
    }),
  )
  events.on('topic.updated', ({ topicId }) =>
    run(async () => {
      const [topic] = await findTopicsByIds(db, [topicId])
      await invalidate([tag.topic(topicId), tag.topicList(topicId), tag.sitemap, ...(topic?.kind === 'section' ? [tag.nav] : [])])
    }),
  )
  events.on('author.updated', ({ authorId }) => run(() => invalidate([tag.author(authorId), tag.authorList(authorId), tag.sitemap])))
  events.on('media.updated', ({ mediaId }) => run(() => invalidate([tag.media(mediaId)])))

  /** settled() resolves once every invalidation started so far has been applied. */
  return { settled: work.settled }
}
