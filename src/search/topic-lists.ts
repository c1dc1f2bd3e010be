/**
 * "Read also" (related-stories.ts) reads each shared topic's newest public stories in the page's
 * language, and that list is the same for every story carrying the topic. Rendering an archive's
 * pages ahead (decision 017) asks for the same few thousand lists (topics × languages) hundreds of
 * thousands of times: on PostgreSQL at 100,000 stories a read cost ~10 ms (600–1,700 index
 * probes), three quarters of a page's render, and the walk managed ~20 pages a second.
 *
 * So a server remembers them, and forgets a topic's lists exactly when a change could alter them:
 * a change whose cache tags name the topic's lists (site/change-tags.ts: a story published,
 * withdrawn or edited with the topic, or leaving it; the topic itself changed), every process on
 * the database alike (the change fan-out), all of them when changes may have been missed, and
 * after TTL_MS, as an embargo lifting makes no event (time only ever adds stories to a list).
 * A read that raced a change is not remembered.
 */

/** A topic's size (counted up to related-stories.ts's threshold) and its newest public versions in one language. */
export interface TopicList {
  size: number
  newest: { id: string; storyId: string; publishedAt: string | null }[]
}

const TTL_MS = 60_000
/** ~1 KB each: topics × languages of a large site. */
const MAX_ENTRIES = 20_000

export function createTopicLists(now: () => number) {
  const entries = new Map<string, { topicId: string; locale: string; list: TopicList; at: number }>()
  /** The languages each topic has a list in: a change forgets those, not a walk over every entry. */
  const localesOf = new Map<string, Set<string>>()
  let generation = 0
  let clearedAt = 0
  /** The generation at which each topic's lists were last forgotten. */
  const forgotten = new Map<string, number>()
  const key = (topicId: string, locale: string) => `${topicId}\u0000${locale}`

  /** Changes may have been missed (the change listener reconnected): forget everything. */
  function clear(): void {
    generation++
    clearedAt = generation
    entries.clear()
    localesOf.clear()
    forgotten.clear()
  }

  function drop(topicId: string, locale: string): void {
    entries.delete(key(topicId, locale))
    const locales = localesOf.get(topicId)
    locales?.delete(locale)
    if (locales?.size === 0) localesOf.delete(topicId)
  }

  return {
    get(topicId: string, locale: string): TopicList | undefined {
      const entry = entries.get(key(topicId, locale))
      if (!entry) return undefined
      if (now() - entry.at < TTL_MS) return entry.list
      drop(topicId, locale)
      return undefined
    },

    /** Marks the start of a read: pass it to set(), so a read that raced a change is not kept. */
    begin: (): number => generation,

    set(topicId: string, locale: string, list: TopicList, startedAt: number): void {
      if (startedAt < clearedAt || (forgotten.get(topicId) ?? -1) > startedAt) return
      const k = key(topicId, locale)
      entries.delete(k) // re-inserted last: the oldest entries go first when full
      entries.set(k, { topicId, locale, list, at: now() })
      const locales = localesOf.get(topicId)
      if (locales) locales.add(locale)
      else localesOf.set(topicId, new Set([locale]))
      for (const oldest of entries.values()) {
        if (entries.size <= MAX_ENTRIES) break
        drop(oldest.topicId, oldest.locale)
      }
    },

    /** A change to these topics' lists: forgotten in every language. */
    forget(topicIds: Iterable<string>): void {
      generation++
      const ids = new Set(topicIds)
      for (const id of ids) {
        forgotten.set(id, generation)
        for (const locale of localesOf.get(id) ?? []) drop(id, locale)
      }
      if (forgotten.size > MAX_ENTRIES) clear() // bounded: forgetting everything is always exact
    },

    clear,
  }
}

export type TopicLists = ReturnType<typeof createTopicLists>
