import type { JSONContent } from '@tiptap/core'
import type { Block, InlineNode, ListItem, Mark, Paragraph, RichTextDoc } from '../../../src/shared/richtext-document.js'

/**
 * The editor's JSON in the server's canonical form: the attributes TipTap adds for its own use
 * (an ordered list's `type`, a link's target/rel/class) are dropped, so what is saved is exactly
 * what the server stores and a save of unchanged text compares equal. Empty paragraphs at the
 * end are dropped.
 */
export function toServerDoc(json: JSONContent): RichTextDoc {
  const content = (json.content ?? []).map(block).filter((b): b is Block => b !== null)
  // The editor keeps an empty paragraph after a final quote, image or list so the caret can get
  // below it; readers should not get an empty paragraph at the end of every such story.
  while (content.length > 1 && content.at(-1)?.type === 'paragraph' && (content.at(-1) as Paragraph).content?.length === 0) content.pop()
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph', content: [] }] }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

function block(n: JSONContent): Block | null {
  switch (n.type) {
    case 'paragraph':
      return paragraph(n)
    case 'heading':
      return { type: 'heading', attrs: { level: n.attrs?.level === 3 ? 3 : 2 }, content: inline(n) }
    case 'blockquote': {
      const paragraphs = (n.content ?? []).filter((c) => c.type === 'paragraph').map(paragraph)
      return {
        type: 'blockquote',
        attrs: { speakerId: str(n.attrs?.speakerId), attribution: str(n.attrs?.attribution) },
        content: paragraphs.length ? paragraphs : [{ type: 'paragraph', content: [] }],
      }
    }
    case 'bulletList':
      return { type: 'bulletList', content: items(n) }
    case 'orderedList':
      return { type: 'orderedList', attrs: { start: typeof n.attrs?.start === 'number' ? n.attrs.start : 1 }, content: items(n) }
    case 'image':
      return str(n.attrs?.mediaId) ? { type: 'image', attrs: { mediaId: String(n.attrs?.mediaId) } } : null
    case 'embed':
      return str(n.attrs?.url) ? { type: 'embed', attrs: { url: String(n.attrs?.url) } } : null
    case 'horizontalRule':
      return { type: 'horizontalRule' }
    default:
      return null // the editor's schema has no other block; nothing else can reach here
  }
}

const paragraph = (n: JSONContent): Paragraph => ({ type: 'paragraph', content: inline(n) })

function items(n: JSONContent): ListItem[] {
  const list = (n.content ?? []).map((item): ListItem => {
    const content = (item.content ?? [])
      .map(block)
      .filter(
        (b): b is Paragraph | Extract<Block, { type: 'bulletList' | 'orderedList' }> =>
          b?.type === 'paragraph' || b?.type === 'bulletList' || b?.type === 'orderedList',
      )
    return { type: 'listItem', content: content.length ? content : [{ type: 'paragraph', content: [] }] }
  })
  return list.length ? list : [{ type: 'listItem', content: [{ type: 'paragraph', content: [] }] }]
}

function inline(n: JSONContent): InlineNode[] {
  const out: InlineNode[] = []
  for (const c of n.content ?? []) {
    if (c.type === 'hardBreak') out.push({ type: 'hardBreak' })
    else if (c.type === 'text' && c.text) {
      const marks = (c.marks ?? []).map(mark).filter((m): m is Mark => m !== null)
      out.push(marks.length ? { type: 'text', text: c.text, marks } : { type: 'text', text: c.text })
    }
  }
  return out
}

function mark(m: { type: string; attrs?: Record<string, unknown> }): Mark | null {
  switch (m.type) {
    case 'bold':
    case 'italic':
      return { type: m.type }
    case 'link':
      return str(m.attrs?.href) ? { type: 'link', attrs: { href: String(m.attrs?.href) } } : null
    case 'storyLink':
      return str(m.attrs?.storyId) ? { type: 'storyLink', attrs: { storyId: String(m.attrs?.storyId) } } : null
    default:
      return null
  }
}
