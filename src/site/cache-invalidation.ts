import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { EventBus } from '../events.js'
import type { LocaleSettings } from '../shared/locales.js'
import { tag } from './cache-tags.js'
import type { PageCache } from './page-cache.js'

const NONE_LEFT: { topicIds: string[]; authorIds: string[] } = { topicIds: [], authorIds: [] }

/**
 * Keeps the page cache exact: on each domain event, drops the pages that show what changed and
 * the lists a change can add a story to — and nothing else.
 */
export function invalidatePagesOnEvents(deps: {
  events: EventBus
  cache: PageCache
  db: Kysely<DB>
  site: LocaleSettings
  onError: (err: unknown) => void
}) {
  const { events, cache, db, site, onError } = deps
  const pending = new Set<Promise<unknown>>()
  const run = (work: () => Promise<unknown>) => {
    const p = work()
      .catch(onError)
      .finally(() => pending.delete(p))
    pending.add(p)
  }

  /** A story went live, was withdrawn or changed: its page, and every list it belongs to in those languages. */
  async function dropStory(storyId: string, locale: string | null, left: { topicIds: string[]; authorIds: string[] } = NONE_LEFT) {
    const [story, topics, authors] = await Promise.all([
      db.selectFrom('stories').select('section_id').where('id', '=', storyId).executeTakeFirst(),
      db.selectFrom('story_topics').select('topic_id').where('story_id', '=', storyId).execute(),
      db.selectFrom('story_authors').select('author_id').where('story_id', '=', storyId).execute(),
    ])
    const locales = locale ? [locale] : site.locales
    cache.invalidate([
      tag.story(storyId),
      ...locales.map((l) => tag.storyIn(storyId, l)),
      tag.sitemap,
      ...locales.flatMap((l) => [tag.home(l), tag.feed(l), tag.archive(l)]),
      ...(story?.section_id ? [tag.topicList(story.section_id)] : []),
      ...topics.map((t) => tag.topicList(t.topic_id)),
      ...authors.map((a) => tag.authorList(a.author_id)),
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
        const v = await db
          .selectFrom('story_versions')
          .select('status')
          .where('story_id', '=', storyId)
          .where('locale', '=', locale)
          .executeTakeFirst()
        if (v?.status !== 'published') return
      }
      await dropStory(storyId, locale, leftListIds)
    }),
  )
  events.on('topic.updated', ({ topicId }) =>
    run(async () => {
      const topic = await db.selectFrom('topics').select('kind').where('id', '=', topicId).executeTakeFirst()
      cache.invalidate([tag.topic(topicId), tag.topicList(topicId), tag.sitemap, ...(topic?.kind === 'section' ? [tag.nav] : [])])
    }),
  )
  events.on('author.updated', ({ authorId }) =>
    run(async () => cache.invalidate([tag.author(authorId), tag.authorList(authorId), tag.sitemap])),
  )
  events.on('media.updated', ({ mediaId }) => run(async () => cache.invalidate([tag.media(mediaId)])))

  return {
    /** Resolves once every invalidation started so far has been applied. */
    async settled(): Promise<void> {
      while (pending.size) await Promise.all([...pending])
    },
  }
}
