import { expect } from 'vitest'
import { validateDocument } from '../richtext/validate.js'
import type { Block, InlineNode, Mark } from '../shared/richtext-document.js'
import { type ConvertContext, type Converted, htmlToRichText } from './html-to-richtext.js'

// Builders for the tests of htmlToRichText: a post's images and stories, and the nodes it should become.

const IMAGES_BY_ID: Record<string, string> = { '12': 'm00000000012', '5': 'm00000000005', '7': 'm00000000007' }
const IMAGES_BY_URL: Record<string, string> = { 'https://old.example/wp-content/uploads/2020/01/cat.jpg': 'm0000000000c' }
const STORIES: Record<string, string> = { 'https://old.example/2019/05/other-post/': 's00000000001' }

const context = (): ConvertContext => ({
  image: ({ url, attachmentId }) =>
    (attachmentId && IMAGES_BY_ID[attachmentId]) || (url && IMAGES_BY_URL[url.replace(/-\d+x\d+(?=\.\w+$)/, '')]) || undefined,
  storyFor: (href) => STORIES[href],
})

/** Converts and checks the result is a body validateDocument accepts, as every test does. */
export function convert(html: string): Converted {
  const result = htmlToRichText(html, context())
  expect(() => validateDocument(result.doc)).not.toThrow()
  return result
}
export const body = (html: string) => convert(html).doc.content

export const t = (text: string, ...marks: Mark[]): InlineNode => (marks.length ? { type: 'text', text, marks } : { type: 'text', text })
export const p = (...content: (InlineNode | string)[]): Block => ({
  type: 'paragraph',
  content: content.map((c) => (typeof c === 'string' ? t(c) : c)),
})
export const br: InlineNode = { type: 'hardBreak' }
export const bold: Mark = { type: 'bold' }
export const italic: Mark = { type: 'italic' }
export const link = (href: string): Mark => ({ type: 'link', attrs: { href } })
export const image = (mediaId: string): Block => ({ type: 'image', attrs: { mediaId } })
export const embed = (url: string): Block => ({ type: 'embed', attrs: { url } })
export const quote = (attribution: string | null, ...content: Block[]): Block =>
  ({ type: 'blockquote', attrs: { speakerId: null, attribution }, content }) as Block
export const item = (...content: Block[]) => ({ type: 'listItem' as const, content }) as never
export const bullets = (...items: never[]): Block => ({ type: 'bulletList', content: items })
export const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
