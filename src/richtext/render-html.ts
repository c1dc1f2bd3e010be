import type { MessageKey } from '../i18n/messages.js'
import { t } from '../i18n/messages.js'
import type { Block, InlineNode, ListItem, Mark, RichTextDoc } from './document.js'
import { EMBED_PROVIDER_NAMES, recogniseEmbed } from './embeds.js'
import { escapeHtml as esc } from './escape.js'

/** A media item as the renderer needs it, already in the story's language. */
export interface RenderMedia {
  src: string
  width: number
  height: number
  alt: string
  caption: string
  credit: string
  srcset?: string
}

/** What the renderer must look up outside the document. Missing media or speakers are left out, not broken. */
export interface RenderContext {
  locale: string
  storyHref(storyId: string): string
  media(mediaId: string): RenderMedia | undefined
  speakerName(topicId: string): string | undefined
}

/**
 * Renders a validated document to HTML. Every text and attribute value is escaped here; nothing
 * from the document reaches the output unescaped, whatever it contains.
 */
export function renderHtml(doc: RichTextDoc, ctx: RenderContext): string {
  let html = ''
  for (const b of doc.content) html += renderBlock(b, ctx)
  return html
}

function renderBlock(b: Block, ctx: RenderContext): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${renderInline(b.content ?? [], ctx)}</p>`
    case 'heading':
      return `<h${b.attrs.level}>${renderInline(b.content ?? [], ctx)}</h${b.attrs.level}>`
    case 'blockquote': {
      const paragraphs = b.content.map((p) => `<p>${renderInline(p.content ?? [], ctx)}</p>`).join('')
      const speaker = b.attrs?.speakerId ? ctx.speakerName(b.attrs.speakerId) : undefined
      const by = [speaker, b.attrs?.attribution].filter(Boolean).join(', ')
      return by
        ? `<figure class="quote"><blockquote>${paragraphs}</blockquote><figcaption>— ${esc(by)}</figcaption></figure>`
        : `<blockquote>${paragraphs}</blockquote>`
    }
    case 'bulletList':
      return `<ul>${renderItems(b.content, ctx)}</ul>`
    case 'orderedList': {
      const start = b.attrs?.start ?? 1
      return `<ol${start === 1 ? '' : ` start="${start}"`}>${renderItems(b.content, ctx)}</ol>`
    }
    case 'image':
      return renderImage(b.attrs.mediaId, ctx)
    case 'embed':
      return renderEmbed(b.attrs.url, ctx)
    case 'horizontalRule':
      return '<hr>'
  }
}

function renderItems(items: ListItem[], ctx: RenderContext): string {
  return items.map((item) => `<li>${item.content.map((b) => renderBlock(b, ctx)).join('')}</li>`).join('')
}

function renderImage(mediaId: string, ctx: RenderContext): string {
  const m = ctx.media(mediaId)
  if (!m) return ''
  const srcset = m.srcset ? ` srcset="${esc(m.srcset)}" sizes="(min-width: 760px) 720px, 100vw"` : ''
  const img = `<img src="${esc(m.src)}"${srcset} alt="${esc(m.alt)}" width="${m.width}" height="${m.height}" loading="lazy" decoding="async">`
  const caption = captionText(m, ctx.locale)
  return `<figure class="story-image">${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
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

function renderInline(nodes: InlineNode[], ctx: RenderContext): string {
  let html = ''
  let open: Mark[] = []
  for (const n of nodes) {
    const marks = n.type === 'text' ? [...(n.marks ?? [])].sort((a, b) => MARK_RANK[a.type] - MARK_RANK[b.type]) : []
    let keep = 0
    while (keep < open.length && keep < marks.length && sameMark(open[keep] as Mark, marks[keep] as Mark)) keep++
    for (let i = open.length - 1; i >= keep; i--) html += closeTag(open[i] as Mark)
    for (let i = keep; i < marks.length; i++) html += openTag(marks[i] as Mark, ctx)
    open = marks
    html += n.type === 'text' ? esc(n.text) : '<br>'
  }
  for (let i = open.length - 1; i >= 0; i--) html += closeTag(open[i] as Mark)
  return html
}

function sameMark(a: Mark, b: Mark): boolean {
  if (a.type !== b.type) return false
  if (a.type === 'link' && b.type === 'link') return a.attrs.href === b.attrs.href
  if (a.type === 'storyLink' && b.type === 'storyLink') return a.attrs.storyId === b.attrs.storyId
  return true
}

function openTag(m: Mark, ctx: RenderContext): string {
  switch (m.type) {
    case 'bold':
      return '<strong>'
    case 'italic':
      return '<em>'
    case 'link':
      return `<a href="${esc(m.attrs.href)}">`
    case 'storyLink':
      return `<a href="${esc(ctx.storyHref(m.attrs.storyId))}" data-story-id="${esc(m.attrs.storyId)}">`
  }
}

const closeTag = (m: Mark): string => (m.type === 'bold' ? '</strong>' : m.type === 'italic' ? '</em>' : '</a>')
