import type { ChildNode, Element } from 'domhandler'
import { DOC_LIMITS } from '../richtext/validate.js'
import type { Block, Blockquote, ImageNode, ListItem, Paragraph } from '../shared/richtext-document.js'
import type { BlockWriter } from './autop.js'
import { widgetEmbed } from './embed-markup.js'
import type { Converter, State } from './html-converter.js'
import { findElement, hasClass, isElement, plainText } from './html-dom.js'

// A list level costs two levels of depth (list, item) and its text two more (paragraph, text).
const MAX_LIST_NESTING = Math.floor((DOC_LIMITS.maxDepth - 2) / 2)

/**
 * A list. An item holds only paragraphs and lists, so anything else met in one (an image, an
 * embed) is lifted out after it, and the list goes on after that, numbering continued.
 */
export function convertList(c: Converter, el: Element, state: State, out: BlockWriter): void {
  if (state.lists >= MAX_LIST_NESTING) {
    // too deep for a story: its items become lines of the item that holds it
    out.flush()
    c.children(el, state, out)
    out.flush()
    return
  }
  const ordered = el.name === 'ol'
  const start = Math.min(Math.max(Number.parseInt(el.attribs.start ?? '1', 10) || 1, 0), 100_000)
  const inner = { ...state, lists: state.lists + 1 }
  let items: ListItem[] = []
  let written = 0
  const writeList = () => {
    if (!items.length) return
    out.block(ordered ? { type: 'orderedList', attrs: { start: start + written }, content: items } : { type: 'bulletList', content: items })
    written += items.length
    items = []
  }
  for (const nodes of itemNodes(el)) {
    const w = c.writer()
    c.nodes(nodes, inner, w)
    w.flush()
    const { item, lifted } = asListItem(w.blocks)
    if (item) items.push(item)
    if (lifted.length) {
      writeList()
      out.add(lifted)
    }
  }
  writeList()
}

/** Each <li>'s content; anything loose between them (invalid, but browsers show it) as an item too. */
function itemNodes(list: Element): ChildNode[][] {
  const items: ChildNode[][] = []
  let loose: ChildNode[] = []
  for (const n of list.children) {
    if (isElement(n) && n.name === 'li') {
      if (loose.length) items.push(loose)
      loose = []
      items.push(n.children)
    } else loose.push(n)
  }
  if (loose.length) items.push(loose)
  return items
}

function asListItem(blocks: Block[]): { item?: ListItem; lifted: Block[] } {
  const content: ListItem['content'] = []
  const lifted: Block[] = []
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'bulletList' || b.type === 'orderedList') content.push(b)
    else if (b.type === 'heading') content.push({ type: 'paragraph', content: b.content ?? [] })
    else if (b.type === 'blockquote') content.push(...b.content, ...textParagraph(b.attrs?.attribution && `— ${b.attrs.attribution}`))
    else lifted.push(b)
  }
  if (!content.length) return { lifted }
  // the editor's schema starts an item with a paragraph
  if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' })
  return { item: { type: 'listItem', content }, lifted }
}

/**
 * A quote; a <cite> on a line of its own names who said it. A quote holds only paragraphs, so
 * images and embeds in one end it, and it goes on after them.
 */
export function convertQuote(c: Converter, el: Element, state: State, out: BlockWriter): void {
  const embed = widgetEmbed(el)
  if (embed) {
    out.block(embed)
    return
  }
  let attribution = ''
  const body = el.children.filter((n) => {
    const cite = citation(n)
    if (cite === undefined) return true
    attribution = cite
    return false
  })
  const w = c.writer()
  c.nodes(body, state, w)
  w.flush()
  out.add(asQuotes(w.blocks, attribution.replace(/^[\s—–-]+/, '').slice(0, DOC_LIMITS.maxAttributionChars)))
}

/** The name in a <cite>, or a line holding only one; undefined for anything else. */
function citation(n: ChildNode): string | undefined {
  if (!isElement(n)) return undefined
  if (n.name === 'cite') return plainText(n)
  if (n.name !== 'p' && n.name !== 'footer' && n.name !== 'div') return undefined
  const cite = n.children.find((e) => isElement(e) && e.name === 'cite')
  if (!cite) return undefined
  const name = plainText(cite)
  return /^[\s—–-]*$/.test(plainText(n).replace(name, '')) ? name : undefined
}

