import type { FastifyPluginAsync } from 'fastify'
import { toTimestamp } from '../db/time.js'
import {
  absoluteUrl,
  authorPath,
  type FeedFormat,
  feedPath,
  homePath,
  localePrefix,
  pagePath,
  storyPath,
  topicPath,
} from '../shared/addresses.js'
import { archiveRange } from '../site/archive-range.js'
import { tag } from '../site/cache-tags.js'
import { createPageServer, type PageOutcome } from '../site/serve-page.js'
import type { SiteOptions } from '../site/site.routes.js'
import { stringsFor } from '../site/strings.js'
import { findTopicIdBySlug, findTopicsByIds } from '../taxonomy/taxonomy.repository.js'
import type { TopicKind } from '../taxonomy/taxonomy.types.js'
import { loadFeedItems } from './feed.data.js'
import { atom, type FeedInfo, jsonFeed, rss } from './feed.formats.js'
import { type SitemapUrl, sitemapIndex, urlset } from './sitemap.formats.js'
import {
  listMonthStories,
  listPublicPages,
  listRecentStories,
  listStoryMonths,
  listTopicPages,
  type SitemapVersion,
} from './sitemap.repository.js'

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}
const FILES: [string, FeedFormat][] = [
  ['rss.xml', 'rss'],
  ['atom.xml', 'atom'],
  ['feed.json', 'json'],
]
const XML = 'application/xml; charset=utf-8'
const NEWS_WINDOW_MS = 48 * 3_600_000
const NEWS_MAX = 1000
const FEED_MAX_AGE = 300
/** The news sitemap's 48-hour window moves with the clock, so it leaves memory after five minutes. */
const NEWS_TTL_SECONDS = 300

const ok = (contentType: string, body: string, tags: string[], ttlSeconds?: number): PageOutcome => ({
  status: 200,
  contentType,
  body,
  tags,
  maxAge: FEED_MAX_AGE,
  ...(ttlSeconds && { ttlSeconds }),
})

