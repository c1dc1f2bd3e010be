import { createHash } from 'node:crypto'
import type { ImportedVersion } from '../stories/story-import.service.js'
import { HEADLINE_MAX, LEAD_MAX, SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from '../stories/version-content.js'
import { type ConvertContext, htmlToRichText, type LossNote } from './html-to-richtext.js'
import type { WxrItem } from './wxr.types.js'

/** One post as a version of a story, with what the import's report says about it. */
export interface MappedPost {
  version: ImportedVersion
  /** Why readers will not see it although WordPress shows it to some (private, password). */
  neverPublic?: 'private' | 'password'
  untitled: boolean
  notes: LossNote[]
  captions: { mediaId: string; caption: string }[]
  thumbnailId?: string
  sticky: boolean
  digest: string
}

export type PostOutcome = MappedPost | { skip: string }

/**
 * Maps a post's status and dates to ours: published at its own dates, scheduled, in review or a
 * draft. Private and password-protected posts are never public here, so they arrive as drafts.
 */
export function mapPost(item: WxrItem, locale: string, ctx: ConvertContext, now: string): PostOutcome {
  if (item.status === 'trash') return { skip: 'it is in the WordPress trash' }
  if (item.status === 'auto-draft') return { skip: 'it is an auto-draft WordPress made and nobody wrote' }
  const converted = htmlToRichText(item.content, ctx)
  // WordPress keeps titles as HTML (`Rock &amp; Roll`, `<em>live</em>`): ours are text.
  const title = htmlText(item.title)
  const headline = clip(title || converted.firstWords || `WordPress ${item.type} ${item.id}`, HEADLINE_MAX)
  // post_date_gmt is WordPress's zero date on posts it never dated in UTC; pubDate then carries
  // the local date in the site's zone, and the local date itself is the last resort.
  const published = gmtTime(item.postDateGmt) ?? rfc2822Time(item.pubDate) ?? gmtTime(item.postDate)
  const neverPublic = item.status === 'private' ? 'private' : item.password ? 'password' : undefined
  const state: Pick<ImportedVersion, 'publishedAt' | 'pending'> = neverPublic
    ? {}
    : item.status === 'publish'
      ? { publishedAt: published && published <= now ? published : now }
      : item.status === 'future'
        ? published && published > now
          ? { pending: { status: 'scheduled', at: published } }
          : { publishedAt: published ?? now } // its time passed while WordPress missed it: it is live there too
        : item.status === 'pending'
          ? { pending: { status: 'in_review' } }
          : {}
  const modified = gmtTime(item.modifiedGmt)
  const seo = seoFields(item.meta, headline)
  const version: ImportedVersion = {
    locale,
    headline,
    slugFrom: decodedSlug(item.name) || headline,
    lead: clip(htmlText(item.excerpt), LEAD_MAX),
    body: converted.doc,
    seoTitle: seo.title,
    seoDescription: seo.description,
    ...state,
    ...(modified && { updatedAt: modified }),
  }
  return {
    version,
    ...(neverPublic && { neverPublic }),
    untitled: !title,
    notes: converted.notes,
    captions: converted.captions,
    ...(item.meta._thumbnail_id && { thumbnailId: item.meta._thumbnail_id.trim() }),
    sticky: item.sticky,
    digest: digestOf(item, version),
  }
}

/** `2024-03-05 14:00:00` (UTC, as WordPress writes post_date_gmt) → ISO 8601; undefined for WordPress's zero date. */
export function gmtTime(value: string): string | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$/.exec(value.trim())
  if (!m || m[1] === '0000') return undefined
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** `Mon, 04 Mar 2024 09:00:00 +0000` → ISO 8601; undefined when it is not a date. */
function rfc2822Time(value: string): string | undefined {
  if (!/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4}$/.test(value.trim())) return undefined
  const at = Date.parse(value)
  return Number.isNaN(at) || at < Date.UTC(1971, 0, 1) ? undefined : new Date(at).toISOString()
}

/** A post's slug as WordPress stores it: percent-encoded UTF-8 when it is not Latin. */
export function decodedSlug(name: string): string {
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}

/**
 * Yoast's and Rank Math's title and description. Their templates (`%%title%% %%sep%% %%sitename%%`,
 * `%title%`) mean "the post's title" and site furniture we add ourselves, so only the post's own
 * words are kept.
 */
function seoFields(meta: Record<string, string>, headline: string): { title: string; description: string } {
  const template = (value: string | undefined) =>
    htmlText(value ?? '')
      .replace(/%%?title%%?/g, headline)
      .replace(/%%?[a-z_]+%%?/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s\-–—|·•]+|[\s\-–—|·•]+$/g, '')
  const title = template(meta._yoast_wpseo_title ?? meta.rank_math_title)
  return {
    title: clip(title === headline ? '' : title, SEO_TITLE_MAX),
    description: clip(template(meta._yoast_wpseo_metadesc ?? meta.rank_math_description), SEO_DESCRIPTION_MAX),
  }
}

/** The text of a bit of WordPress HTML (an excerpt, a title): entities decoded, tags dropped. */
export function htmlText(html: string): string {
  const doc = htmlToRichText(html, { image: () => undefined, storyFor: () => undefined })
  return doc.firstWords === '' ? '' : plainOf(doc.doc)
}

function plainOf(node: { type: string; text?: string; content?: unknown[] }): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return ' '
  const inner = (node.content ?? []).map((c) => plainOf(c as typeof node))
  return inner
    .join(node.type === 'doc' ? ' ' : '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Cuts text to at most `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return (space > max / 2 ? cut.slice(0, space) : cut).trim()
}

/**
 * Everything of a post the import reads, and what it became (with the media and links it resolved
 * to): a re-run skips a post whose digest it has imported already.
 */
function digestOf(item: WxrItem, version: ImportedVersion): string {
  return createHash('sha256').update(JSON.stringify(item)).update(JSON.stringify(version)).digest('base64url').slice(0, 22)
}
