import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { ID_LENGTH, isId } from '../ids.js'
import { findMediaByIds } from '../media/media.repository.js'
import type { Media } from '../media/media.types.js'
import { findAuthorsByIds, findTopicsByIds, listTopicIds } from '../taxonomy/taxonomy.repository.js'
import type { TopicKind } from '../taxonomy/taxonomy.types.js'
import type { SiteAssets } from './assets.js'
import type { Alternates, PageContext } from './pages/context.js'
import { errorPage } from './pages/error.page.js'
import { listPage, SectionBlocks } from './pages/list.page.js'
import { storyPage } from './pages/story.page.js'
import { findAuthorIdBySlug, findTopicIdBySlug, type ListQuery, listStories, type StoryCard } from './public.repository.js'
import { loadStoryPage } from './story.loader.js'
import { fill, stringsFor } from './strings.js'
import {
  archivePath,
  authorPath,
  type FeedFormat,
  feedPath,
  homePath,
  type LocaleSettings,
  localePrefix,
  storyPath,
  TOPIC_PATH,
  topicPath,
} from './urls.js'

export interface SiteOptions {
  db: Kysely<DB>
  site: LocaleSettings
  siteUrl: string
  timezone: string
  clock: Clock
  assets: SiteAssets
}

const PER_PAGE = 20

const FEED_TYPES: [FeedFormat, string, string][] = [
  ['rss', 'application/rss+xml', 'RSS'],
  ['atom', 'application/atom+xml', 'Atom'],
  ['json', 'application/feed+json', 'JSON Feed'],
]

/** <link rel="alternate"> entries advertising a page's feeds. */
function feedLinks(site: LocaleSettings, locale: string, title: string, sectionSlug?: string) {
  return FEED_TYPES.map(([format, type, label]) => ({
    type,
    title: `${title} (${label})`,
    href: feedPath(site, locale, format, sectionSlug),
  }))
}
const MAX_PAGE = 500

/** ?page=N: a whole number from 1; anything else is not a page we have. */
function parsePage(raw: unknown): number | undefined {
  if (raw === undefined) return 1
  if (typeof raw !== 'string' || !/^[1-9]\d{0,3}$/.test(raw)) return undefined
  const page = Number(raw)
  return page <= MAX_PAGE ? page : undefined
}

/** Builds the frame every page shares; also used for the 404 page of addresses no route knows. */
export function createPageContexts({ db, site, siteUrl, timezone, assets }: Omit<SiteOptions, 'clock'>) {
  async function context(locale: string): Promise<PageContext> {
    const ids = await listTopicIds(db, 'section')
    const topics = await findTopicsByIds(db, ids)
    const sections = ids.map((id) => topics.find((t) => t.id === id)).filter((t) => t !== undefined)
    return { site, siteUrl, timezone, locale, s: stringsFor(locale), sections, cssPath: assets.css.path, logoPath: assets.logo.path }
  }
  return {
    context,
    notFoundPage: async (locale: string, path: string, status: 404 | 410 = 404) => errorPage(await context(locale), status, path),
  }
}