/** RSS, Atom and JSON Feed per language and section; XML sitemaps with hreflang; robots.txt. */
export const feedRoutes: FastifyPluginAsync<SiteOptions> = async (app, options) => {
  const { db, site, siteUrl, mediaRoot, clock, assets, cache, pages } = options
  const now = () => toTimestamp(clock())
  const abs = (path: string) => absoluteUrl(siteUrl, path)
  const serve = createPageServer(cache, () => clock().getTime(), options.redirects)
  const storyTags = (items: { id: string; linkedStoryIds: string[] }[], locale: string) => [
    ...items.map((i) => tag.storyIn(i.id, locale)),
    ...new Set(items.flatMap((i) => i.linkedStoryIds).map(tag.story)),
  ]
  const format = (f: FeedFormat, info: FeedInfo, items: Awaited<ReturnType<typeof loadFeedItems>>) =>
    f === 'rss' ? rss(info, items) : f === 'atom' ? atom(info, items) : jsonFeed(info, items)

  for (const locale of site.locales) {
    const prefix = localePrefix(site, locale)
    const s = stringsFor(locale)
    for (const [file, f] of FILES) {
      app.get(`${prefix}/feed/${file}`, (req, reply) =>
        serve(req, reply, async () => {
          const t = now()
          const items = await loadFeedItems(db, site, siteUrl, mediaRoot, { locale, now: t })
          const info: FeedInfo = {
            title: s.siteName,
            description: s.tagline,
            homeUrl: abs(homePath(site, locale)),
            selfUrl: abs(feedPath(site, locale, f)),
            language: locale,
            iconUrl: abs(assets.logo.path),
            updatedAt: items[0]?.updatedAt ?? t,
          }
          return ok(CONTENT_TYPE[f], format(f, info, items), [tag.feed(locale), ...storyTags(items, locale)])
        }),
      )
      app.get<{ Params: { slug: string } }>(`${prefix}/section/:slug/feed/${file}`, (req, reply) =>
        serve(req, reply, async () => {
          const sectionId = await findTopicIdBySlug(db, 'section', locale, req.params.slug)
          const [section] = sectionId ? await findTopicsByIds(db, [sectionId]) : []
          const names = section?.names[locale]
          if (!section || !names) return pages.notFound(locale, req.url)
          const t = now()
          const items = await loadFeedItems(db, site, siteUrl, mediaRoot, { locale, now: t, sectionId: section.id })
          const info: FeedInfo = {
            title: `${s.siteName}: ${names.name}`,
            description: names.description || names.name,
            homeUrl: abs(topicPath(site, locale, 'section', names.slug)),
            selfUrl: abs(feedPath(site, locale, f, names.slug)),
            language: locale,
            iconUrl: abs(assets.logo.path),
            updatedAt: items[0]?.updatedAt ?? t,
          }
          return ok(CONTENT_TYPE[f], format(f, info, items), [
            tag.topic(section.id),
            tag.topicList(section.id),
            ...storyTags(items, locale),
          ])
        }),
      )
    }
  }

  /** hreflang alternates of a story from its public versions, with x-default on the default language. */
  function storyAlternates(storyId: string, translations: SitemapVersion[]): Record<string, string> {
    const versions = translations.filter((v) => v.storyId === storyId)
    const out: Record<string, string> = {}
    for (const v of versions) out[v.locale] = abs(storyPath(site, v.locale, v.slug, v.storyId))
    const fallback = out[site.defaultLocale] ?? Object.values(out)[0]
    if (fallback) out['x-default'] = fallback
    return out
  }

  app.get('/sitemap.xml', (req, reply) =>
    serve(req, reply, async () => {
      const months = await listStoryMonths(db, now())
      const latest = months
        .map((m) => m.lastmod as string)
        .sort()
        .at(-1)
      return ok(
        XML,
        sitemapIndex([
          { loc: abs('/sitemaps/news.xml'), ...(latest && { lastmod: latest }) },
          { loc: abs('/sitemaps/topics.xml') },
          { loc: abs('/sitemaps/pages.xml') },
          ...months.map((m) => ({ loc: abs(`/sitemaps/stories-${m.locale}-${m.month}.xml`), lastmod: m.lastmod as string })),
        ]),
        [tag.sitemap],
      )
    }),
  )

  app.get<{ Params: { file: string } }>('/sitemaps/:file', (req, reply) =>
    serve(req, reply, async () => {
      const { file } = req.params
      if (file === 'news.xml') {
        const t = now()
        const { stories, translations } = await listRecentStories(
          db,
          new Date(new Date(t).getTime() - NEWS_WINDOW_MS).toISOString(),
          t,
          NEWS_MAX,
        )
        const urls: SitemapUrl[] = stories.map((v) => ({
          loc: abs(storyPath(site, v.locale, v.slug, v.storyId)),
          alternates: storyAlternates(v.storyId, translations),
          news: { publication: stringsFor(v.locale).siteName, language: v.locale, publishedAt: v.publishedAt, title: v.headline },
        }))
        return ok(XML, urlset(urls), [tag.sitemap], NEWS_TTL_SECONDS)
      }
      if (file === 'pages.xml') {
        const versions = await listPublicPages(db, now())
        const alternates = (storyId: string) => {
          const out: Record<string, string> = {}
          for (const v of versions.filter((x) => x.storyId === storyId)) out[v.locale] = abs(pagePath(site, v.locale, v.slug))
          const fallback = out[site.defaultLocale] ?? Object.values(out)[0]
          return fallback ? { ...out, 'x-default': fallback } : out
        }
        const urls = versions.map((v) => ({
          loc: abs(pagePath(site, v.locale, v.slug)),
          lastmod: v.updatedAt,
          alternates: alternates(v.storyId),
        }))
        return ok(XML, urlset(urls), [tag.sitemap])
      }
      if (file === 'topics.xml') {
        const { topics, authors } = await listTopicPages(db)
        const group = <T extends { id: string; locale: string; slug: string; updatedAt: string }>(
          rows: T[],
          path: (r: T) => string,
        ): SitemapUrl[] =>
          rows.map((r) => {
            const alternates: Record<string, string> = Object.fromEntries(
              rows.filter((x) => x.id === r.id).map((x) => [x.locale, abs(path(x))]),
            )
            const xDefault = alternates[site.defaultLocale]
            return { loc: abs(path(r)), lastmod: r.updatedAt, alternates: xDefault ? { ...alternates, 'x-default': xDefault } : alternates }
          })
        const known = (l: string) => site.locales.includes(l)
        return ok(
          XML,
          urlset([
            ...group(
              topics.filter((t) => known(t.locale)),
              (t) => topicPath(site, t.locale, t.kind as TopicKind, t.slug),
            ),
            ...group(
              authors.filter((a) => known(a.locale)),
              (a) => authorPath(site, a.locale, a.slug),
            ),
          ]),
          [tag.sitemap],
        )
      }
      const match = /^stories-([a-z]{2,3}(?:-[A-Z]{2})?)-(\d{4})-(\d{2})\.xml$/.exec(file)
      const range =
        match && site.locales.includes(match[1] as string)
          ? archiveRange({ year: match[2] as string, month: match[3] as string }, 'UTC')
          : undefined
      if (!match || !range) return pages.notFound(site.defaultLocale, req.url)
      const { stories, translations } = await listMonthStories(db, match[1] as string, range.from, range.to, now())
      if (stories.length === 0) return pages.notFound(site.defaultLocale, req.url)
      return ok(
        XML,
        urlset(
          stories.map((v) => ({
            loc: abs(storyPath(site, v.locale, v.slug, v.storyId)),
            lastmod: v.updatedAt,
            alternates: storyAlternates(v.storyId, translations),
          })),
        ),
        [tag.sitemap],
      )
    }),
  )

  app.get('/robots.txt', async (_req, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .send(`User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /newsroom/\n\nSitemap: ${abs('/sitemap.xml')}\n`),
  )
}
