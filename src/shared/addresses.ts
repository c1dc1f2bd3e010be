import type { LocaleSettings } from './locales.js'

/**
 * Public addresses. The default language lives at the root, the others under their code
 * (`/`, `/en`, `/ru`). Story URLs end in the story id so that a slug change never breaks a link.
 */

export const localePrefix = (site: LocaleSettings, locale: string): string => (locale === site.defaultLocale ? '' : `/${locale}`)

export const homePath = (site: LocaleSettings, locale: string): string => localePrefix(site, locale) || '/'

export const storyPath = (site: LocaleSettings, locale: string, slug: string, storyId: string): string =>
  `${localePrefix(site, locale)}/news/${slug}-${storyId}`

/** An address that needs only the id; the site redirects it to the story's canonical URL. */
export const storyIdPath = (site: LocaleSettings, locale: string, storyId: string): string =>
  `${localePrefix(site, locale)}/news/${storyId}`

/**
 * Where readers fetch media files: MEDIA_PUBLIC_URL (a CDN or the bucket's origin) when it is
 * set, else the site itself under /media.
 */
export const mediaRoot = (publicUrl: string | undefined): string => publicUrl ?? '/media'

export const mediaUrl = (root: string, storageKey: string): string => `${root}/${storageKey}`

/** The path word of each topic kind's pages; the same in every language, so links stay predictable. */
export const TOPIC_PATH = { section: 'section', tag: 'tag', person: 'person', organisation: 'organisation', place: 'place' } as const

export const topicPath = (site: LocaleSettings, locale: string, kind: keyof typeof TOPIC_PATH, slug: string): string =>
  `${localePrefix(site, locale)}/${TOPIC_PATH[kind]}/${slug}`

export const authorPath = (site: LocaleSettings, locale: string, slug: string): string => `${localePrefix(site, locale)}/author/${slug}`

/** /archive/2026/11 or /archive/2026/11/24 */
export const archivePath = (site: LocaleSettings, locale: string, year: number, month: number, day?: number): string =>
  `${localePrefix(site, locale)}/archive/${year}/${String(month).padStart(2, '0')}${day ? `/${String(day).padStart(2, '0')}` : ''}`

export const searchPath = (site: LocaleSettings, locale: string): string => `${localePrefix(site, locale)}/search`

export type FeedFormat = 'rss' | 'atom' | 'json'
const FEED_FILE: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' }

/** /feed/rss.xml, /en/feed/atom.xml, /section/politics/feed.json … */
export const feedPath = (site: LocaleSettings, locale: string, format: FeedFormat, sectionSlug?: string): string =>
  `${localePrefix(site, locale)}${sectionSlug ? `/section/${sectionSlug}` : ''}/feed/${FEED_FILE[format]}`

/** Adds `?page=N` for pages after the first. */
export const withPage = (path: string, page: number): string => (page > 1 ? `${path}?page=${page}` : path)

/** A site path made absolute; an address that already is one (media on a CDN) stays as it is. */
export const absoluteUrl = (siteUrl: string, path: string): string => (path.startsWith('/') ? `${siteUrl}${path}` : path)

/** A page's address: /about, /en/about. */
export const pagePath = (site: LocaleSettings, locale: string, slug: string): string => `${localePrefix(site, locale)}/${slug}`

/** First path words the site already answers (and a language's prefix): a page's slug may not be one. */
const SITE_WORDS = ['news', 'archive', 'search', 'author', 'feed', 'sitemaps', 'media', 'newsroom', 'api', 'assets', 'health', 'page']

export const isReservedPageSlug = (site: LocaleSettings, slug: string): boolean =>
  SITE_WORDS.includes(slug) || (Object.values(TOPIC_PATH) as string[]).includes(slug) || site.locales.includes(slug)
