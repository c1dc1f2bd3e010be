import type { Kysely } from 'kysely'
import type { TagHeader } from '../config.integrations.js'
import type { DB } from '../db/schema.js'
import { findMediaByIds } from '../media/media.repository.js'
import type { Media } from '../media/media.types.js'
import { assembleBody, linkedStoryIds, type RenderedBody } from '../richtext/rendered-body.js'
import { absoluteUrl, authorPath, mediaUrl, storyPath, topicPath } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import { tag } from '../site/cache-tags.js'
import { bodyAddresses, type LinkTarget } from '../site/internal-links.js'
import { findPublicLinkTargets } from '../site/public.repository.js'
import { readerBody } from '../stories/rendered-bodies.js'
import type { StoryVersionRow } from '../stories/story.table.js'
import type { StoryVersion } from '../stories/story.types.js'
import { toStoryVersion } from '../stories/version.repository.js'
import { findAuthorsByIds, findTopicsByIds } from '../taxonomy/taxonomy.repository.js'
import type { Author, Topic } from '../taxonomy/taxonomy.types.js'
import { findSharedFields } from './content.repository.js'

/** What every Content API read needs to know of the site. */
export interface ContentContext {
  db: Kysely<DB>
  site: LocaleSettings
  siteUrl: string
  mediaRoot: string
  /** The headers naming an answer's cache tags (config.cacheTagHeaders). */
  tagHeaders: readonly TagHeader[]
}

export const BODY_FORMATS = ['html', 'json', 'text'] as const
export type BodyFormat = (typeof BODY_FORMATS)[number]
export const STORY_INCLUDES = ['section', 'topics', 'authors', 'leadImage'] as const
export type StoryInclude = (typeof STORY_INCLUDES)[number]
/** Fields `fields=` may choose; `id` and `locale` always come. */
export const STORY_FIELDS = [
  'versionId',
  'headline',
  'slug',
  'url',
  'lead',
  'publishedAt',
  'firstPublishedAt',
  'updatedAt',
  'breaking',
  'important',
  'seo',
  'sectionId',
  'topicIds',
  'authorIds',
  'leadImageId',
  'translations',
  'body',
] as const
export type StoryField = (typeof STORY_FIELDS)[number]

export interface TopicRef {
  id: string
  kind: string
  name: string
  slug: string
  url: string
}
export interface AuthorRef {
  id: string
  name: string
  slug: string
  bio: string
  url: string
}
export interface ImageObject {
  id: string
  width: number
  height: number
  alt: string
  caption: string
  credit: string
  source: string
  url: string
  variants: { format: string; width: number; height: number; url: string }[]
}

/** One language version of a story as the Content API shows it (before `fields=` picks from it). */
export interface StoryObject {
  id: string
  locale: string
  versionId: string
  headline: string
  slug: string
  url: string
  lead: string
  publishedAt: string
  firstPublishedAt: string
  updatedAt: string
  breaking: boolean
  important: boolean
  seo: { title: string; description: string }
  sectionId: string | null
  topicIds: string[]
  authorIds: string[]
  leadImageId: string | null
  /** Every published language version, this one included. */
  translations: { locale: string; slug: string; url: string }[]
  body: { html?: string; json?: RichTextDoc; text?: string }
  section?: TopicRef | null
  topics?: TopicRef[]
  authors?: AuthorRef[]
  leadImage?: ImageObject | null
}

export interface StoryOptions {
  formats: readonly BodyFormat[]
  include: ReadonlySet<StoryInclude>
  /** Undefined: every field. */
  fields?: ReadonlySet<StoryField>
}

