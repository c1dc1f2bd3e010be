import { countBySection, countByTopic, findPublicVersionRow, findVersionRow } from '../content-api/content.repository.js'
import { toPageObjects } from '../content-api/page-object.js'
import { type ContentContext, STORY_INCLUDES, toImageObject, toStoryObjects } from '../content-api/story-object.js'
import { toTopicObject } from '../content-api/taxonomy-object.js'
import { findMedia } from '../media/media.repository.js'
import { absoluteUrl, mediaUrl } from '../shared/addresses.js'
import { findTopicsByIds } from '../taxonomy/taxonomy.repository.js'

/**
 * The objects webhooks carry, as the Content API shows them: a story version with everything
 * embedded (body as HTML), a picture with its texts in every language, a topic with its names.
 */
export function webhookObjects(ctx: ContentContext) {
  const { db, site, siteUrl, mediaRoot } = ctx
  return {
    /** The public story version, or undefined when readers can't see it (any more). */
    async story(storyId: string, locale: string, now: string): Promise<Record<string, unknown> | undefined> {
      const row = await findPublicVersionRow(db, now, { storyId, locale })
      if (!row) return undefined
      const { stories } = await toStoryObjects(ctx, [row], now, { formats: ['html'], include: new Set(STORY_INCLUDES) })
      return stories[0]
    },

    /** A version as readers last saw it, whatever its state now (a story just withdrawn). */
    async storyAsLastShown(storyId: string, locale: string, now: string): Promise<Record<string, unknown> | undefined> {
      const row = await findVersionRow(db, storyId, locale)
      if (!row?.published_at) return undefined
      const { stories } = await toStoryObjects(ctx, [row], now, { formats: ['html'], include: new Set(STORY_INCLUDES) })
      return stories[0]
    },

    /** A public page (About us, Contacts) as the Content API shows it. */
    async page(storyId: string, locale: string, now: string): Promise<Record<string, unknown> | undefined> {
      const row = await findPublicVersionRow(db, now, { storyId, locale }, 'page')
      if (!row) return undefined
      const { pages } = await toPageObjects(ctx, [row], now, ['html'])
      return pages[0] as Record<string, unknown> | undefined
    },

    async image(mediaId: string): Promise<Record<string, unknown> | undefined> {
      const m = await findMedia(db, mediaId)
      if (!m) return undefined
      const { alt: _alt, caption: _caption, ...shared } = toImageObject(m, site.defaultLocale, mediaRoot, siteUrl)
      return { ...shared, url: absoluteUrl(siteUrl, mediaUrl(mediaRoot, m.storageKey)), texts: m.texts }
    },

    async topic(topicId: string, now: string): Promise<Record<string, unknown> | undefined> {
      const [t] = await findTopicsByIds(db, [topicId])
      if (!t) return undefined
      const counts = t.kind === 'section' ? await countBySection(db, [t.id], now) : await countByTopic(db, [t.id], now)
      return toTopicObject(site, siteUrl, t, counts)
    },
  }
}

export type WebhookObjects = ReturnType<typeof webhookObjects>

/** The previous values of the top-level fields that differ between two versions of an object. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const previous: Record<string, unknown> = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) previous[key] = before[key] ?? null
  }
  return previous
}
