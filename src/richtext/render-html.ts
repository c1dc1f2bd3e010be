import type { MessageKey } from '../i18n/messages.js'
import { t } from '../i18n/messages.js'
import { EMBED_PROVIDER_NAMES, recogniseEmbed } from '../shared/embeds.js'
import type { Block, InlineNode, ListItem, Mark, RichTextDoc } from '../shared/richtext-document.js'
import { escapeHtml as esc } from './escape.js'
import { BodyWriter, type RenderedBody } from './rendered-body.js'

/** A media item as the renderer needs it, already in the story's language. */
export interface RenderMedia {
  /** The stored file the `src` shows. */
  key: string
  width: number
  height: number
  alt: string
  caption: string
  credit: string
  /** Files of other widths, for `srcset`. */
  sizes?: readonly { key: string; width: number }[]
}

/** What the renderer must look up outside the document. Missing media or speakers are left out, not broken. */
export interface RenderContext {
  locale: string
  media(mediaId: string): RenderMedia | undefined
  speakerName(topicId: string): string | undefined
}

/**
 * Renders a validated document to our HTML with holes for addresses (rendered-body.ts). Every
 * text and attribute value is escaped here; nothing from the document reaches the output
 * unescaped, whatever it contains.
 */
export function renderBody(doc: RichTextDoc, ctx: RenderContext): RenderedBody {
  const out = new BodyWriter()
  for (const b of doc.content) renderBlock(b, ctx, out)
  return out.done()
}

function renderBlock(b: Block, ctx: RenderContext, out: BodyWriter): void {
  switch (b.type) {
    case 'paragraph':
      out.html('<p>')
      renderInline(b.content ?? [], out)
      out.html('</p>')
      return
    case 'heading':
      out.html(`<h${b.attrs.level}>`)
      renderInline(b.content ?? [], out)
      out.html(`</h${b.attrs.level}>`)
      return
    case 'blockquote': {
      const speaker = b.attrs?.speakerId ? ctx.speakerName(b.attrs.speakerId) : undefined
      const by = [speaker, b.attrs?.attribution].filter(Boolean).join(', ')
      out.html(by ? '<figure class="quote"><blockquote>' : '<blockquote>')
      for (const p of b.content) {
        out.html('<p>')
        renderInline(p.content ?? [], out)
        out.html('</p>')
      }
      out.html(by ? `</blockquote><figcaption>— ${esc(by)}</figcaption></figure>` : '</blockquote>')
      return
    }
    case 'bulletList':
      out.html('<ul>')
      renderItems(b.content, ctx, out)
      out.html('</ul>')
      return
    case 'orderedList': {
      const start = b.attrs?.start ?? 1
      out.html(`<ol${start === 1 ? '' : ` start="${start}"`}>`)
      renderItems(b.content, ctx, out)
      out.html('</ol>')
      return
    }
    case 'image':
      renderImage(b.attrs.mediaId, ctx, out)
      return
    case 'embed':
      out.html(renderEmbed(b.attrs.url, ctx))
      return
    case 'horizontalRule':
      out.html('<hr>')
      return
  }
}

function renderItems(items: ListItem[], ctx: RenderContext, out: BodyWriter): void {
  for (const item of items) {
    out.html('<li>')
    for (const b of item.content) renderBlock(b, ctx, out)
    out.html('</li>')
  }
}

function renderImage(mediaId: string, ctx: RenderContext, out: BodyWriter): void {
  const m = ctx.media(mediaId)
  if (!m) return
  out.html('<figure class="story-image"><img src="')
  out.hole({ media: m.key })
  out.html('"')
  if (m.sizes?.length) {
    out.html(' srcset="')
    m.sizes.forEach((size, i) => {
      out.html(i === 0 ? '' : ', ')
      out.hole({ media: size.key })
      out.html(` ${size.width}w`)
    })
    out.html('" sizes="(min-width: 760px) 720px, 100vw"')
  }
  out.html(` alt="${esc(m.alt)}" width="${m.width}" height="${m.height}" loading="lazy" decoding="async">`)
  const caption = captionText(m, ctx.locale)
  out.html(`${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`)
}

/** "Photo: caption (credit)" in the story's language, escaped. */
export function captionText(m: Pick<RenderMedia, 'caption' | 'credit'>, locale: string): string {
  if (!m.caption && !m.credit) return ''
  const label = esc(t(locale, 'render_photo_label'))
  const caption = m.caption ? ` ${esc(m.caption)}` : ''
  const credit = m.credit ? ` <span class="credit">(${esc(m.credit)})</span>` : ''
  return `${label}${caption}${credit}`
}

const PLAYER_TITLE: Record<string, MessageKey> = { youtube: 'render_video_title', vimeo: 'render_video_title' }

function renderEmbed(url: string, ctx: RenderContext): string {
  const embed = recogniseEmbed(url)
  if (!embed) return ''
  const titleKey = PLAYER_TITLE[embed.provider]
  if (embed.playerUrl && titleKey) {
    return `<figure class="embed embed-${embed.provider}"><iframe src="${esc(embed.playerUrl)}" title="${esc(t(ctx.locale, titleKey))}" loading="lazy" allow="encrypted-media; picture-in-picture; fullscreen" referrerpolicy="strict-origin-when-cross-origin" sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"></iframe></figure>`
  }
  return `<p class="embed embed-${embed.provider}"><a href="${esc(embed.url)}" rel="nofollow noopener">${esc(t(ctx.locale, 'render_embed_link', { provider: EMBED_PROVIDER_NAMES[embed.provider] }))}</a></p>`
}

// Marks open outermost-first in this order, so a link around bold text stays one <a>.
const MARK_RANK: Record<Mark['type'], number> = { link: 0, storyLink: 0, bold: 1, italic: 2 }

function renderInline(nodes: InlineNode[], out: BodyWriter): void {
  let open: Mark[] = []
  for (const n of nodes) {
    const marks = n.type === 'text' ? [...(n.marks ?? [])].sort((a, b) => MARK_RANK[a.type] - MARK_RANK[b.type]) : []
    let keep = 0
    while (keep < open.length && keep < marks.length && sameMark(open[keep] as Mark, marks[keep] as Mark)) keep++
    for (let i = open.length - 1; i >= keep; i--) closeTag(open[i] as Mark, out)
    for (let i = keep; i < marks.length; i++) openTag(marks[i] as Mark, out)
    open = marks
    out.html(n.type === 'text' ? esc(n.text) : '<br>')
  }
  for (let i = open.length - 1; i >= 0; i--) closeTag(open[i] as Mark, out)
}

function sameMark(a: Mark, b: Mark): boolean {
  if (a.type !== b.type) return false
  if (a.type === 'link' && b.type === 'link') return a.attrs.href === b.attrs.href
  if (a.type === 'storyLink' && b.type === 'storyLink') return a.attrs.storyId === b.attrs.storyId
  return true
}

function openTag(m: Mark, out: BodyWriter): void {
  switch (m.type) {
    case 'bold':
      out.html('<strong>')
      return
    case 'italic':
      out.html('<em>')
      return
    case 'link':
      out.html(`<a href="${esc(m.attrs.href)}">`)
      return
    case 'storyLink':
      // Where the story lives is decided when the body is shown (rendered-body.ts).
      out.hole({ link: m.attrs.storyId })
      return
  }
}

function closeTag(m: Mark, out: BodyWriter): void {
  if (m.type === 'storyLink') out.hole({ end: m.attrs.storyId })
  else out.html(m.type === 'bold' ? '</strong>' : m.type === 'italic' ? '</em>' : '</a>')
}
