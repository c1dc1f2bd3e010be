import type { TagHeader } from '../config.integrations.js'
import type { StoryCard } from './public.repository.js'

/**
 * Names for what a cached page shows. A change drops exactly the pages carrying its tags
 * (see cache-invalidation.ts); CDNs get the same names as Surrogate-Key / Cache-Tag.
 */
export const tag = {
  /** Pages that depend on a story in every language: its own pages (the switcher links them all) and bodies linking to it. */
  story: (id: string) => `story:${id}`,
  /** Pages showing one language version of a story in a list. */
  storyIn: (id: string, locale: string) => `story:${id}:${locale}`,
  /** Pages showing a topic's name. */
  topic: (id: string) => `topic:${id}`,
  /** Lists of a topic's stories (section, tag, person… pages and section feeds). */
  topicList: (id: string) => `topic-list:${id}`,
  author: (id: string) => `author:${id}`,
  authorList: (id: string) => `author-list:${id}`,
  media: (id: string) => `media:${id}`,
  home: (locale: string) => `home:${locale}`,
  feed: (locale: string) => `feed:${locale}`,
  archive: (locale: string) => `archive:${locale}`,
  sitemap: 'sitemap',
  /** The sections menu every page shows. */
  nav: 'nav',
}

/** The topics whose lists of stories these tags name (tag.topicList). */
export const listedTopicIds = (tags: readonly string[]): string[] =>
  tags.filter((t) => t.startsWith('topic-list:')).map((t) => t.slice('topic-list:'.length))

/** Tags for a list of story cards: each story, and each picture shown. */
export const cardTags = (cards: StoryCard[]): string[] => [
  ...cards.map((c) => tag.storyIn(c.storyId, c.locale)),
  ...cards.flatMap((c) => (c.leadMediaId ? [tag.media(c.leadMediaId)] : [])),
]

export const uniqueTags = (tags: string[]): string[] => [...new Set(tags)]

/**
 * The headers naming a response's tags for a cache in front that purges by them (config
 * CACHE_TAG_HEADERS): Surrogate-Key space-separated (Fastly, Varnish's xkey), Cache-Tag
 * comma-separated (Cloudflare). None for a response without tags.
 */
export function tagHeaders(tags: readonly string[], names: readonly TagHeader[]): Record<string, string> {
  const headers: Record<string, string> = {}
  if (tags.length > 0) for (const name of names) headers[name] = tags.join(name === 'surrogate-key' ? ' ' : ',')
  return headers
}
