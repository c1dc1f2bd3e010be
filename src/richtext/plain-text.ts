import type { Block, InlineNode, RichTextDoc } from '../shared/richtext-document.js'

/** The document's words without markup: blocks separated by blank lines. For search and summaries. */
export function plainText(doc: RichTextDoc): string {
  return doc.content.map(blockText).filter(Boolean).join('\n\n')
}

function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(b.content ?? [])
    case 'blockquote':
      return [...b.content.map((p) => inlineText(p.content ?? [])), b.attrs?.attribution ?? ''].filter(Boolean).join('\n')
    case 'bulletList':
    case 'orderedList':
      return b.content.map((item) => item.content.map(blockText).join('\n')).join('\n')
    default:
      return ''
  }
}

const inlineText = (nodes: InlineNode[]): string => nodes.map((n) => (n.type === 'text' ? n.text : '\n')).join('')
