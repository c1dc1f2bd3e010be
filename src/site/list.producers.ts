import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { findMediaByIds } from '../media/media.repository.js'
import type { Media } from '../media/media.types.js'
import { archivePath, authorPath, type FeedFormat, feedPath, homePath, topicPath } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import { findAuthorIdBySlug, findAuthorsByIds, findTopicIdBySlug, findTopicsByIds } from '../taxonomy/taxonomy.repository.js'
import type { TopicKind } from '../taxonomy/taxonomy.types.js'
import { archiveRange } from './archive-range.js'
import { cardTags, tag, uniqueTags } from './cache-tags.js'
import type { PageContexts } from './page-context.js'
import type { PageContext } from './pages/context.js'
import { type ListPageData, listPage, SectionBlocks } from './pages/list.page.js'
import { countStories as countPublished, type ListQuery, listStories, type StoryCard } from './public.repository.js'
import { HTML, type PageOutcome } from './serve-page.js'
import { countStories, fill, stringsFor } from './strings.js'

export const PER_PAGE = 20
const MAX_PAGE = 500
/** HTML pages leave memory after a minute at most: the latest-news column and embargo lifts are time-driven. */
export const PAGE_TTL_SECONDS = 60
const LIST_MAX_AGE = 30

export interface ListDeps {
  db: Kysely<DB>
  site: LocaleSettings
  timezone: string
  now: () => string
  pages: PageContexts
}

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

/** ?page=N: a whole number from 1; anything else is not a page we have. */
export function parsePage(raw: unknown): number | undefined {
  if (raw === undefined) return 1
  if (typeof raw !== 'string' || !/^[1-9]\d{0,3}$/.test(raw)) return undefined
  const page = Number(raw)
  return page <= MAX_PAGE ? page : undefined
}

async function mediaFor(db: Kysely<DB>, cards: StoryCard[]): Promise<Map<string, Media>> {
  const media = await findMediaByIds(db, [...new Set(cards.map((c) => c.leadMediaId).filter((id): id is string => Boolean(id)))])
  return new Map(media.map((m) => [m.id, m]))
}

const htmlPage = (body: string, tags: string[], maxAge = LIST_MAX_AGE): PageOutcome => ({
  status: 200,
  contentType: HTML,
  body,
  tags: uniqueTags([tag.nav, ...tags]),
  maxAge,
  ttlSeconds: PAGE_TTL_SECONDS,
})

type ListBuild = (
  ctx: PageContext,
  cards: StoryCard[],
  hasMore: boolean,
  n: number,
  media: Map<string, Media>,
) => Omit<ListPageData, 'cards' | 'page' | 'hasMore' | 'media' | 'latest'>

/** A paginated list page; 404 for a page number past the end or not a number at all. */
async function listOutcome(
  d: ListDeps,
  locale: string,
  path: string,
  rawPage: unknown,
  query: Omit<ListQuery, 'locale' | 'now' | 'page' | 'perPage'>,
  tags: string[],
  build: ListBuild,
  options: { counted?: boolean } = {},
): Promise<PageOutcome> {
  const n = parsePage(rawPage)
  if (!n) return d.pages.notFound(locale, path)
  const now = d.now()
  const [{ items, hasMore }, latest, ctx, total] = await Promise.all([
    listStories(d.db, { ...query, locale, now, page: n, perPage: PER_PAGE }),
    listStories(d.db, { locale, now, page: 1, perPage: 10 }),
    d.pages.context(locale),
    options.counted ? countPublished(d.db, { ...query, locale, now }) : undefined,
  ])
  if (n > 1 && items.length === 0) return d.pages.notFound(locale, path)
  const media = await mediaFor(d.db, items)
  const page = listPage(ctx, {
    ...build(ctx, items, hasMore, n, media),
    ...(total !== undefined && { count: countStories(locale, total) }),
    cards: items,
    page: n,
    hasMore,
    media,
    latest: latest.items,
  })
  return htmlPage(page, [...tags, ...cardTags(items), ...cardTags(latest.items)])
}

