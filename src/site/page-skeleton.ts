import { VARIANT_WIDTHS } from '../media/image-variants.js'
import { variantKey } from '../media/media.storage.js'
import type { Media, VariantFormat } from '../media/media.types.js'
import type { StoryVersion } from '../stories/story.types.js'
import type { Author, Topic } from '../taxonomy/taxonomy.types.js'
import type { PageContext } from './pages/context.js'
import { storyPage } from './pages/story.page.js'
import type { StoryCard } from './public.repository.js'
import type { StoryPageData } from './story.loader.js'
import { stringsFor } from './strings.js'

/** What a skeleton is made from: the settings a stored page's fingerprint covers (story-page-parts.tsx). */
export type SkeletonSettings = Pick<PageContext, 'site' | 'siteUrl' | 'mediaRoot' | 'timezone' | 'cssPath' | 'logoPath'>

/**
 * A story page of made-up content in one language: what every stored page of that language
 * shares — its head and what machines read, the masthead, the image markup, the topics, the
 * "read also" cards, the holes and the footer. Stored pages are deflated with it as zlib's preset
 * dictionary (decision 028), so that markup costs a few bytes a page instead of ~2 KB.
 *
 * Made from the templates and the settings alone — no database, no clock — so every process makes
 * the same bytes for as long as the stored pages' fingerprint stays the same (this module is part
 * of it): a page is always read with the dictionary it was written with.
 */
export function storyPageSkeleton(settings: SkeletonSettings, locale: string): Buffer {
  const { site, siteUrl, mediaRoot, timezone, cssPath, logoPath } = settings
  const ctx: PageContext = {
    site,
    siteUrl,
    mediaRoot,
    timezone,
    cssPath,
    logoPath,
    locale,
    s: stringsFor(locale),
    sections: [],
    footer: [],
    holes: true,
  }
  const at = '2026-01-01T00:00:00.000Z'
  const id = (n: number) => `skeleton${String(n).padStart(4, '0')}`
  const names = <T>(name: (l: string) => T) => Object.fromEntries(site.locales.map((l) => [l, name(l)]))
  const topic = (n: number, kind: Topic['kind']): Topic => ({
    id: id(n),
    kind,
    position: n,
    names: names((l) => ({ name: `${kind} ${l}`, slug: `${kind}-${l}`, description: '' })),
    createdAt: at,
    updatedAt: at,
  })
  const image = (n: number): Media => ({
    id: id(n),
    kind: 'image',
    originalName: 'skeleton.jpg',
    mimeType: 'image/jpeg',
    width: 1600,
    height: 900,
    bytes: 0,
    storageKey: '',
    variants: (['avif', 'webp', 'jpeg'] as VariantFormat[]).flatMap((format) =>
      VARIANT_WIDTHS.map((width) => ({ format, width, height: (width * 9) / 16, key: variantKey(id(n), width, format), bytes: 0 })),
    ),
    credit: 'credit',
    source: '',
    focalX: 0.5,
    focalY: 0.5,
    texts: names(() => ({ caption: 'caption', alt: 'alt' })),
    createdBy: null,
    createdAt: at,
    updatedAt: at,
  })
  const version: StoryVersion = {
    ...{ id: id(1), storyId: id(2), locale, status: 'published', headline: 'headline', slug: 'slug', lead: 'lead' },
    ...{ body: { type: 'doc', content: [] }, renderedBody: [], bodyText: '', seoTitle: '', seoDescription: '' },
    ...{ revision: 1, liveRevision: 1, sourceLocale: null, sourceRevision: null, scheduledAt: null, embargoUntil: null },
    ...{ publishedAt: at, firstPublishedAt: at, unpublishedAt: null, createdAt: at, updatedAt: '2026-01-02T00:00:00.000Z' },
    updatedBy: null,
  }
  const card = (n: number): StoryCard => ({
    ...{ storyId: id(10 + n), locale, headline: 'headline', slug: 'slug', lead: 'lead', publishedAt: at, updatedAt: at },
    ...{ sectionId: id(3), leadMediaId: id(20 + n), isBreaking: false, isImportant: false },
  })
  const related = [1, 2, 3, 4].map(card)
  const author: Author = {
    id: id(4),
    userId: null,
    names: names((l) => ({ name: 'author', slug: `author-${l}`, bio: '' })),
    createdAt: at,
    updatedAt: at,
  }
  const data: StoryPageData = {
    version,
    versions: site.locales.map((l) => ({ id: id(1), storyId: id(2), locale: l, slug: 'slug' })),
    body: [],
    links: [],
    isBreaking: false,
    isImportant: false,
    section: topic(3, 'section'),
    topics: [topic(5, 'tag'), topic(6, 'person'), topic(7, 'organisation'), topic(8, 'place')],
    authors: [author],
    leadMedia: image(9),
    related,
    latest: [],
    cardMedia: new Map(related.map((c) => [c.leadMediaId as string, image(Number((c.leadMediaId as string).slice(-4)))])),
    linkedStoryIds: [],
  }
  return Buffer.from(storyPage(ctx, data))
}

/** Each language's skeleton, made once when first asked for. */
export function pageSkeletons(settings: SkeletonSettings): (locale: string) => Buffer {
  const made = new Map<string, Buffer>()
  return (locale) => {
    let skeleton = made.get(locale)
    if (!skeleton) {
      skeleton = storyPageSkeleton(settings, locale)
      made.set(locale, skeleton)
    }
    return skeleton
  }
}
