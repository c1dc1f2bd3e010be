import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { findMediaByIds } from '../media/media.repository.js'
import { assembleBody, linkedStoryIds } from '../richtext/rendered-body.js'
import { absoluteUrl, mediaUrl, storyPath } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import { bodyAddresses } from '../site/internal-links.js'
import { findPublicLinkTargets, listStories } from '../site/public.repository.js'
import { shareImage } from '../site/seo.js'
import { readerBody } from '../stories/rendered-bodies.js'
import { findAuthorsByIds, findTopicsByIds } from '../taxonomy/taxonomy.repository.js'
import { findBodies, findStoryLinks } from './feed.repository.js'

export const FEED_SIZE = 50

/** One story as every feed format needs it, in one language, with absolute URLs. */
export interface FeedItem {
  id: string
  url: string
  title: string
  summary: string
  contentHtml: string
  /** Stories the body links to: the feed is cached under their tags, so a new slug reaches it. */
  linkedStoryIds: string[]
  publishedAt: string
  updatedAt: string
  authors: string[]
  categories: string[]
  image?: { url: string; type: string; width: number; height: number }
}

/** The newest published stories of a language (and section), ready for RSS, Atom and JSON Feed. */
export async function loadFeedItems(
  db: Kysely<DB>,
  site: LocaleSettings,
  siteUrl: string,
  mediaRoot: string,
  q: { locale: string; now: string; sectionId?: string },
): Promise<FeedItem[]> {
  const { items: cards } = await listStories(db, {
    locale: q.locale,
    now: q.now,
    page: 1,
    perPage: FEED_SIZE,
    ...(q.sectionId && { sectionId: q.sectionId }),
  })
  if (cards.length === 0) return []
  const storyIds = cards.map((c) => c.storyId)
  const [stored, { authorLinks, topicLinks }] = await Promise.all([findBodies(db, storyIds, q.locale), findStoryLinks(db, storyIds)])
  const bodies = await Promise.all(stored.map(async (b) => ({ storyId: b.storyId, body: await readerBody(db, b) })))
  const [targets, authors, topics, media] = await Promise.all([
    findPublicLinkTargets(db, [...new Set(bodies.flatMap((b) => linkedStoryIds(b.body)))], q.now),
    findAuthorsByIds(db, [...new Set(authorLinks.map((a) => a.authorId))]),
    findTopicsByIds(db, [
      ...new Set([...topicLinks.map((t) => t.topicId), ...cards.map((c) => c.sectionId).filter((id): id is string => Boolean(id))]),
    ]),
    findMediaByIds(
      db,
      cards.map((c) => c.leadMediaId).filter((id): id is string => Boolean(id)),
    ),
  ])
  const nameOf = (names: Record<string, { name: string }> | undefined) => names?.[q.locale]?.name
  return cards.map((card) => {
    const body = bodies.find((b) => b.storyId === card.storyId)?.body ?? []
    const picture = media.find((m) => m.id === card.leadMediaId)
    const share = picture && shareImage(picture)
    const image = share && { ...share, url: absoluteUrl(siteUrl, mediaUrl(mediaRoot, share.key)) }
    const section = topics.find((t) => t.id === card.sectionId)
    return {
      id: card.storyId,
      url: absoluteUrl(siteUrl, storyPath(site, q.locale, card.slug, card.storyId)),
      title: card.headline,
      summary: card.lead,
      contentHtml: assembleBody(body, bodyAddresses(site, q.locale, targets, { siteUrl, mediaRoot })),
      linkedStoryIds: linkedStoryIds(body),
      publishedAt: card.publishedAt,
      updatedAt: card.updatedAt > card.publishedAt ? card.updatedAt : card.publishedAt,
      authors: authorLinks
        .filter((a) => a.storyId === card.storyId)
        .map((a) => nameOf(authors.find((x) => x.id === a.authorId)?.names))
        .filter((n): n is string => Boolean(n)),
      categories: [section, ...topicLinks.filter((t) => t.storyId === card.storyId).map((t) => topics.find((x) => x.id === t.topicId))]
        .map((t) => nameOf(t?.names))
        .filter((n): n is string => Boolean(n)),
      ...(image && { image: { url: image.url, type: 'image/jpeg', width: image.width, height: image.height } }),
    }
  })
}
