import type { Block, InlineNode, Mark, TextNode } from '../shared/richtext-document.js'
import { embedNode } from './embed-markup.js'

// HTML's own whitespace; a no-break space is text, not layout, so it stays.
const LAYOUT_SPACE = /[ \t\n\f\r]+/g
const BLANK_LINE = /\n[ \t\f\r]*\n\s*/
// The characters validateDocument refuses in text, but for the form feed, which HTML reads as a space.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g
const BARE_URL = /^https?:\/\/\S+$/

export const collapseSpace = (s: string) => s.replace(CONTROL, '').replace(LAYOUT_SPACE, ' ')

/**
 * Collects a container's blocks from a stream of text, breaks and finished blocks, the way a
 * browser lays text out: runs of whitespace become one space, none at a line's edges. Classic
 * WordPress content is stored before wpautop, so there a blank line ends a paragraph and a single
 * newline is a line break.
 */
export class BlockWriter {
  readonly blocks: Block[] = []
  /** The heading level text goes into; 0 for a paragraph. */
  private level: 0 | 2 | 3 = 0
  private line: InlineNode[] = []

  constructor(private readonly classic: boolean) {}

  text(raw: string, marks: Mark[], pre: boolean): void {
    if (pre) {
      raw.split('\n').forEach((l, i) => {
        if (i) this.hardBreak()
        this.append(l.replace(CONTROL, '').replace(/\f/g, ' '), marks, true)
      })
    } else if (!this.classic || !raw.includes('\n')) {
      this.append(collapseSpace(raw), marks, false)
    } else {
      raw.split(BLANK_LINE).forEach((paragraph, i) => {
        if (i) this.flush()
        paragraph.split('\n').forEach((l, j) => {
          // wpautop adds no second break after a written <br>
          if (j && this.line.at(-1)?.type !== 'hardBreak') this.hardBreak()
          this.append(collapseSpace(l), marks, false)
        })
      })
    }
  }

  hardBreak(): void {
    this.trimEnd()
    this.line.push({ type: 'hardBreak' })
  }

  block(b: Block): void {
    this.flush()
    this.blocks.push(b)
  }

  add(blocks: Block[]): void {
    this.flush()
    for (const b of blocks) this.blocks.push(b)
  }

  /** Runs `write` with text going into a heading of `level`; blocks met inside split the heading. */
  heading(level: 2 | 3, write: () => void): void {
    this.flush()
    const outer = this.level
    this.level = level
    write()
    this.flush()
    this.level = outer
  }

  /** Ends the paragraph or heading being written; one without any visible text is dropped. */
  flush(): void {
    const line = this.line
    if (!line.length) return
    this.line = []
    this.trimEnd(line)
    if (this.level) {
      const content = visible(line)
      if (content) this.blocks.push({ type: 'heading', attrs: { level: this.level }, content })
    } else this.paragraphs(line)
  }

  private append(s: string, marks: Mark[], pre: boolean): void {
    if (!s) return
    const last = this.line.at(-1)
    if (!pre && s.charCodeAt(0) === 32 && (!last || last.type === 'hardBreak' || last.text.endsWith(' '))) {
      s = s.slice(1)
      if (!s) return
    }
    if (last?.type === 'text' && sameMarks(last.marks, marks)) last.text += s
    else this.line.push(marks.length ? { type: 'text', text: s, marks } : { type: 'text', text: s })
  }

  private trimEnd(line = this.line): void {
    const last = line.at(-1)
    if (last?.type !== 'text' || !last.text.endsWith(' ')) return
    last.text = last.text.trimEnd()
    if (!last.text) line.pop()
  }

  /** A link of a known provider alone on its line is an embed, as WordPress's autoembed makes it. */
  private paragraphs(content: InlineNode[]): void {
    let from = 0
    for (let i = 0; i < content.length; i++) {
      const n = content[i]
      if (n?.type !== 'text' || n.marks || !BARE_URL.test(n.text)) continue
      if (content[i - 1]?.type === 'text' || content[i + 1]?.type === 'text') continue
      const embed = embedNode(n.text)
      if (!embed) continue
      this.paragraph(content.slice(from, i))
      this.blocks.push(embed)
      from = i + 1
    }
    this.paragraph(from ? content.slice(from) : content)
  }

  private paragraph(content: InlineNode[]): void {
    const visibleContent = visible(content)
    if (visibleContent) this.blocks.push({ type: 'paragraph', content: visibleContent })
  }
}

/** The line without breaks at its edges; undefined when nothing in it would show. */
function visible(content: InlineNode[]): InlineNode[] | undefined {
  let [start, end] = [0, content.length]
  while (content[start]?.type === 'hardBreak') start++
  while (end > start && content[end - 1]?.type === 'hardBreak') end--
  if (!content.some((n) => n.type === 'text' && /\S/.test(n.text))) return undefined
  return start || end < content.length ? content.slice(start, end) : content
}

function sameMarks(a: TextNode['marks'], b: Mark[]): boolean {
  if (a === b) return true
  if ((a?.length ?? 0) !== b.length) return false
  return b.every((m, i) => {
    const o = a?.[i]
    if (o?.type !== m.type) return false
    if (o.type === 'link') return m.type === 'link' && o.attrs.href === m.attrs.href
    if (o.type === 'storyLink') return m.type === 'storyLink' && o.attrs.storyId === m.attrs.storyId
    return true
  })
}
