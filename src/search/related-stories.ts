import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { analyze } from './analysis.js'
import { findHeadlines, findTopicIdsOfStory, newestWithTopic, topicSize } from './related-stories.repository.js'
import type { SearchBackend, SearchHit } from './search-backend.js'

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
  /** Topics with fewer stories are read through their own index (a parameter so tests can take either path). */
  smallTopic = SMALL_TOPIC,
): Promise<SearchHit[]> {
  const topicIds = await findTopicIdsOfStory(db, version.storyId)
  const candidates = new Map<string, Candidate>()
  for (const topicId of topicIds) {
    const size = await topicSize(db, topicId, smallTopic)
    const weight = 1 / Math.log2(2 + size)
    for (const c of await newestWithTopic(db, topicId, version, size < smallTopic, now, PER_TOPIC)) {
      const known = candidates.get(c.id)
      if (known) known.score += weight
      else candidates.set(c.id, { versionId: c.id, publishedAt: c.published_at, score: weight })
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

const rank = (candidates: Candidate[]) =>
  candidates.sort(
    (a, b) => b.score - a.score || (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.versionId.localeCompare(b.versionId),
  )
