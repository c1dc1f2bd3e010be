import { getSchema } from '@tiptap/core'
import { Node as PmNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { validateDocument } from '../../../src/richtext/validate.js'
import { storySchemaExtensions } from './schema.js'
import { toServerDoc } from './server-doc.js'

const ID = 'a1b2c3d4e5f6'
const text = (t: string, marks?: object[]) => ({ type: 'text', text: t, ...(marks && { marks }) })

/** A body using every node and mark the server knows. */
const everything = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Підзаголовок')] },
    {
      type: 'paragraph',
      content: [
        text('Раніше '),
        text('повідомлялося', [{ type: 'storyLink', attrs: { storyId: ID } }]),
        text(' і '),
        // in the order ProseMirror keeps marks (by schema rank), as a body saved from the editor has them
        text('тут', [{ type: 'link', attrs: { href: 'https://example.org/' } }, { type: 'bold' }, { type: 'italic' }]),
        { type: 'hardBreak' },
        text('кінець'),
      ],
    },
    { type: 'heading', attrs: { level: 3 }, content: [] },
    {
      type: 'blockquote',
      attrs: { speakerId: ID, attribution: 'мешканка Подолу' },
      content: [{ type: 'paragraph', content: [text('Ми тримаємося.')] }],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('один')] }] }] },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [text('три')] },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [] }] }] },
          ],
        },
      ],
    },
    { type: 'image', attrs: { mediaId: ID } },
    { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
    { type: 'paragraph', content: [] },
    { type: 'horizontalRule' },
  ],
}

describe('the editor’s schema', () => {
  const schema = getSchema(storySchemaExtensions())

  it('has exactly the nodes and marks of the server’s rich-text schema', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        'blockquote',
        'bulletList',
        'doc',
        'embed',
        'hardBreak',
        'heading',
        'horizontalRule',
        'image',
        'listItem',
        'orderedList',
        'paragraph',
        'text',
      ].sort(),
    )
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link', 'storyLink'])
  })

  it('opens any body the server stores and saves it back unchanged, in the form the server accepts', () => {
    const stored = validateDocument(everything)
    const node = PmNode.fromJSON(schema, stored)
    node.check() // throws if the editor's content rules refuse the stored document
    const saved = toServerDoc(node.toJSON())
    expect(saved).toEqual(stored)
    expect(validateDocument(saved)).toEqual(saved)
  })

  it('refuses what the server would refuse: a heading inside a quote, a nested quote in a list', () => {
    const bad = (content: object[]) => () => PmNode.fromJSON(schema, { type: 'doc', content }).check()
    expect(bad([{ type: 'blockquote', content: [{ type: 'heading', attrs: { level: 2 }, content: [text('x')] }] }])).toThrow()
    expect(
      bad([{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'blockquote', content: [{ type: 'paragraph' }] }] }] }]),
    ).toThrow()
  })

  it('drops the empty paragraphs the editor keeps at the end', () => {
    const saved = toServerDoc({
      type: 'doc',
      content: [{ type: 'horizontalRule' }, { type: 'paragraph' }, { type: 'paragraph', content: [] }],
    })
    expect(saved.content).toEqual([{ type: 'horizontalRule' }])
    expect(toServerDoc({ type: 'doc', content: [{ type: 'paragraph' }] }).content).toEqual([{ type: 'paragraph', content: [] }])
  })

  it('drops TipTap’s own attributes when saving', () => {
    const saved = toServerDoc({
      type: 'doc',
      content: [
        { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'a',
              marks: [{ type: 'link', attrs: { href: 'https://x.org/', target: '_blank', rel: 'noopener', class: null } }],
            },
          ],
        },
      ],
    })
    expect(saved.content[0]).toEqual({
      type: 'orderedList',
      attrs: { start: 1 },
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [] }] }],
    })
    expect(saved.content[1]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href: 'https://x.org/' } }] }],
    })
  })
})
