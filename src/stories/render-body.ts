import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { findMediaByIds } from '../media/media.repository.js'
import type { Media } from '../media/media.types.js'
import { bodyReferences } from '../richtext/references.js'
import { type RenderMedia, renderBody } from '../richtext/render-html.js'
import { type RenderedBody, serializeBody } from '../richtext/rendered-body.js'
import { validateDocument } from '../richtext/validate.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import { findTopicNames } from '../taxonomy/taxonomy.repository.js'

export interface PreparedBody {
  doc: RichTextDoc
  json: string
  /** The rendered body as stored: HTML with holes for addresses (richtext/rendered-body.ts). */
  rendered: string
}

/**
 * Validates a body and renders it for one language. Media and speakers are looked up once here,
 * so a public page view needs no rendering, only its addresses filled in.
 */
export async function prepareBody(db: Kysely<DB>, input: unknown, locale: string): Promise<PreparedBody> {
  const doc = validateDocument(input)
  return { doc, json: JSON.stringify(doc), rendered: serializeBody(await renderStoredDoc(db, doc, locale)) }
}

/** Renders a document that was validated when it was saved, with today's media texts and speaker names. */
export async function renderStoredDoc(db: Kysely<DB>, doc: RichTextDoc, locale: string): Promise<RenderedBody> {
  const { mediaIds, speakerIds } = bodyReferences(doc)
  const [media, speakers] = await Promise.all([findMediaByIds(db, mediaIds), findTopicNames(db, speakerIds, locale)])
  return renderBody(doc, {
    locale,
    media: (id) => {
      const m = media.find((x) => x.id === id)
      return m && toRenderMedia(m, locale)
    },
    speakerName: (id) => speakers.get(id),
  })
}

/** The media a body shows, in this language, with a JPEG srcset every browser understands. */
export function toRenderMedia(m: Media, locale: string): RenderMedia {
  const jpegs = m.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width)
  const main = jpegs.filter((v) => v.width <= 1200).at(-1) ?? jpegs[0]
  const texts = m.texts[locale] ?? { caption: '', alt: '' }
  return {
    key: main?.key ?? m.storageKey,
    width: main?.width ?? m.width,
    height: main?.height ?? m.height,
    alt: texts.alt,
    caption: texts.caption,
    credit: m.credit,
    ...(jpegs.length > 1 && { sizes: jpegs.map((v) => ({ key: v.key, width: v.width })) }),
  }
}
