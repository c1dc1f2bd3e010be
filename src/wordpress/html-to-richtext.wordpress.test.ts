import { describe, expect, it } from 'vitest'
import { body, convert, embed, image, link, p, t, YOUTUBE } from './html-to-richtext.fixtures.js'

describe('block editor content', () => {
  it('ignores block comments as markup and reads newlines as spaces', () => {
    const html =
      '<!-- wp:paragraph -->\n<p>Перший\nрядок</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:separator -->\n<hr class="wp-block-separator"/>\n<!-- /wp:separator -->'
    expect(body(html)).toEqual([p('Перший рядок'), { type: 'horizontalRule' }])
  })

  it('turns an embed block of a known provider into an embed', () => {
    const html = `<!-- wp:embed {"url":"${YOUTUBE}"} -->\n<figure class="wp-block-embed is-type-video wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\n${YOUTUBE}\n</div></figure>\n<!-- /wp:embed -->`
    expect(convert(html)).toMatchObject({ doc: { content: [embed(YOUTUBE)] }, notes: [] })
  })

  it('turns an embed block of an unknown provider into a link, with a note', () => {
    const html =
      '<!-- wp:embed --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://soundcloud.com/a/b</div></figure><!-- /wp:embed -->'
    expect(convert(html)).toMatchObject({
      doc: { content: [p(t('https://soundcloud.com/a/b', link('https://soundcloud.com/a/b')))] },
      notes: [{ kind: 'embed', detail: 'embed https://soundcloud.com/a/b' }],
    })
  })

  it('takes an image block figcaption as the caption of its image', () => {
    const html =
      '<!-- wp:image {"id":12} --><figure class="wp-block-image"><img src="https://old.example/x.jpg" alt="" class="wp-image-12"/><figcaption>Київ, <em>2022</em></figcaption></figure><!-- /wp:image -->'
    expect(convert(html)).toMatchObject({
      doc: { content: [image('m00000000012')] },
      captions: [{ mediaId: 'm00000000012', caption: 'Київ, 2022' }],
    })
  })

  it('turns galleries, old list markup and new nested figures, into images', () => {
    const old =
      '<!-- wp:gallery --><figure class="wp-block-gallery"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="a" data-id="5"/></figure></li><li><figure><img src="b" data-id="7"/><figcaption>Seven</figcaption></figure></li></ul></figure><!-- /wp:gallery -->'
    expect(convert(old)).toMatchObject({
      doc: { content: [image('m00000000005'), image('m00000000007')] },
      captions: [{ mediaId: 'm00000000007', caption: 'Seven' }],
    })
    const nested =
      '<!-- wp:gallery --><figure class="wp-block-gallery"><figure class="wp-block-image"><img class="wp-image-5"/></figure><figure class="wp-block-image"><img class="wp-image-12"/></figure><figcaption>Both</figcaption></figure><!-- /wp:gallery -->'
    expect(body(nested)).toEqual([image('m00000000005'), image('m00000000012'), p('Both')])
  })

  it('notes a dynamic block, whose content was never in the post', () => {
    expect(convert('<!-- wp:block {"ref":42} /--><p>x</p>').notes).toEqual([{ kind: 'element', detail: 'block wp:block' }])
  })
})

describe('shortcodes', () => {
  it('turns [caption] into its image and a caption, the attachment id in its id when the image has none', () => {
    const html =
      '[caption id="attachment_12" align="alignnone" width="300"]<a href="https://old.example/full.jpg"><img src="https://old.example/x-300x200.jpg" /></a> Мітинг у <b>Львові</b>[/caption]'
    expect(convert(html)).toMatchObject({
      doc: { content: [image('m00000000012')] },
      captions: [{ mediaId: 'm00000000012', caption: 'Мітинг у Львові' }],
    })
  })

  it('reads the caption attribute of old [caption]s, and keeps a caption as text when its image is missing', () => {
    expect(convert('[caption id="attachment_5" caption="Old style"]<img src="a.png">[/caption]').captions).toEqual([
      { mediaId: 'm00000000005', caption: 'Old style' },
    ])
    expect(convert('[caption id="attachment_99"]<img src="https://old.example/gone.jpg"> Gone[/caption]')).toMatchObject({
      doc: { content: [p('Gone')] },
      notes: [{ kind: 'image_missing', detail: 'image https://old.example/gone.jpg' }],
    })
  })

  it('turns [gallery ids] into one image per attachment and notes the missing ones', () => {
    expect(convert('[gallery columns="2" ids="5, 7,404"]')).toMatchObject({
      doc: { content: [image('m00000000005'), image('m00000000007')] },
      notes: [{ kind: 'image_missing', detail: 'image attachment 404' }],
    })
  })

  it('turns [embed] and a bare provider URL on its own line into embeds, not a URL inside a sentence', () => {
    const html = `[embed]${YOUTUBE}[/embed]\n\nLine\nhttps://x.com/kyivindependent/status/1234567890\nSee ${YOUTUBE} now\n\nhttp://vimeo.com/76979871`
    expect(body(html)).toEqual([
      embed(YOUTUBE),
      p('Line'),
      embed('https://x.com/kyivindependent/status/1234567890'),
      p(`See ${YOUTUBE} now`),
      embed('https://vimeo.com/76979871'),
    ])
  })

  it("turns Jetpack's [youtube=URL] into an embed", () => {
    expect(body(`[youtube=${YOUTUBE}]`)).toEqual([embed(YOUTUBE)])
  })

  it('keeps the text of other shortcodes and notes each', () => {
    const html =
      'Before [contact-form-7 id="5" title="Contact"]\n\n[su_button url="https://ex.com"]Donate[/su_button]\n\n[video src="https://old.example/a.mp4"][/video][audio mp3="a.mp3"]'
    expect(convert(html)).toMatchObject({
      doc: { content: [p('Before'), p('Donate')] },
      notes: [
        { kind: 'shortcode', detail: 'shortcode [contact-form-7 id="5" title="Contact"]' },
        { kind: 'shortcode', detail: 'shortcode [su_button url="https://ex.com"]' },
        { kind: 'shortcode', detail: 'shortcode [video src="https://old.example/a.mp4"]' },
        { kind: 'shortcode', detail: 'shortcode [audio mp3="a.mp3"]' },
      ],
    })
  })

  it('leaves square brackets in news text alone and unescapes [[name]]', () => {
    expect(convert('He said [sic] that [Updated 12:30] the [[gallery]] code is [1].')).toMatchObject({
      doc: { content: [p('He said [sic] that [Updated 12:30] the [gallery] code is [1].')] },
      notes: [],
    })
  })
})
