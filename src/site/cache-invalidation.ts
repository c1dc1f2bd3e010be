import type { Kysely } from 'kysely'
import { backgroundWork } from '../background-work.js'
import type { DB } from '../db/schema.js'
import type { DomainEvents, EventBus } from '../events.js'
import type { LocaleSettings } from '../shared/locales.js'
import { listedTopicIds } from './cache-tags.js'
import { changeTags, PUBLIC_CHANGES, type PublicChange } from './change-tags.js'
import type { PageCache } from './page-cache.js'

/**
 * Keeps the page cache exact: on each domain event, drops the pages that show what changed and
 * the lists a change can add a story to — and nothing else (change-tags.ts).
 */
export function invalidatePagesOnEvents(deps: {
  events: EventBus
  cache: PageCache
  /** Story pages stored ahead of readers (story-page-parts.tsx): deleted by the same tags. */
  storyPages?: { invalidate(tags: readonly string[]): Promise<void> }
  /** "Read also"'s remembered topic lists (search/topic-lists.ts): forgotten by their topics' list tags. */
  topicLists?: { forget(topicIds: readonly string[]): void }
  db: Kysely<DB>
  site: LocaleSettings
  onError: (err: unknown) => void
}) {
  const { events, cache } = deps
  const work = backgroundWork(deps.onError)
  const tagsOf = changeTags(deps.db, deps.site)
  async function invalidate<E extends PublicChange>(event: E, payload: DomainEvents[E]): Promise<void> {
    const tags = await tagsOf(event, payload)
    if (tags.length === 0) return
    // First: the pages re-rendered for this change (renderChangedStoriesAhead waits for it) read the lists again.
    deps.topicLists?.forget(listedTopicIds(tags))
    cache.invalidate(tags)
    await deps.storyPages?.invalidate(tags)
  }
  for (const event of PUBLIC_CHANGES) events.on(event, (payload) => work.run(() => invalidate(event, payload)))

  /** settled() resolves once every invalidation started so far has been applied. */
  return { settled: work.settled }
}
