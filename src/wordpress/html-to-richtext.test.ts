import { describe, expect, it } from 'vitest'
import { DOC_LIMITS } from '../richtext/validate.js'
import type { Block } from '../shared/richtext-document.js'
import { body, bold, br, bullets, convert, embed, image, italic, item, link, p, quote, t } from './html-to-richtext.fixtures.js'

describe('classic content, stored before wpautop', () => {
  it('splits paragraphs on blank lines and turns a single newline into a line break', () => {
    expect(body('First line\nsecond line\n\n\nNext paragraph')).toEqual([p('First line', br, 'second line'), p('Next paragraph')])
  })

  it('adds no second line break after a written <br>, and none at a paragraph edge', () => {
    expect(body('<h2>Title</h2>\nOne<br />\nTwo\n<p>Three</p>')).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [t('Title')] },
      p('One', br, 'Two'),
      p('Three'),
    ])
  })

  it('collapses whitespace like a browser but keeps no-break spaces', () => {
    expect(body('<p>  a   <b> b </b>  c&nbsp;&nbsp;d </p>')).toEqual([p('a ', t('b ', bold), 'c\u00a0\u00a0d')])
  })

  it('drops empty paragraphs, including those holding only &nbsp; or breaks', () => {
    expect(body('<p>&nbsp;</p><p> <br> </p><p></p>Text')).toEqual([p('Text')])
  })

  it('gives an empty post a single empty paragraph', () => {
    expect(convert('  \n\n <!-- nothing --> ').doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })

  it('decodes entities and merges adjacent text with the same marks', () => {
    expect(body('Tom &amp; Jerry&#8217;s <b>big</b><strong> day</strong> &laquo;x&raquo;')).toEqual([
      p('Tom & Jerry’s ', t('big day', bold), ' «x»'),
    ])
  })
})

describe('text structure', () => {
  it('maps h1 and h2 to level 2 and h3 to h6 to level 3', () => {
    expect(body('<h1>a</h1><h2>b</h2><h3>c</h3><h6>d</h6>').map((b) => b.type === 'heading' && b.attrs.level)).toEqual([2, 2, 3, 3])
  })

  it('turns b/strong into bold and i/em into italic, in one order however nested', () => {
    expect(body('<b><i>x</i></b><em><strong>y</strong></em>')).toEqual([p(t('xy', bold, italic))])
  })

  it("ignores Google Docs' font-weight:normal wrapper and reads bold and italic spans", () => {
    expect(
      body('<b style="font-weight:normal"><span style="font-weight:700">a</span> <span style="font-style:italic">b</span></b>'),
    ).toEqual([p(t('a', bold), ' ', t('b', italic))])
  })

  it('keeps <br> as a line break and <hr> as a rule', () => {
    expect(body('<p>a<br>b</p><hr><p>c</p>')).toEqual([p('a', br, 'b'), { type: 'horizontalRule' }, p('c')])
  })

  it('keeps <pre> whitespace, its lines as line breaks', () => {
    expect(body('<pre>  a  b\n\n c</pre>')).toEqual([p('  a  b', br, br, ' c')])
  })

  it('keeps unknown elements transparent', () => {
    expect(body('<section><div><span>a</span> <custom-thing>b</custom-thing></div><div>c</div></section>')).toEqual([p('a b'), p('c')])
  })
})

describe('links', () => {
  it('keeps links safeLinkUrl accepts and makes others plain text', () => {
    expect(body('<a href="https://ex.com/a?b=1&amp;c=2">ok</a> <a href="javascript:alert(1)">js</a> <a href="/relative">rel</a>')).toEqual([
      p(t('ok', link('https://ex.com/a?b=1&c=2')), ' js rel'),
    ])
  })

  it('links to another imported post as a storyLink', () => {
    expect(body('<b>See <a href="https://old.example/2019/05/other-post/">this</a></b>')).toEqual([
      p(t('See ', bold), t('this', bold, { type: 'storyLink', attrs: { storyId: 's00000000001' } })),
    ])
  })
})

describe('quotes', () => {
  it('takes a <cite> on its own line as the attribution', () => {
    expect(body('<blockquote class="wp-block-quote"><p>One</p><p>Two</p><cite>— Олена Петренко</cite></blockquote>')).toEqual([
      quote('Олена Петренко', p('One'), p('Two')),
    ])
  })

  it('keeps a <cite> within a sentence as text', () => {
    expect(body('<blockquote><p>As <cite>Hamlet</cite> said</p></blockquote>')).toEqual([quote(null, p('As Hamlet said'))])
  })

  it('ends a quote at an image and goes on after it, attribution on the last part', () => {
    expect(body('<blockquote>a<img class="wp-image-5"><h2>b</h2><ul><li>c</li></ul><cite>X</cite></blockquote>')).toEqual([
      quote(null, p('a')),
      image('m00000000005'),
      quote('X', p('b'), p('c')),
    ])
  })
})

