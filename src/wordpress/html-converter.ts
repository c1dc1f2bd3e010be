import type { ChildNode, Element } from 'domhandler'
import { ElementType } from 'htmlparser2'
import { isId } from '../ids.js'
import { safeLinkUrl } from '../richtext/urls.js'
import type { Mark } from '../shared/richtext-document.js'
import { BlockWriter } from './autop.js'
import { embedNode, isEmbedLoader, telegramEmbed } from './embed-markup.js'
import { convertFigure, convertList, convertQuote, convertTable } from './html-blocks.js'
import { findElement, isElement, plainText } from './html-dom.js'
import type { ConvertContext, LossNote } from './html-to-richtext.js'
import { convertShortcode } from './shortcode-blocks.js'
import { findShortcodes, mayHoldShortcodes, type Piece } from './shortcodes.js'

export interface State {
  readonly marks: Mark[]
  readonly pre: boolean
  /** How many lists enclose this point. */
  readonly lists: number
  /** How many elements enclose this point. */
  readonly depth: number
  /** The attachment a [caption] names, for an image inside it without a wp-image-N class. */
  readonly attachmentId?: string
}

type Handler = (c: Converter, el: Element, state: State, out: BlockWriter) => void

// Past this, markup is a pathological or hostile post: its text is kept flat instead.
const MAX_MARKUP_DEPTH = 200
const MARK_ORDER = { bold: 0, italic: 1, link: 2, storyLink: 2 } as const

/** Walks a post's DOM, writing blocks; collects what could not be kept and the images' captions. */
export class Converter {
  static readonly start: State = { marks: [], pre: false, lists: 0, depth: 0 }
  readonly notes = new Map<string, LossNote>()
  readonly captions: { mediaId: string; caption: string }[] = []

  constructor(
    private readonly ctx: ConvertContext,
    private readonly classic: boolean,
  ) {}

  writer(): BlockWriter {
    return new BlockWriter(this.classic)
  }

  note(kind: LossNote['kind'], detail: string): void {
    const short = detail.length > 200 ? `${detail.slice(0, 199)}…` : detail
    if (!this.notes.has(`${kind} ${short}`)) this.notes.set(`${kind} ${short}`, { kind, detail: short })
  }

  caption(mediaId: string, caption: string): void {
    if (caption && !this.captions.some((c) => c.mediaId === mediaId)) this.captions.push({ mediaId, caption })
  }

  nodes(nodes: ChildNode[], state: State, out: BlockWriter): void {
    if (mayHoldShortcodes(nodes)) this.pieces(findShortcodes(nodes), state, out)
    else for (const n of nodes) this.node(n, state, out)
  }

  pieces(pieces: Piece[], state: State, out: BlockWriter): void {
    for (const p of pieces) {
      if (p.kind === 'node') this.node(p.node, state, out)
      else if (p.kind === 'text') out.text(p.text, state.marks, state.pre)
      else convertShortcode(this, p.shortcode, p.inner, state, out)
    }
  }

  /** Writes an image block for an imported image; notes one that was not imported. */
  image(ref: { url?: string; attachmentId?: string }, out: BlockWriter): void {
    const mediaId = this.ctx.image(ref)
    if (isId(mediaId)) out.block({ type: 'image', attrs: { mediaId } })
    else this.note('image_missing', `image ${ref.url ?? `attachment ${ref.attachmentId}`}`)
  }

  /** The mark for a link: to the imported story when it points at one, else to the URL if it is safe. */
  linkMark(href: string): Mark | undefined {
    const storyId = this.ctx.storyFor(href)
    if (isId(storyId)) return { type: 'storyLink', attrs: { storyId } }
    const url = safeLinkUrl(href)
    return url ? { type: 'link', attrs: { href: url } } : undefined
  }

  /** An embed for a provider's URL; any other URL becomes a link, with a note. */
  embedOrLink(url: string, state: State, out: BlockWriter): void {
    const embed = embedNode(url)
    if (embed) out.block(embed)
    if (embed || !url) return
    this.note('embed', `embed ${url}`)
    const mark = this.linkMark(url)
    out.flush()
    out.text(url, mark ? withMark(state.marks, mark) : state.marks, false)
    out.flush()
  }

  children(el: Element, state: State, out: BlockWriter): void {
    this.nodes(el.children, state, out)
  }

  private node(n: ChildNode, state: State, out: BlockWriter): void {
    if (n.type === ElementType.Text) out.text(n.data, state.marks, state.pre)
    else if (isElement(n)) this.element(n, state, out)
    else if (n.type === ElementType.CDATA) this.nodes(n.children, state, out)
    else if (n.type === ElementType.Comment) this.comment(n.data)
  }

  private element(el: Element, outer: State, out: BlockWriter): void {
    if (outer.depth >= MAX_MARKUP_DEPTH) {
      this.note('element', `markup nested deeper than ${MAX_MARKUP_DEPTH} elements, kept as plain text`)
      out.text(` ${plainText(el)} `, outer.marks, false)
      return
    }
    const state = { ...outer, depth: outer.depth + 1 }
    const handler = HANDLERS.get(el.name)
    if (handler) handler(this, el, state, out)
    else if (BLOCKS.has(el.name)) {
      out.flush()
      this.children(el, state, out)
      out.flush()
    } else if (DROPPED.has(el.name)) {
      const src = el.attribs.src ?? el.attribs.data ?? findElement(el, (e) => e.name === 'source')?.attribs.src ?? ''
      this.note('element', `${el.name} ${src}`.trim())
    } else if (!IGNORED.has(el.name)) this.children(el, state, out)
  }

