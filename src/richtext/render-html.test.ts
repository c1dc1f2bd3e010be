import { describe, expect, it } from 'vitest'
import type { RichTextDoc } from './document.js'
import { plainText } from './plain-text.js'
import { type RenderContext, renderHtml } from './render-html.js'
import { validateDocument } from './validate.js'

const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>'"&`
const ID = 'abcdefghjkmn'

const ctx = (over: Partial<RenderContext> = {}): RenderContext => ({
  locale: 'en',
  storyHref: (id) => `/en/news/${id}`,
  media: () => ({
    src: `/media/v/${ID}/800.jpg`,
    width: 800,
    height: 450,
    alt: XSS,
    caption: XSS,
    credit: XSS,
    srcset: `/media/v/a.jpg 480w, ${XSS}`,
  }),
  speakerName: () => XSS,
  ...over,
})

const render = (input: unknown, c = ctx()) => renderHtml(validateDocument(input), c)

describe('rich-text rendering', () => {
  it('renders each node as semantic HTML', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Sub' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }] },
        {
          type: 'orderedList',
          attrs: { start: 2 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'two' }] }] }],
        },
        { type: 'horizontalRule' },
      ],
    })
    expect(html).toBe('<h3>Sub</h3><p>a<br>b</p><ol start="2"><li><p>two</p></li></ol><hr>')
  })

  it('escapes hostile text in every field: text, attribution, speaker, caption, credit, alt, srcset', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: XSS, marks: [{ type: 'bold' }] }] },
        {
          type: 'blockquote',
          attrs: { speakerId: ID, attribution: XSS },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: XSS }] }],
        },
        { type: 'image', attrs: { mediaId: ID } },
      ],
    })
    expect(html).not.toMatch(/<script|<img src=x/)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&quot;&amp;')
    // Only our own tags remain, each holding only our own well-quoted attributes.
    const tags = [...html.matchAll(/<([a-z0-9]+)([^>]*)>/g)]
    expect([...new Set(tags.map((m) => m[1]))].sort()).toEqual(['blockquote', 'figcaption', 'figure', 'img', 'p', 'span', 'strong'])
    const attributes = tags.flatMap((m) => [...(m[2] ?? '').matchAll(/\s([a-z-]+)="[^"<>]*"/g)].map((a) => a[1]))
    expect(new Set(attributes)).toEqual(new Set(['class', 'src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding']))
    for (const m of tags) expect((m[2] ?? '').replace(/\s([a-z-]+)="[^"<>]*"/g, '')).toBe('')
  })

  it('escapes quotes inside link targets so they cannot break out of the attribute', () => {
    const html = render({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://a.example/"onmouseover="alert(1)' } }] }],
        },
      ],
    })
    expect(html).toBe('<p><a href="https://a.example/%22onmouseover=%22alert(1)">x</a></p>')
  })

  it('keeps one link around differently styled text', () => {
    const link = { type: 'link', attrs: { href: 'https://a.example/' } }
    const html = render({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'plain ', marks: [link] },
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }, link] },
            { type: 'text', text: ' after' },
          ],
        },
      ],
    })
    expect(html).toBe('<p><a href="https://a.example/">plain <strong>bold</strong></a> after</p>')
  })

  it('links internal stories through the site by id, in the reader’s language', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'earlier', marks: [{ type: 'storyLink', attrs: { storyId: ID } }] }] },
      ],
    })
    expect(html).toBe(`<p><a href="/en/news/${ID}" data-story-id="${ID}">earlier</a></p>`)
  })

  it('captions images "Photo: caption (credit)" in the story’s language and leaves out missing media', () => {
    const image = { type: 'doc', content: [{ type: 'image', attrs: { mediaId: ID } }] }
    const media = () => ({ src: '/m.jpg', width: 10, height: 5, alt: 'Alt', caption: 'Підпис', credit: 'Getty Images' })
    expect(render(image, ctx({ locale: 'uk', media }))).toContain(
      '<figcaption>Фото: Підпис <span class="credit">(Getty Images)</span></figcaption>',
    )
    expect(render(image, ctx({ media: () => undefined }))).toBe('')
  })

  it('embeds known video players from URLs we build, and shows other providers as links', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'embed', attrs: { url: 'https://youtu.be/dQw4w9WgXcQ' } },
        { type: 'embed', attrs: { url: 'https://t.me/vistka_news/123' } },
      ],
    })
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Video"')
    expect(html).toContain('<a href="https://t.me/vistka_news/123" rel="nofollow noopener">View on Telegram</a>')
  })

  it('extracts plain text with blocks on separate lines', () => {
    const doc: RichTextDoc = validateDocument({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '<b>not html</b>' }] },
        {
          type: 'blockquote',
          attrs: { attribution: 'a resident' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quote' }] }],
        },
        { type: 'image', attrs: { mediaId: ID } },
      ],
    })
    expect(plainText(doc)).toBe('Title\n\n<b>not html</b>\n\nQuote\na resident')
  })
})