describe('lists', () => {
  it('keeps nested lists and an ordered list start', () => {
    expect(body('<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><ol start="4"><li>d</li></ol>')).toEqual([
      bullets(item(p('a'), bullets(item(p('b')))), item(p('c'))),
      { type: 'orderedList', attrs: { start: 4 }, content: [item(p('d'))] },
    ])
  })

  it('lifts an image out of an item and continues the numbering after it', () => {
    expect(body('<ol><li>a</li><li>b <img class="wp-image-5"></li><li>c</li></ol>')).toEqual([
      { type: 'orderedList', attrs: { start: 1 }, content: [item(p('a')), item(p('b'))] },
      image('m00000000005'),
      { type: 'orderedList', attrs: { start: 3 }, content: [item(p('c'))] },
    ])
  })

  it('starts an item holding only a list with an empty paragraph, as the editor needs', () => {
    expect(body('<ul><li><ul><li>x</li></ul></li></ul>')).toEqual([bullets(item({ type: 'paragraph' }, bullets(item(p('x')))))])
  })

  it('flattens lists nested deeper than a story allows into lines of the deepest item', () => {
    const doc = convert(`${'<ul><li>x'.repeat(12)}${'</li></ul>'.repeat(12)}`).doc
    let depth = 0
    for (let b: Block | undefined = doc.content[0]; b?.type === 'bulletList'; depth++) b = b.content[0]?.content.at(-1) as Block
    expect(depth).toBe(7)
    expect(JSON.stringify(doc).match(/"x"/g)).toHaveLength(12)
  })
})

describe('images', () => {
  it('lifts an image out of a paragraph, splitting it around the image', () => {
    expect(body('<p><b>Before <img src="https://old.example/wp-content/uploads/2020/01/cat-300x200.jpg"> after</b></p>')).toEqual([
      p(t('Before', bold)),
      image('m0000000000c'),
      p(t('after', bold)),
    ])
  })

  it('reads lazy-loaded images from data-src', () => {
    expect(body('<img src="data:image/gif;base64,R0lG" data-src="https://old.example/wp-content/uploads/2020/01/cat.jpg">')).toEqual([
      image('m0000000000c'),
    ])
  })

  it('notes an image that was not imported and leaves nothing in its place', () => {
    expect(convert('<p>a <img src="https://elsewhere.example/p.png" alt="A dog"> b</p>')).toMatchObject({
      doc: { content: [p('a b')] },
      notes: [{ kind: 'image_missing', detail: 'image https://elsewhere.example/p.png' }],
    })
  })
})

describe('markup with no equivalent', () => {
  it('turns a table into a line per row, cells joined by " | ", with a note', () => {
    expect(
      convert(
        '<table><caption>Votes</caption><tr><th>Party</th><th>%</th></tr><tr><td><b>A</b></td><td>40</td></tr><tr><td></td></tr></table>',
      ),
    ).toMatchObject({
      doc: { content: [p('Votes'), p('Party | %'), p('A | 40')] },
      notes: [{ kind: 'table', detail: 'table' }],
    })
  })

  it('drops scripts and styles with all their text, with notes', () => {
    expect(
      convert(
        '<p>a<script>document.write("evil")</script><style>p{color:red}</style><script src="https://ads.example/x.js"></script>b</p>',
      ),
    ).toEqual({
      doc: { type: 'doc', content: [p('ab')] },
      notes: [
        { kind: 'script', detail: 'script' },
        { kind: 'style', detail: 'style' },
        { kind: 'script', detail: 'script https://ads.example/x.js' },
      ],
      captions: [],
      firstWords: 'ab',
    })
  })

  it('turns an iframe of a known provider into an embed and notes any other', () => {
    const html =
      '<iframe src="//www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0"></iframe><iframe src="https://player.vimeo.com/video/76979871"></iframe><iframe src="https://maps.example/x"></iframe>'
    expect(convert(html)).toMatchObject({
      doc: { content: [embed('https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0'), embed('https://vimeo.com/76979871')] },
      notes: [{ kind: 'iframe', detail: 'iframe https://maps.example/x' }],
    })
  })

  it("turns a provider's pasted embed code into an embed without noting its loader script", () => {
    const html =
      '<blockquote class="twitter-tweet"><p lang="uk">Текст <a href="https://t.co/x">pic</a></p>&mdash; Name (@name) <a href="https://twitter.com/name/status/123456?ref_src=twsrc">May 1, 2022</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script><script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="durov/43"></script>'
    expect(convert(html)).toMatchObject({
      doc: { content: [embed('https://twitter.com/name/status/123456?ref_src=twsrc'), embed('https://t.me/durov/43')] },
      notes: [],
    })
  })

  it('drops forms and media players with notes', () => {
    expect(
      convert(
        '<form action="/s"><label>Email <input name="e"></label><button>Go</button></form><video src="https://old.example/v.mp4"></video>ok',
      ),
    ).toMatchObject({
      doc: { content: [p('ok')] },
      notes: [
        { kind: 'form', detail: 'form' },
        { kind: 'element', detail: 'video https://old.example/v.mp4' },
      ],
    })
  })
})