  /** A self-closing block comment is a dynamic block (latest posts, a reusable block): its content was never in the post. */
  private comment(data: string): void {
    const block = /^\s*wp:([a-z][\w-]*(?:\/[a-z][\w-]*)?)/.exec(data)
    if (block && data.trimEnd().endsWith('/')) this.note('element', `block wp:${block[1]}`)
  }
}

/** `marks` with `mark` added in a fixed order, so equal formatting compares equal; a link replaces a link. */
export function withMark(marks: Mark[], mark: Mark): Mark[] {
  const rank = MARK_ORDER[mark.type]
  if (rank < 2 && marks.some((m) => m.type === mark.type)) return marks
  const rest = marks.filter((m) => MARK_ORDER[m.type] !== rank)
  return [...rest, mark].sort((a, b) => MARK_ORDER[a.type] - MARK_ORDER[b.type])
}

const inMark =
  (mark: Mark): Handler =>
  (c, el, state, out) => {
    const style = el.attribs.style ?? ''
    // Google Docs wraps whole pastes in <b style="font-weight:normal">
    const cancelled = mark.type === 'bold' ? /font-weight\s*:\s*(normal|[1-5]00)/i.test(style) : /font-style\s*:\s*normal/i.test(style)
    c.children(el, cancelled ? state : { ...state, marks: withMark(state.marks, mark) }, out)
  }

const span: Handler = (c, el, state, out) => {
  const style = el.attribs.style ?? ''
  let marks = state.marks
  if (/font-weight\s*:\s*(bold|[6-9]00)/i.test(style)) marks = withMark(marks, { type: 'bold' })
  if (/font-style\s*:\s*italic/i.test(style)) marks = withMark(marks, { type: 'italic' })
  c.children(el, marks === state.marks ? state : { ...state, marks }, out)
}

const heading: Handler = (c, el, state, out) => out.heading(el.name === 'h1' || el.name === 'h2' ? 2 : 3, () => c.children(el, state, out))

const link: Handler = (c, el, state, out) => {
  const mark = el.attribs.href ? c.linkMark(el.attribs.href.trim()) : undefined
  c.children(el, mark ? { ...state, marks: withMark(state.marks, mark) } : state, out)
}

const image: Handler = (c, el, state, out) => {
  const a = el.attribs
  // lazy-loading plugins put a placeholder in src and the image in data-src
  const src = [a.src, a['data-lazy-src'], a['data-src']].find((s) => s && !s.startsWith('data:'))
  const attachmentId =
    /(?:^|\s)wp-image-(\d+)(?:\s|$)/.exec(a.class ?? '')?.[1] ?? /^\d+$/.exec(a['data-id'] ?? '')?.[0] ?? state.attachmentId
  if (src || attachmentId) c.image({ ...(src && { url: src }), ...(attachmentId && { attachmentId }) }, out)
  else if (a.src) c.note('image_missing', 'image (embedded data)')
}

const preformatted: Handler = (c, el, state, out) => {
  out.flush()
  c.children(el, { ...state, pre: true }, out)
  out.flush()
}

const iframe: Handler = (c, el, _state, out) => {
  const src = el.attribs.src ?? el.attribs['data-src'] ?? ''
  const embed = embedNode(src)
  if (embed) out.block(embed)
  else c.note('iframe', `iframe ${src}`.trim())
}

const script: Handler = (c, el, _state, out) => {
  const embed = telegramEmbed(el)
  const src = el.attribs.src ?? ''
  if (embed) out.block(embed)
  else if (!isEmbedLoader(src)) c.note('script', `script ${src}`.trim())
}

const form: Handler = (c, el) => c.note('form', el.name)

// a Map, not an object: a tag named `constructor` must not find Object's
const HANDLERS = new Map<string, Handler>(
  Object.entries({
    p: (c, el, state, out) => {
      out.flush()
      c.children(el, state, out)
      out.flush()
    },
    h1: heading,
    h2: heading,
    h3: heading,
    h4: heading,
    h5: heading,
    h6: heading,
    br: (_c, _el, _state, out) => out.hardBreak(),
    hr: (_c, _el, _state, out) => out.block({ type: 'horizontalRule' }),
    b: inMark({ type: 'bold' }),
    strong: inMark({ type: 'bold' }),
    i: inMark({ type: 'italic' }),
    em: inMark({ type: 'italic' }),
    span,
    a: link,
    img: image,
    pre: preformatted,
    ul: convertList,
    ol: convertList,
    blockquote: convertQuote,
    table: convertTable,
    figure: convertFigure,
    iframe,
    script,
    style: (c) => c.note('style', 'style'),
    form,
    input: form,
    select: form,
    textarea: form,
    button: form,
  } satisfies Record<string, Handler>),
)

// Containers with no meaning of their own in a story: their content is kept, on lines of its own.
const BLOCKS = new Set(
  'div section article aside header footer main nav address center details summary dl dt dd li hgroup body html caption tr td th thead tbody tfoot figcaption legend menu dir'.split(
    ' ',
  ),
)
// Content a story cannot hold: left out, with a note.
const DROPPED = new Set('video audio object embed applet svg math canvas noscript template frameset frame dialog'.split(' '))
// Markup that never shows in a post's body.
const IGNORED = new Set('head title meta link base source track param wbr area map colgroup col'.split(' '))