/** The public site: every page in every language, server-rendered, readable without JavaScript. */
export const siteRoutes: FastifyPluginAsync<SiteOptions> = async (app, options) => {
  const { db, site, clock, assets, timezone } = options
  const now = () => toTimestamp(clock())
  const { context, notFoundPage } = createPageContexts(options)

  for (const asset of [assets.css, assets.logo]) {
    app.get(asset.path, async (_req, reply) =>
      reply.type(asset.contentType).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body),
    )
  }

  const html = (reply: FastifyReply, body: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body)
  const notFound = async (reply: FastifyReply, locale: string, path: string, status: 404 | 410 = 404) =>
    html(reply, await notFoundPage(locale, path, status), status)

  async function mediaFor(cards: StoryCard[]): Promise<Map<string, Media>> {
    const media = await findMediaByIds(db, [...new Set(cards.map((c) => c.leadMediaId).filter((id): id is string => Boolean(id)))])
    return new Map(media.map((m) => [m.id, m]))
  }

  /** A paginated list page; 404 for a page number past the end or not a number at all. */
  async function renderList(
    reply: FastifyReply,
    locale: string,
    path: string,
    rawPage: unknown,
    query: Omit<ListQuery, 'locale' | 'now' | 'page' | 'perPage'>,
    page: (ctx: PageContext, cards: StoryCard[], hasMore: boolean, n: number) => Promise<Parameters<typeof listPage>[1]>,
  ) {
    const n = parsePage(rawPage)
    if (!n) return notFound(reply, locale, path)
    const { items, hasMore } = await listStories(db, { ...query, locale, now: now(), page: n, perPage: PER_PAGE })
    if (n > 1 && items.length === 0) return notFound(reply, locale, path)
    const [ctx, latest] = await Promise.all([context(locale), listStories(db, { locale, now: now(), page: 1, perPage: 10 })])
    return html(reply, listPage(ctx, { latest: latest.items, ...(await page(ctx, items, hasMore, n)) }))
  }

  for (const locale of site.locales) {
    const prefix = localePrefix(site, locale)
    type Q = { Querystring: { page?: string } }

    /** The home page: top stories (breaking and important), each section's newest, and the latest-news feed. */
    const home = async (req: { query: { page?: string } }, reply: FastifyReply) => {
      if (req.query.page !== undefined && req.query.page !== '1') return notFound(reply, locale, homePath(site, locale))
      const t = now()
      const ctx = await context(locale)
      const [top, latest, blocks] = await Promise.all([
        listStories(db, { locale, now: t, page: 1, perPage: 4, flagged: true }),
        listStories(db, { locale, now: t, page: 1, perPage: 20 }),
        Promise.all(
          ctx.sections.map(async (section) => ({
            section,
            cards: (await listStories(db, { locale, now: t, page: 1, perPage: 4, sectionId: section.id })).items,
          })),
        ),
      ])
      const shown = new Set(top.items.map((c) => c.storyId))
      const sectionBlocks = blocks.map((b) => ({ ...b, cards: b.cards.filter((c) => !shown.has(c.storyId)).slice(0, 3) }))
      const media = await mediaFor([...top.items, ...sectionBlocks.flatMap((b) => b.cards)])
      return html(
        reply,
        listPage(ctx, {
          head: {
            title: `${ctx.s.siteName} — ${ctx.s.tagline}`,
            description: ctx.s.tagline,
            canonical: homePath(site, locale),
            alternates: Object.fromEntries(site.locales.map((l) => [l, homePath(site, l)])),
            feeds: feedLinks(site, locale, ctx.s.siteName),
          },
          heading: ctx.s.siteName,
          hideHeading: true,
          top: top.items,
          cards: [],
          page: 1,
          hasMore: false,
          path: homePath(site, locale),
          latest: latest.items,
          media,
          extra: SectionBlocks({ blocks: sectionBlocks, media, ctx }),
        }),
      )
    }
    app.get<Q>(prefix || '/', (req, reply) => home(req, reply))
    if (prefix) app.get<Q>(`${prefix}/`, (req, reply) => home(req, reply))

    app.get<{ Params: { slugId: string } }>(`${prefix}/news/:slugId`, async (req, reply) => {
      const { slugId } = req.params
      const id = slugId.slice(-ID_LENGTH)
      if (!isId(id) || (slugId.length > ID_LENGTH && slugId[slugId.length - ID_LENGTH - 1] !== '-')) return notFound(reply, locale, req.url)
      const result = await loadStoryPage(db, site, id, locale, now())
      if (result.kind !== 'ok') return notFound(reply, locale, req.url, result.kind === 'gone' ? 410 : 404)
      const canonical = storyPath(site, locale, result.data.version.slug, id)
      if (req.url.split('?')[0] !== canonical) return reply.redirect(canonical, 301) // an old or missing slug
      return html(reply, storyPage(await context(locale), result.data))
    })

    for (const kind of Object.keys(TOPIC_PATH) as TopicKind[]) {
      app.get<Q & { Params: { slug: string } }>(`${prefix}/${TOPIC_PATH[kind]}/:slug`, async (req, reply) => {
        const topicId = await findTopicIdBySlug(db, kind, locale, req.params.slug)
        const [topic] = topicId ? await findTopicsByIds(db, [topicId]) : []
        const names = topic?.names[locale]
        if (!topic || !names) return notFound(reply, locale, req.url)
        const path = topicPath(site, locale, kind, names.slug)
        const query = kind === 'section' ? { sectionId: topic.id } : { topicId: topic.id }
        return renderList(reply, locale, path, req.query.page, query, async (_ctx, cards, hasMore, n) => ({
          head: {
            title: '',
            description: names.description || names.name,
            canonical: path,
            alternates: alternatesOf(topic.names, (l, slug) => topicPath(site, l, kind, slug)),
            ...(kind === 'section' && { feeds: feedLinks(site, locale, `${stringsFor(locale).siteName}: ${names.name}`, names.slug) }),
          },
          heading: names.name,
          ...(names.description && { intro: names.description }),
          activeSectionId: kind === 'section' ? topic.id : null,
          cards,
          page: n,
          hasMore,
          path,
          media: await mediaFor(cards),
        }))
      })
    }

    app.get<Q & { Params: { slug: string } }>(`${prefix}/author/:slug`, async (req, reply) => {
      const authorId = await findAuthorIdBySlug(db, locale, req.params.slug)
      const [author] = authorId ? await findAuthorsByIds(db, [authorId]) : []
      const names = author?.names[locale]
      if (!author || !names) return notFound(reply, locale, req.url)
      const path = authorPath(site, locale, names.slug)
      return renderList(reply, locale, path, req.query.page, { authorId: author.id }, async (_ctx, cards, hasMore, n) => ({
        head: {
          title: '',
          description: names.bio || names.name,
          canonical: path,
          alternates: alternatesOf(author.names, (l, slug) => authorPath(site, l, slug)),
        },
        heading: names.name,
        ...(names.bio && { intro: names.bio }),
        cards,
        page: n,
        hasMore,
        path,
        media: await mediaFor(cards),
      }))
    })

    const archive = async (
      req: { url: string; params: { year: string; month: string; day?: string }; query: { page?: string } },
      reply: FastifyReply,
    ) => {
      const range = archiveRange(req.params, timezone)
      if (!range) return notFound(reply, locale, req.url)
      const { year, month, day } = range
      const path = archivePath(site, locale, year, month, day)
      return renderList(reply, locale, path, req.query.page, { from: range.from, to: range.to }, async (ctx, cards, hasMore, n) => {
        const label = new Intl.DateTimeFormat(locale, {
          timeZone: 'UTC',
          year: 'numeric',
          month: 'long',
          ...(day && { day: 'numeric' }),
        }).format(new Date(Date.UTC(year, month - 1, day ?? 1)))
        return {
          head: {
            title: '',
            description: fill(ctx.s.archiveTitle, { date: label }),
            canonical: path,
            alternates: Object.fromEntries(site.locales.map((l) => [l, archivePath(site, l, year, month, day)])),
          },
          heading: fill(ctx.s.archiveTitle, { date: label }),
          cards,
          page: n,
          hasMore,
          path,
          media: await mediaFor(cards),
        }
      })
    }
    app.get<Q & { Params: { year: string; month: string } }>(`${prefix}/archive/:year/:month`, (req, reply) => archive(req, reply))
    app.get<Q & { Params: { year: string; month: string; day: string } }>(`${prefix}/archive/:year/:month/:day`, (req, reply) =>
      archive(req, reply),
    )
  }

  function alternatesOf(names: Record<string, { slug: string }>, path: (locale: string, slug: string) => string): Alternates {
    return Object.fromEntries(site.locales.map((l) => [l, names[l] ? path(l, (names[l] as { slug: string }).slug) : null]))
  }
}

