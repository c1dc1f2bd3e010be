import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { analyze } from './analysis.js'
import { findHeadlines, findTopicIdsOfStory, newestWithTopic, topicSize } from './related-stories.repository.js'
import type { SearchBackend, SearchHit } from './search-backend.js'
import type { TopicList, TopicLists } from './topic-lists.js'

/** Stories read from each shared topic: the newest ones, so "read also" stays current. */
const PER_TOPIC = 12 // enough to fill four cards from two or three shared topics
/** Below this many stories a topic is read whole through its own index; above, by walking the newest stories. */
const SMALL_TOPIC = 1500
/** What one shared headline word is worth next to sharing a topic of SMALL_TOPIC stories (weight ≈ 0.1). */
const HEADLINE_WORD = 0.08

interface Candidate {
  versionId: string
  publishedAt: string | null
  score: number
}

/** Only this many of the best candidates by topic have their headlines compared (a row read each). */
const HEADLINE_CHECKS = 3

/**
 * "Read also": published stories in the same language most like this version. Each shared
 * topic (section aside: it is too broad to say two stories are alike) brings its newest
 * stories, weighted so that a rare topic counts more than a common one; shared words of the
 * headline add to that; newer first at equal likeness. When topics give too few, a search for
 * the headline's words fills in. The cost stays bounded however large a topic grows, which the
 * search index's ranking of every story sharing a word or topic was not (47 ms a page at 2,000
 * stories, far more at 100,000).
 */
export async function findRelatedStories(
  db: Kysely<DB>,
  backend: SearchBackend,
  version: { id: string; storyId: string; locale: string; headline: string },
  limit: number,
  now: string,
  options: {
    /** Topics with fewer stories are read through their own index (an option so tests can take either path). */
    smallTopic?: number
    /** Topics' lists remembered between calls (topic-lists.ts): a server's, which forgets them on changes. */
    lists?: TopicLists
  } = {},
): Promise<SearchHit[]> {
  const topicIds = await findTopicIdsOfStory(db, version.storyId)
  const candidates = new Map<string, Candidate>()
  for (const topicId of topicIds) {
    const { size, newest } = await topicList(db, topicId, version.locale, now, options)
    const weight = 1 / Math.log2(2 + size)
    for (const c of newest.filter((c) => c.storyId !== version.storyId).slice(0, PER_TOPIC)) {
      const known = candidates.get(c.id)
      if (known) known.score += weight
      else candidates.set(c.id, { versionId: c.id, publishedAt: c.publishedAt, score: weight })
    }
  }
  const words = new Set(analyze(version.headline, version.locale))
  const best = rank([...candidates.values()]).slice(0, limit * HEADLINE_CHECKS)
  if (best.length > 0 && words.size > 0) {
    const headlines = await findHeadlines(
      db,
      best.map((c) => c.versionId),
    )
    for (const h of headlines) {
      const c = candidates.get(h.id) as Candidate
      for (const term of new Set(analyze(h.headline, version.locale))) if (words.has(term)) c.score += HEADLINE_WORD
    }
  }
  const ranked = rank(best)
    .slice(0, limit)
    .map((c) => ({ versionId: c.versionId, score: c.score }))
  if (ranked.length >= limit || words.size === 0) return ranked

  const more = await backend.search(
    db,
    { any: [...words].slice(0, 12) },
    { locales: [version.locale], visibleAt: now, exceptStoryId: version.storyId },
    { now, limit, offset: 0 },
  )
  const seen = new Set(ranked.map((r) => r.versionId))
  return [...ranked, ...more.filter((m) => !seen.has(m.versionId))].slice(0, limit)
}

/** A topic's size and newest stories in a language: remembered, or read (one more than needed: the page's own story may be among them). */
async function topicList(
  db: Kysely<DB>,
  topicId: string,
  locale: string,
  now: string,
  { smallTopic = SMALL_TOPIC, lists }: { smallTopic?: number; lists?: TopicLists },
): Promise<TopicList> {
  const known = lists?.get(topicId, locale)
  if (known) return known
  const startedAt = lists?.begin() ?? 0
  const size = await topicSize(db, topicId, smallTopic)
  const rows = await newestWithTopic(db, topicId, locale, size < smallTopic, now, PER_TOPIC + 1)
  const list = { size, newest: rows.map((r) => ({ id: r.id, storyId: r.story_id, publishedAt: r.published_at })) }
  lists?.set(topicId, locale, list, startedAt)
  return list
}

const rank = (candidates: Candidate[]) =>
  candidates.sort(
    (a, b) => b.score - a.score || (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.versionId.localeCompare(b.versionId),
  )