function asQuotes(blocks: Block[], attribution: string): Block[] {
  const out: Block[] = []
  let paragraphs: Paragraph[] = []
  const endQuote = () => {
    if (paragraphs.length) out.push({ type: 'blockquote', attrs: { speakerId: null, attribution: null }, content: paragraphs })
    paragraphs = []
  }
  for (const b of blocks) {
    if (b.type === 'paragraph') paragraphs.push(b)
    else if (b.type === 'heading') paragraphs.push({ type: 'paragraph', content: b.content ?? [] })
    else if (b.type === 'blockquote') paragraphs.push(...b.content, ...textParagraph(b.attrs?.attribution && `— ${b.attrs.attribution}`))
    else if (b.type === 'bulletList' || b.type === 'orderedList') paragraphs.push(...listParagraphs(b.content))
    else {
      endQuote()
      out.push(b)
    }
  }
  endQuote()
  const last = out.findLast((b): b is Blockquote => b.type === 'blockquote')
  if (attribution && last) last.attrs = { speakerId: null, attribution }
  else out.push(...textParagraph(attribution))
  return out
}

const listParagraphs = (items: ListItem[]): Paragraph[] =>
  items.flatMap((item) =>
    item.content.flatMap((b) => (b.type === 'paragraph' ? (b.content?.length ? [b] : []) : listParagraphs(b.content))),
  )

const textParagraph = (text: string | null | undefined): Paragraph[] =>
  text ? [{ type: 'paragraph', content: [{ type: 'text', text }] }] : []

/**
 * A table has no equivalent: each row becomes a line of its cells' text, and images in it are
 * kept after their row.
 */
export function convertTable(c: Converter, el: Element, state: State, out: BlockWriter): void {
  c.note('table', 'table')
  out.flush()
  const stack: ChildNode[] = [el]
  while (stack.length) {
    const n = stack.pop()!
    if (!isElement(n)) continue
    if (n.name === 'tr' || n.name === 'caption') {
      const cells =
        n.name === 'caption'
          ? [n]
          : n.children.filter((cell): cell is Element => isElement(cell) && (cell.name === 'td' || cell.name === 'th'))
      out.text(cells.map(plainText).filter(Boolean).join(' | '), state.marks, false)
      out.flush()
      tableImages(c, n, state, out)
    } else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!)
  }
}

function tableImages(c: Converter, row: Element, state: State, out: BlockWriter): void {
  const stack: ChildNode[] = [...row.children].reverse()
  while (stack.length) {
    const n = stack.pop()!
    if (!isElement(n)) continue
    if (n.name === 'img') c.nodes([n], state, out)
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!)
  }
}

/**
 * A figure: a single image's <figcaption> is its caption; any other figcaption stays text. A
 * block editor embed figure holds its provider URL as text.
 */
export function convertFigure(c: Converter, el: Element, state: State, out: BlockWriter): void {
  const caption = el.children.find((n): n is Element => isElement(n) && n.name === 'figcaption')
  const w = c.writer()
  const wrapper = hasClass(el, 'wp-block-embed') ? findElement(el, (e) => hasClass(e, 'wp-block-embed__wrapper')) : undefined
  if (wrapper && !findElement(wrapper, (e) => e.name === 'iframe' || e.name === 'blockquote')) c.embedOrLink(plainText(wrapper), state, w)
  else c.nodes(caption ? el.children.filter((n) => n !== caption) : el.children, state, w)
  w.flush()
  const images = w.blocks.filter((b): b is ImageNode => b.type === 'image')
  const text = caption ? plainText(caption) : ''
  out.add(w.blocks)
  if (images.length === 1 && images[0] && text) c.caption(images[0].attrs.mediaId, text)
  else if (caption) {
    out.flush()
    c.children(caption, state, out)
    out.flush()
  }
}