/**
 * The UTC instants bounding a day or month of the site's calendar (Europe/Kyiv by default), so
 * "24 November" means what a Kyiv reader means by it.
 */
export function archiveRange(p: { year: string; month: string; day?: string | undefined }, timeZone: string) {
  if (!/^\d{4}$/.test(p.year) || !/^\d{2}$/.test(p.month) || (p.day !== undefined && !/^\d{2}$/.test(p.day))) return undefined
  const year = Number(p.year)
  const month = Number(p.month)
  const day = p.day === undefined ? undefined : Number(p.day)
  if (year < 1990 || year > 2100 || month < 1 || month > 12) return undefined
  if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return undefined
  const start = zonedMidnight(year, month, day ?? 1, timeZone)
  const end =
    day === undefined
      ? zonedMidnight(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1, timeZone)
      : zonedMidnight(year, month, day + 1, timeZone)
  return { year, month, day, from: start.toISOString(), to: end.toISOString() }
}

/** Midnight at the start of a calendar day in a time zone, as a UTC Date (day may overflow into the next month). */
function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const guess = new Date(Date.UTC(year, month - 1, day))
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(guess)
  const get = (type: string) => Number(parts.find((x) => x.type === type)?.value)
  const asLocal = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return new Date(guess.getTime() - (asLocal - guess.getTime()))
}