/** Story objects for public version rows, in their order, and the cache tags of what they show. */
export async function toStoryObjects(
  ctx: ContentContext,
  rows: readonly StoryVersionRow[],
  now: string,
  options: StoryOptions,
): Promise<{ stories: Partial<StoryObject>[]; tags: string[] }> {
  const { db, site, siteUrl, mediaRoot } = ctx
  const versions = rows.map(toStoryVersion)
  const storyIds = [...new Set(versions.map((v) => v.storyId))]
  const wantsHtml = options.formats.includes('html') && (!options.fields || options.fields.has('body'))
  const bodies = wantsHtml ? await Promise.all(versions.map((v) => readerBody(db, v))) : []
  const linked = [...new Set(bodies.flatMap(linkedStoryIds))]
  const shared = await findSharedFields(db, storyIds)
  const topicIds = new Set<string>()
  const authorIds = new Set<string>()
  const mediaIds = new Set<string>()
  for (const s of shared.values()) {
    if (s.sectionId) topicIds.add(s.sectionId)
    for (const id of s.topicIds) topicIds.add(id)
    for (const id of s.authorIds) authorIds.add(id)
    if (s.leadMediaId) mediaIds.add(s.leadMediaId)
  }
  const [targets, topics, authors, media] = await Promise.all([
    findPublicLinkTargets(db, [...new Set([...storyIds, ...linked])], now),
    options.include.has('section') || options.include.has('topics') ? findTopicsByIds(db, [...topicIds]) : [],
    options.include.has('authors') ? findAuthorsByIds(db, [...authorIds]) : [],
    options.include.has('leadImage') ? findMediaByIds(db, [...mediaIds]) : [],
  ])
  const abs = (path: string) => absoluteUrl(siteUrl, path)
  const stories = versions.map((v, i) => {
    const s = shared.get(v.storyId)
    if (!s) throw new Error(`story ${v.storyId} of version ${v.id} is missing`) // a foreign key keeps it
    const body = bodyForms(ctx, v, bodies[i], targets, options.formats)
    const publishedAt = v.publishedAt as string
    const full: StoryObject = {
      id: v.storyId,
      locale: v.locale,
      versionId: v.id,
      headline: v.headline,
      slug: v.slug,
      url: abs(storyPath(site, v.locale, v.slug, v.storyId)),
      lead: v.lead,
      publishedAt,
      firstPublishedAt: v.firstPublishedAt ?? publishedAt,
      updatedAt: [v.updatedAt, s.updatedAt, publishedAt].reduce((a, b) => (a > b ? a : b)),
      breaking: s.breaking,
      important: s.important,
      seo: { title: v.seoTitle, description: v.seoDescription },
      sectionId: s.sectionId,
      topicIds: s.topicIds,
      authorIds: s.authorIds,
      leadImageId: s.leadMediaId,
      translations: site.locales.flatMap((locale) => {
        const t = targets.find((x) => x.storyId === v.storyId && x.locale === locale)
        return t ? [{ locale, slug: t.slug, url: abs(storyPath(site, locale, t.slug, v.storyId)) }] : []
      }),
      body,
    }
    const topicRef = (id: string) =>
      toTopicRef(
        site,
        siteUrl,
        topics.find((t) => t.id === id),
        v.locale,
      )
    if (options.include.has('section')) full.section = s.sectionId ? (topicRef(s.sectionId) ?? null) : null
    if (options.include.has('topics')) full.topics = s.topicIds.flatMap((id) => topicRef(id) ?? [])
    if (options.include.has('authors'))
      full.authors = s.authorIds.flatMap(
        (id) =>
          toAuthorRef(
            site,
            siteUrl,
            authors.find((a) => a.id === id),
            v.locale,
          ) ?? [],
      )
    if (options.include.has('leadImage')) {
      const m = media.find((x) => x.id === s.leadMediaId)
      full.leadImage = m ? toImageObject(m, v.locale, mediaRoot, siteUrl) : null
    }
    return pick(full, options)
  })
  const tags = [
    ...versions.flatMap((v) => [tag.story(v.storyId), tag.storyIn(v.storyId, v.locale)]),
    ...linked.map(tag.story),
    ...[...topicIds].map(tag.topic),
    ...[...authorIds].map(tag.author),
    ...[...mediaIds].map(tag.media),
  ]
  return { stories, tags }
}

/** A version's body in the forms asked for: HTML (the site's rendering, absolute addresses), the document, plain text. */
export function bodyForms(
  ctx: ContentContext,
  v: StoryVersion,
  rendered: RenderedBody | undefined,
  targets: readonly LinkTarget[],
  formats: readonly BodyFormat[],
): StoryObject['body'] {
  const body: StoryObject['body'] = {}
  if (rendered)
    body.html = assembleBody(rendered, bodyAddresses(ctx.site, v.locale, targets, { siteUrl: ctx.siteUrl, mediaRoot: ctx.mediaRoot }))
  if (formats.includes('json')) body.json = v.body
  if (formats.includes('text')) body.text = v.bodyText
  return body
}

function pick(full: StoryObject, options: StoryOptions): Partial<StoryObject> {
  const { fields } = options
  if (!fields) return full
  const picked: Record<string, unknown> = { id: full.id, locale: full.locale }
  for (const f of fields) picked[f] = full[f]
  for (const inc of options.include) picked[inc] = full[inc]
  return picked as Partial<StoryObject>
}

/** A topic in one language: its name there, else in the site's default language (its page address is then the default language's). */
export function toTopicRef(site: LocaleSettings, siteUrl: string, t: Topic | undefined, locale: string): TopicRef | undefined {
  if (!t) return undefined
  const [at, name] = nameIn(site, t.names, locale)
  if (!name) return undefined
  return { id: t.id, kind: t.kind, name: name.name, slug: name.slug, url: absoluteUrl(siteUrl, topicPath(site, at, t.kind, name.slug)) }
}

export function toAuthorRef(site: LocaleSettings, siteUrl: string, a: Author | undefined, locale: string): AuthorRef | undefined {
  if (!a) return undefined
  const [at, name] = nameIn(site, a.names, locale)
  if (!name) return undefined
  return { id: a.id, name: name.name, slug: name.slug, bio: name.bio, url: absoluteUrl(siteUrl, authorPath(site, at, name.slug)) }
}

function nameIn<N>(site: LocaleSettings, names: Record<string, N>, locale: string): [string, N | undefined] {
  const at = [locale, site.defaultLocale, ...site.locales].find((l) => names[l] !== undefined) ?? locale
  return [at, names[at]]
}

/** A picture with its texts in one language and every variant's address. */
export function toImageObject(m: Media, locale: string, mediaRoot: string, siteUrl: string): ImageObject {
  const url = (key: string) => absoluteUrl(siteUrl, mediaUrl(mediaRoot, key))
  const texts = m.texts[locale] ?? { caption: '', alt: '' }
  return {
    id: m.id,
    width: m.width,
    height: m.height,
    alt: texts.alt,
    caption: texts.caption,
    credit: m.credit,
    source: m.source,
    url: url(m.storageKey),
    variants: m.variants.map((v) => ({ format: v.format, width: v.width, height: v.height, url: url(v.key) })),
  }
}
