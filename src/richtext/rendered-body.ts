import { escapeHtml as esc } from './escape.js'

/**
 * A body rendered once, when it is saved, and stored: our escaped HTML with holes where an
 * address goes. Addresses depend on where the site lives (SITE_URL, the language prefixes, a
 * linked story's current slug, where media are served from), so they are filled in when a page,
 * a feed or an API response is rendered, never stored.
 *
 * - `{ link: id }` opens a link to story `id` and `{ end: id }` closes it: both vanish, leaving
 *   the words, when the story has no public version;
 * - `{ media: key }` is the address of a stored media file.
 */
export type BodyHole = { readonly link: string } | { readonly end: string } | { readonly media: string }
export type BodyPart = string | BodyHole
export type RenderedBody = readonly BodyPart[]

/** Where a linked story and a media file live, as the reader of this rendering reaches them. */
export interface BodyAddresses {
  /** The linked story's address in the reader's language, or another language's with its hreflang. */
  story(storyId: string): { href: string; hreflang?: string } | undefined
  media(key: string): string
}

/** Collects HTML and holes, joining neighbouring HTML into one string. */
export class BodyWriter {
  private readonly parts: BodyPart[] = []

  html(text: string): void {
    if (text === '') return
    const last = this.parts.length - 1
    if (typeof this.parts[last] === 'string') this.parts[last] += text
    else this.parts.push(text)
  }

  hole(hole: BodyHole): void {
    this.parts.push(hole)
  }

  done(): RenderedBody {
    return this.parts
  }
}

/** The HTML a reader gets: every hole filled with an escaped address, or left out. */
export function assembleBody(body: RenderedBody, addresses: BodyAddresses): string {
  let html = ''
  const resolved = new Map<string, boolean>()
  for (const part of body) {
    if (typeof part === 'string') html += part
    else if ('media' in part) html += esc(addresses.media(part.media))
    else if ('link' in part) {
      const target = addresses.story(part.link)
      resolved.set(part.link, Boolean(target))
      if (target) html += `<a href="${esc(target.href)}"${target.hreflang ? ` hreflang="${esc(target.hreflang)}"` : ''}>`
    } else if (resolved.get(part.end)) html += '</a>'
  }
  return html
}

/** The stories a rendered body links to, each once. */
export const linkedStoryIds = (body: RenderedBody): string[] => [
  ...new Set(body.flatMap((p) => (typeof p !== 'string' && 'link' in p ? [p.link] : []))),
]

/** The stored form: compact JSON. */
export const serializeBody = (body: RenderedBody): string => JSON.stringify(body)

/**
 * Reads a stored body. What we stored is trusted to be ours, but a part of any other shape is
 * dropped rather than shown, so a damaged row can't put unescaped text on a page.
 */
export function parseBody(stored: string): RenderedBody {
  if (stored === '') return []
  const parsed: unknown = JSON.parse(stored)
  if (!Array.isArray(parsed)) return []
  return parsed.filter(
    (p): p is BodyPart =>
      typeof p === 'string' ||
      (typeof p === 'object' &&
        p !== null &&
        Object.keys(p).length === 1 &&
        (typeof p.link === 'string' || typeof p.end === 'string' || typeof p.media === 'string')),
  )
}
