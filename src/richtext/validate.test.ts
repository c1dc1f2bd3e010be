import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors.js'
import { DOC_LIMITS, validateDocument } from './validate.js'

const ID = 'abcdefghjkmn'
const doc = (...content: unknown[]) => ({ type: 'doc', content })
const p = (...content: unknown[]) => ({ type: 'paragraph', content })
const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t })

function refusal(input: unknown): DomainError {
  try {
    validateDocument(input)
  } catch (err) {
    if (err instanceof DomainError) return err
    throw err
  }
  throw new Error('expected the document to be refused')
}

describe('rich-text validation', () => {
  it('accepts every node and mark of the schema and returns a clean copy', () => {
    const input = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Sub-heading')] },
      p(text('bold', [{ type: 'bold' }]), text(' and '), text('italic', [{ type: 'italic' }]), { type: 'hardBreak' }),
      p(text('link', [{ type: 'link', attrs: { href: 'https://example.org/a?b=1', target: '_blank', rel: null, class: null } }])),
      p(text('earlier story', [{ type: 'storyLink', attrs: { storyId: ID } }])),
      { type: 'blockquote', attrs: { speakerId: ID, attribution: 'at a press conference' }, content: [p(text('Quoted words'))] },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [p(text('one')), { type: 'orderedList', content: [{ type: 'listItem', content: [p(text('nested'))] }] }],
          },
        ],
      },
      { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('three'))] }] },
      { type: 'image', attrs: { mediaId: ID } },
      { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
      { type: 'horizontalRule' },
    )
    const clean = validateDocument(input)
    expect(clean.content).toHaveLength(10)
    // TipTap's presentational link attributes are dropped: we decide those when rendering.
    expect(clean.content[2]).toEqual(p(text('link', [{ type: 'link', attrs: { href: 'https://example.org/a?b=1' } }])))
  })

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:msgbox(1)'],
    ['//evil.example/path'],
    ['/relative/path'],
    ['https://'],
    ['file:///etc/passwd'],
  ])('refuses the link %j and names its path', (href) => {
    const err = refusal(doc(p(text('x'), text('click', [{ type: 'link', attrs: { href } }]))))
    expect(err).toMatchObject({ kind: 'Invalid', key: 'doc_bad_url', params: { path: 'doc.content[0].content[1].marks[0].attrs.href' } })
  })

  it.each([
    [doc({ type: 'script', content: [] }), 'doc_unknown_node', 'doc.content[0]'],
    [doc(p({ type: 'iframe' })), 'doc_unknown_node', 'doc.content[0].content[0]'],
    [doc(p(text('x', [{ type: 'underline' }]))), 'doc_unknown_mark', 'doc.content[0].content[0].marks[0]'],
    [
      doc(p(text('x', [{ type: 'link', attrs: { href: 'https://a.example', onclick: 'x' } }]))),
      'doc_unknown_field',
      'doc.content[0].content[0].marks[0].attrs',
    ],
    [doc({ type: 'paragraph', content: [], html: '<b>' }), 'doc_unknown_field', 'doc.content[0]'],
    [doc({ type: 'heading', attrs: { level: 1 }, content: [] }), 'doc_bad_attribute', 'doc.content[0].attrs.level'],
    [doc({ type: 'image', attrs: { mediaId: '../../etc/passwd' } }), 'doc_bad_attribute', 'doc.content[0].attrs.mediaId'],
    [doc({ type: 'embed', attrs: { url: 'https://evil.example/embed' } }), 'doc_bad_embed', 'doc.content[0].attrs.url'],
    [doc({ type: 'embed', attrs: { url: 'http://www.youtube.com/watch?v=dQw4w9WgXcQ' } }), 'doc_bad_embed', 'doc.content[0].attrs.url'],
    [doc(text('loose text')), 'doc_misplaced_node', 'doc.content[0]'],
    [doc(p(p(text('x')))), 'doc_misplaced_node', 'doc.content[0].content[0]'],
    [doc({ type: 'blockquote', content: [{ type: 'heading', attrs: { level: 2 } }] }), 'doc_unknown_node', 'doc.content[0].content[0]'],
    [
      doc({ type: 'blockquote', attrs: { attribution: 'x'.repeat(301) }, content: [p()] }),
      'doc_bad_attribute',
      'doc.content[0].attrs.attribution',
    ],
    [doc({ type: 'bulletList', content: [] }), 'doc_empty_container', 'doc.content[0]'],
    [doc({ type: 'bulletList', content: [p()] }), 'doc_misplaced_node', 'doc.content[0].content[0]'],
    [doc(p(text(''))), 'doc_bad_attribute', 'doc.content[0].content[0].text'],
    [doc(p(text('nul\u0000byte'))), 'doc_bad_attribute', 'doc.content[0].content[0].text'],
    [
      doc(
        p(
          text('x', [
            { type: 'link', attrs: { href: 'https://a.example' } },
            { type: 'storyLink', attrs: { storyId: ID } },
          ]),
        ),
      ),
      'doc_bad_attribute',
      'doc.content[0].content[0].marks',
    ],
    [doc(p(text('x', 'bold' as unknown as unknown[]))), 'doc_bad_attribute', 'doc.content[0].content[0].marks'],
    [{ type: 'doc', content: [] }, 'doc_empty_container', 'doc'],
    [{ type: 'doc', content: [p()], version: 2 }, 'doc_unknown_field', 'doc'],
    [null, 'doc_not_object', 'doc'],
    ['<p>html</p>', 'doc_not_object', 'doc'],
    [[p()], 'doc_not_object', 'doc'],
    [doc(null), 'doc_not_object', 'doc.content[0]'],
    [{ type: 'paragraph' }, 'doc_unknown_node', 'doc'],
  ])('refuses %j with %s at %s', (input, key, path) => {
    expect(refusal(input)).toMatchObject({ kind: 'Invalid', key, params: expect.objectContaining({ path }) })
  })

  it('refuses deep nesting without overflowing the stack', () => {
    let list: unknown = { type: 'listItem', content: [p(text('deep'))] }
    for (let i = 0; i < 100_000; i++) list = { type: 'listItem', content: [{ type: 'bulletList', content: [list] }] }
    const err = refusal(doc({ type: 'bulletList', content: [list] }))
    expect(err).toMatchObject({ key: 'doc_too_deep', params: { max: DOC_LIMITS.maxDepth } })
    expect(String(err.params.path).length).toBeLessThan(400)
  })

  it('refuses a 5 MB document of text', () => {
    const chunk = 'Ж'.repeat(10_000)
    const big = doc(...Array.from({ length: 500 }, () => p(text(chunk))))
    expect(JSON.stringify(big).length).toBeGreaterThan(5_000_000)
    expect(refusal(big)).toMatchObject({ key: 'doc_too_much_text', params: { max: DOC_LIMITS.maxTextChars } })
  })

  it('refuses a document of too many small nodes', () => {
    const many = doc(...Array.from({ length: DOC_LIMITS.maxNodes }, () => ({ type: 'horizontalRule' })))
    expect(refusal(many)).toMatchObject({ key: 'doc_too_many_nodes' })
  })
})
