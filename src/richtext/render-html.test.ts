import { describe, expect, it } from 'vitest'
import type { RichTextDoc } from '../shared/richtext-document.js'
import { plainText } from './plain-text.js'
import { type RenderContext, renderBody } from './render-html.js'
import { assembleBody, type BodyAddresses, linkedStoryIds, parseBody, serializeBody } from './rendered-body.js'
import { validateDocument } from './validate.js'

const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>'"&`
const ID = 'abcdefghjkmn'

const ctx = (over: Partial<RenderContext> = {}): RenderContext => ({
  locale: 'en',
  media: () => ({
    key: `v/${ID}/800.jpg`,
    width: 800,
    height: 450,
    alt: XSS,
    caption: XSS,
    credit: XSS,
    sizes: [
      { key: 'v/a.jpg', width: 480 },
      { key: XSS, width: 800 },
    ],
  }),
  speakerName: () => XSS,
  ...over,
})

const site: BodyAddresses = { story: (id) => ({ href: `/en/news/${id}` }), media: (key) => `/media/${key}` }

const render = (input: unknown, c = ctx(), addresses = site) => assembleBody(renderBody(validateDocument(input), c), addresses)

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
    expect(html).toBe(`<p><a href="/en/news/${ID}">earlier</a></p>`)
  })

  it('stores no address: links and media are holes filled when the body is shown', () => {
    const doc = validateDocument({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'see ' },
            { type: 'text', text: 'earlier', marks: [{ type: 'storyLink', attrs: { storyId: ID } }, { type: 'bold' }] },
          ],
        },
        { type: 'image', attrs: { mediaId: ID } },
      ],
    })
    const stored = serializeBody(
      renderBody(doc, ctx({ media: () => ({ key: 'k/1.jpg', width: 4, height: 3, alt: '', caption: '', credit: '' }) })),
    )
    expect(stored).not.toMatch(/news|\/media\/|href=/)
    const body = parseBody(stored)
    expect(linkedStoryIds(body)).toEqual([ID])
    const elsewhere: BodyAddresses = {
      story: (id) => ({ href: `https://news.example/uk/news/new-slug-${id}`, hreflang: 'uk' }),
      media: (key) => `https://cdn.example/${key}`,
    }
    expect(assembleBody(body, elsewhere)).toBe(
      `<p>see <a href="https://news.example/uk/news/new-slug-${ID}" hreflang="uk"><strong>earlier</strong></a></p>` +
        '<figure class="story-image"><img src="https://cdn.example/k/1.jpg" alt="" width="4" height="3" loading="lazy" decoding="async"></figure>',
    )
  })

  it('keeps the words and drops the link when the linked story has no public version', () => {
    const html = render(
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'gone', marks: [{ type: 'storyLink', attrs: { storyId: ID } }] }] }],
      },
      ctx(),
      { ...site, story: () => undefined },
    )
    expect(html).toBe('<p>gone</p>')
  })

  it('drops parts of a damaged stored body rather than showing them', () => {
    expect(parseBody(JSON.stringify(['<p>a', { link: ID }, { evil: '<script>' }, 7, { end: ID }, '</p>']))).toEqual([
      '<p>a',
      { link: ID },
      { end: ID },
      '</p>',
    ])
    expect(parseBody('')).toEqual([])
  })

  it('captions images "Photo: caption (credit)" in the story’s language and leaves out missing media', () => {
    const image = { type: 'doc', content: [{ type: 'image', attrs: { mediaId: ID } }] }
    const media = () => ({ key: 'm.jpg', width: 10, height: 5, alt: 'Alt', caption: 'Підпис', credit: 'Getty Images' })
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