/** The home page: top stories (breaking and important), each section's newest, and the latest-news feed. */
export async function homeOutcome(d: ListDeps, locale: string, rawPage: string | undefined): Promise<PageOutcome> {
  if (rawPage !== undefined && rawPage !== '1') return d.pages.notFound(locale, homePath(d.site, locale))
  const now = d.now()
  const ctx = await d.pages.context(locale)
  const [top, latest, blocks] = await Promise.all([
    listStories(d.db, { locale, now, page: 1, perPage: 4, flagged: true }),
    listStories(d.db, { locale, now, page: 1, perPage: 20 }),
    Promise.all(
      ctx.sections.map(async (section) => ({
        section,
        cards: (await listStories(d.db, { locale, now, page: 1, perPage: 4, sectionId: section.id })).items,
      })),
    ),
  ])
  const shown = new Set(top.items.map((c) => c.storyId))
  const sectionBlocks = blocks.map((b) => ({ ...b, cards: b.cards.filter((c) => !shown.has(c.storyId)).slice(0, 3) }))
  const cards = [...top.items, ...sectionBlocks.flatMap((b) => b.cards)]
  const media = await mediaFor(d.db, cards)
  const page = listPage(ctx, {
    head: {
      title: `${ctx.s.siteName} — ${ctx.s.tagline}`,
      description: ctx.s.tagline,
      canonical: homePath(d.site, locale),
      alternates: Object.fromEntries(d.site.locales.map((l) => [l, homePath(d.site, l)])),
      feeds: feedLinks(d.site, locale, ctx.s.siteName),
    },
    heading: ctx.s.siteName,
    hideHeading: true,
    top: top.items,
    cards: [],
    page: 1,
    hasMore: false,
    path: homePath(d.site, locale),
    latest: latest.items,
    media,
    extra: SectionBlocks({ blocks: sectionBlocks, media, ctx }),
  })
  return htmlPage(page, [tag.home(locale), ...cardTags(cards), ...cardTags(latest.items)])
}

/** A section, tag, person, organisation or place page in one language. */
export async function topicOutcome(
  d: ListDeps,
  locale: string,
  kind: TopicKind,
  slug: string,
  rawPage: string | undefined,
  url: string,
): Promise<PageOutcome> {
  const topicId = await findTopicIdBySlug(d.db, kind, locale, slug)
  const [topic] = topicId ? await findTopicsByIds(d.db, [topicId]) : []
  const names = topic?.names[locale]
  if (!topic || !names) return d.pages.notFound(locale, url.split('?')[0] ?? url)
  const path = topicPath(d.site, locale, kind, names.slug)
  const query = kind === 'section' ? { sectionId: topic.id } : { topicId: topic.id }
  return listOutcome(
    d,
    locale,
    path,
    rawPage,
    query,
    [tag.topic(topic.id), tag.topicList(topic.id)],
    () => ({
      head: {
        title: '',
        description: names.description || names.name,
        canonical: path,
        alternates: Object.fromEntries(
          d.site.locales.map((l) => [l, topic.names[l] ? topicPath(d.site, l, kind, (topic.names[l] as { slug: string }).slug) : null]),
        ),
        ...(kind === 'section' && { feeds: feedLinks(d.site, locale, `${stringsFor(locale).siteName}: ${names.name}`, names.slug) }),
      },
      heading: names.name,
      ...(names.description && { intro: names.description }),
      activeSectionId: kind === 'section' ? topic.id : null,
      path,
    }),
    { counted: true },
  )
}

/** An author's page: their byline's stories in one language. */
export async function authorOutcome(
  d: ListDeps,
  locale: string,
  slug: string,
  rawPage: string | undefined,
  url: string,
): Promise<PageOutcome> {
  const authorId = await findAuthorIdBySlug(d.db, locale, slug)
  const [author] = authorId ? await findAuthorsByIds(d.db, [authorId]) : []
  const names = author?.names[locale]
  if (!author || !names) return d.pages.notFound(locale, url.split('?')[0] ?? url)
  const path = authorPath(d.site, locale, names.slug)
  return listOutcome(
    d,
    locale,
    path,
    rawPage,
    { authorId: author.id },
    [tag.author(author.id), tag.authorList(author.id)],
    () => ({
      head: {
        title: '',
        description: names.bio || names.name,
        canonical: path,
        alternates: Object.fromEntries(
          d.site.locales.map((l) => [l, author.names[l] ? authorPath(d.site, l, (author.names[l] as { slug: string }).slug) : null]),
        ),
      },
      heading: names.name,
      ...(names.bio && { intro: names.bio }),
      path,
    }),
    { counted: true },
  )
}

/** A day's or month's stories on the site's calendar. */
export async function archiveOutcome(
  d: ListDeps,
  locale: string,
  params: { year: string; month: string; day?: string },
  rawPage: string | undefined,
  url: string,
): Promise<PageOutcome> {
  const range = archiveRange(params, d.timezone)
  if (!range) return d.pages.notFound(locale, url.split('?')[0] ?? url)
  const { year, month, day } = range
  const path = archivePath(d.site, locale, year, month, day)
  return listOutcome(d, locale, path, rawPage, { from: range.from, to: range.to }, [tag.archive(locale)], (ctx) => {
    const label = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(day && { day: 'numeric' }),
    }).format(new Date(Date.UTC(year, month - 1, day ?? 1)))
    const title = fill(ctx.s.archiveTitle, { date: label })
    return {
      head: {
        title: '',
        description: title,
        canonical: path,
        alternates: Object.fromEntries(d.site.locales.map((l) => [l, archivePath(d.site, l, year, month, day)])),
      },
      heading: title,
      path,
    }
  })
}
