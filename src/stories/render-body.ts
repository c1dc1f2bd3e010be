import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { findMediaByIds } from '../media/media.repository.js'
import type { Media } from '../media/media.types.js'
import type { Block, InlineNode, RichTextDoc } from '../richtext/document.js'
import { plainText } from '../richtext/plain-text.js'
import { type RenderMedia, renderHtml } from '../richtext/render-html.js'
import { validateDocument } from '../richtext/validate.js'
import { mediaPath, storyIdPath } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import { findTopicNames } from '../taxonomy/taxonomy.repository.js'

export interface PreparedBody {
  doc: RichTextDoc
  json: string
  html: string
  text: string
}

/**
 * Validates a body and renders it for one language. Media and speakers are looked up once here,
 * so a public page view needs no rendering at all.
 */
export async function prepareBody(db: Kysely<DB>, site: LocaleSettings, input: unknown, locale: string): Promise<PreparedBody> {
  const doc = validateDocument(input)
  const { mediaIds, speakerIds } = references(doc)
  const [media, speakers] = await Promise.all([findMediaByIds(db, mediaIds), findTopicNames(db, speakerIds, locale)])
  const html = renderHtml(doc, {
    locale,
    storyHref: (id) => storyIdPath(site, locale, id),
    media: (id) => {
      const m = media.find((x) => x.id === id)
      return m && toRenderMedia(m, locale)
    },
    speakerName: (id) => speakers.get(id),
  })
  return { doc, json: JSON.stringify(doc), html, text: plainText(doc) }
}

/** The media a body shows, in this language, with a JPEG srcset every browser understands. */
export function toRenderMedia(m: Media, locale: string): RenderMedia {
  const jpegs = m.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width)
  const main = jpegs.filter((v) => v.width <= 1200).at(-1) ?? jpegs[0]
  const texts = m.texts[locale] ?? { caption: '', alt: '' }
  return {
    src: mediaPath(main?.key ?? m.storageKey),
    width: main?.width ?? m.width,
    height: main?.height ?? m.height,
    alt: texts.alt,
    caption: texts.caption,
    credit: m.credit,
    ...(jpegs.length > 1 && { srcset: jpegs.map((v) => `${mediaPath(v.key)} ${v.width}w`).join(', ') }),
  }
}

function references(doc: RichTextDoc): { mediaIds: string[]; speakerIds: string[]; storyIds: string[] } {
  const mediaIds = new Set<string>()
  const speakerIds = new Set<string>()
  const storyIds = new Set<string>()
  const inline = (nodes: InlineNode[] = []) => {
    for (const n of nodes) if (n.type === 'text') for (const m of n.marks ?? []) if (m.type === 'storyLink') storyIds.add(m.attrs.storyId)
  }
  const visit = (b: Block): void => {
    switch (b.type) {
      case 'image':
        mediaIds.add(b.attrs.mediaId)
        return
      case 'blockquote':
        if (b.attrs?.speakerId) speakerIds.add(b.attrs.speakerId)
        for (const p of b.content) inline(p.content)
        return
      case 'paragraph':
      case 'heading':
        inline(b.content)
        return
      case 'bulletList':
      case 'orderedList':
        for (const item of b.content) item.content.forEach(visit)
        return
      default:
        return
    }
  }
  doc.content.forEach(visit)
  return { mediaIds: [...mediaIds], speakerIds: [...speakerIds], storyIds: [...storyIds] }
}

/** Stories a body links to; the public site uses it to resolve links and find related stories. */
export const linkedStoryIds = (doc: RichTextDoc): string[] => references(doc).storyIds
