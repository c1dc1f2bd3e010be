import type { Block, InlineNode, Mark, RichTextDoc } from '../shared/richtext-document.js'
import type { DemoBlock } from './content.types.js'

/** Looks up ids the seed has created, by demo key. */
export interface DemoIds {
  story(key: string): string
  topic(key: string): string
}

const INLINE = /\[([^\]]+)\]\(([^)]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*/g

/** Turns the demo's light inline markup into rich-text nodes (see DemoBlock). */
export function inlineNodes(text: string, ids: DemoIds): InlineNode[] {
  const nodes: InlineNode[] = []
  const push = (t: string, marks?: Mark[]) => {
    if (t) nodes.push(marks?.length ? { type: 'text', text: t, marks } : { type: 'text', text: t })
  }
  let last = 0
  for (const m of text.matchAll(INLINE)) {
    push(text.slice(last, m.index))
    const [, linkText, target, bold, italic] = m
    if (linkText && target) {
      const mark: Mark = target.startsWith('story:')
        ? { type: 'storyLink', attrs: { storyId: ids.story(target.slice('story:'.length)) } }
        : { type: 'link', attrs: { href: target } }
      push(linkText, [mark])
    } else if (bold) push(bold, [{ type: 'bold' }])
    else if (italic) push(italic, [{ type: 'italic' }])
    last = (m.index ?? 0) + m[0].length
  }
  push(text.slice(last))
  return nodes
}

export function demoDocument(blocks: DemoBlock[], ids: DemoIds): RichTextDoc {
  return { type: 'doc', content: blocks.map((b) => demoBlock(b, ids)) }
}

function demoBlock(b: DemoBlock, ids: DemoIds): Block {
  if ('p' in b) return { type: 'paragraph', content: inlineNodes(b.p, ids) }
  if ('h' in b) return { type: 'heading', attrs: { level: 2 }, content: inlineNodes(b.h, ids) }
  if ('quote' in b) {
    return {
      type: 'blockquote',
      attrs: { speakerId: b.speaker ? ids.topic(`person:${b.speaker}`) : null, attribution: b.attribution ?? null },
      content: [{ type: 'paragraph', content: inlineNodes(b.quote, ids) }],
    }
  }
  return {
    type: 'bulletList',
    content: b.list.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: inlineNodes(item, ids) }] })),
  }
}