describe('limits and summary', () => {
  it('cuts a post over the node limit and notes the cut', () => {
    const result = convert('<p>word</p>'.repeat(DOC_LIMITS.maxNodes))
    expect(result.doc.content).toHaveLength(Math.floor((DOC_LIMITS.maxNodes - 1) / 2))
    expect(result.notes).toEqual([{ kind: 'element', detail: 'text past the story size limit (20000 nodes, 300000 characters) was cut' }])
  })

  it('cuts a post over the text limit inside its last paragraph', () => {
    const result = convert(`<p>${'я'.repeat(DOC_LIMITS.maxTextChars - 10)}</p><p>${'b'.repeat(100)}</p>`)
    expect(result.doc.content[1]).toEqual(p('b'.repeat(10)))
  })

  it('keeps text nested in hundreds of elements', () => {
    expect(body(`${'<div><span>'.repeat(150)}deep${'</span></div>'.repeat(150)}`)).toEqual([p('deep')])
    expect(convert(`${'<div>'.repeat(5000)}deeper`)).toMatchObject({
      doc: { content: [p('deeper')] },
      notes: [{ kind: 'element', detail: 'markup nested deeper than 200 elements, kept as plain text' }],
    })
  })

  it('gives the first eight words for a post without a title', () => {
    expect(convert('<h2>Breaking:</h2><p>Kyiv <b>metro</b> opens two new stations on the left bank</p>').firstWords).toBe(
      'Breaking: Kyiv metro opens two new stations on',
    )
  })
})

describe('hostile and broken markup', () => {
  const nasty = [
    '<p>unclosed <b>bold <i>italic <a href="https://a.example">link',
    '</p></div></b>stray closers<br/></br>',
    `${'<div>'.repeat(100)}deep${'</div>'.repeat(100)}`,
    '<ul>'.repeat(40) + '<li>x'.repeat(40),
    `${'<blockquote>'.repeat(30)}q`,
    `<table>${'<tr><td>cell</td><td>cell</td></tr>'.repeat(30_000)}</table>`,
    '<script>alert("no text from here")</script><noscript>tracking</noscript>',
    '<a href="javascript:alert(1)">js</a><a href=" JaVaScRiPt:alert(1)">js2</a><a href="data:text/html,x">data</a><a href="vbscript:x">vb</a>',
    '<a href="jav&#x09;ascript:alert(1)">tab</a><a href="https://ok.example/\u0000">nul</a>',
    '&amp;&lt;&gt;&quot;&#39;&#x1F600;&#0;&#x80;&#1;&#xD800;&bogus;&amp&lt',
    'Привіт, світе! Мішаний text і <b>кирилиця</b>\n\nЩе абзац з ё, ї, є, ґ',
    '<img><img src=""><img src="javascript:x"><iframe></iframe><iframe src="javascript:alert(1)"></iframe>',
    '[caption][/caption][gallery][embed][/embed][embed]javascript:x[/embed][/caption][[[[x]]]]',
    '<pre>\u0001\u0002 control\u0007 chars\u001b</pre>text\u0008 \u000b here',
    '<h1><h2><h3>nested headings</h3></h2></h1><h4><img class="wp-image-5"></h4>',
    '<blockquote><cite></cite></blockquote><blockquote><cite>only</cite></blockquote>',
    '<ol start="-5"><li>a</li></ol><ol start="999999999"><li>b</li></ol><ol start="abc"><li>c</li></ol>',
    '<li>orphan item</li><td>orphan cell</td><tr><td>row</td></tr>',
    `<p>${'x'.repeat(400_000)}</p>`,
    `<b>${'a<br>'.repeat(25_000)}</b>`,
    `<blockquote><cite>${'c'.repeat(1000)}</cite><p>long attribution</p></blockquote>`,
    '<svg><text>svg text</text></svg><math><mi>x</mi></math><object data="x.swf"></object>',
    '<!-- wp:paragraph --><p>a</p><!-- /wp:paragraph --><!-- wp:html --><div><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe></div><!-- /wp:html -->',
    '<a href="https://a.example"><a href="https://b.example">nested links</a></a>',
    '<figure><figcaption>caption only</figcaption></figure><figure class="wp-block-embed"></figure>',
    '<ul><li><blockquote>q<cite>c</cite></blockquote><hr><h2>h</h2></li></ul>',
    '\u2028\u2029\ufeff \u200b',
    '<![CDATA[cdata text]]><?php echo 1; ?><!DOCTYPE html><html><head><title>t</title></head><body>b</body></html>',
    '<blockquote class="twitter-tweet"><p>no link</p></blockquote><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/"></blockquote>',
    '<constructor>proto</constructor><__proto__>x</__proto__><tostring>y</tostring>',
  ]

  it.each(nasty.map((html, i) => [i, html]))('turns nasty input %i into a valid body without throwing', (_i, html) => {
    const result = convert(html)
    expect(result.doc.content.length).toBeGreaterThan(0)
    expect(JSON.stringify(result.doc)).not.toMatch(/"href":"(javascript|data|vbscript)|no text from here|alert/i)
  })
})
