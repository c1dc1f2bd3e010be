import { linkedStoryIds } from '../richtext/rendered-body.js'
import { absoluteUrl, pagePath } from '../shared/addresses.js'
import { tag } from '../site/cache-tags.js'
import { findPublicLinkTargets } from '../site/public.repository.js'
import { readerBody } from '../stories/rendered-bodies.js'
import type { StoryVersionRow } from '../stories/story.table.js'
import { toStoryVersion } from '../stories/version.repository.js'
import { type BodyFormat, bodyForms, type ContentContext, type StoryObject } from './story-object.js'

/** A page (About us, Contacts) in one language as the Content API shows it. */
export interface PageObject {
  id: string
  locale: string
  versionId: string
  headline: string
  slug: string
  url: string
  lead: string
  publishedAt: string
  updatedAt: string
  seo: { title: string; description: string }
  /** Every published language version of the page, this one included. */
  translations: { locale: string; slug: string; url: string }[]
  body: StoryObject['body']
}

/** Page objects for public version rows, in their order, and the cache tags of what they show. */
export async function toPageObjects(
  ctx: ContentContext,
  rows: readonly StoryVersionRow[],
  now: string,
  formats: readonly BodyFormat[],
): Promise<{ pages: PageObject[]; tags: string[] }> {
  const { db, site, siteUrl } = ctx
  const versions = rows.map(toStoryVersion)
  const bodies = formats.includes('html') ? await Promise.all(versions.map((v) => readerBody(db, v))) : []
  const linked = [...new Set(bodies.flatMap(linkedStoryIds))]
  const storyIds = [...new Set(versions.map((v) => v.storyId))]
  const targets = await findPublicLinkTargets(db, [...new Set([...storyIds, ...linked])], now)
  const abs = (locale: string, slug: string) => absoluteUrl(siteUrl, pagePath(site, locale, slug))
  const pages = versions.map((v, i) => {
    const body = bodyForms(ctx, v, bodies[i], targets, formats)
    const publishedAt = v.publishedAt as string
    return {
      id: v.storyId,
      locale: v.locale,
      versionId: v.id,
      headline: v.headline,
      slug: v.slug,
      url: abs(v.locale, v.slug),
      lead: v.lead,
      publishedAt,
      updatedAt: v.updatedAt > publishedAt ? v.updatedAt : publishedAt,
      seo: { title: v.seoTitle, description: v.seoDescription },
      translations: site.locales.flatMap((locale) => {
        const t = targets.find((x) => x.storyId === v.storyId && x.locale === locale)
        return t ? [{ locale, slug: t.slug, url: abs(locale, t.slug) }] : []
      }),
      body,
    }
  })
  const tags = [...versions.flatMap((v) => [tag.story(v.storyId), tag.storyIn(v.storyId, v.locale)]), ...linked.map(tag.story), tag.nav]
  return { pages, tags }
}
