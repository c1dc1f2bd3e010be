import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { refusal } from '../testing/refusal.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

const image = (format: 'jpeg' | 'png' | 'webp', width = 1000, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .toFormat(format)
    .toBuffer()

describe.each(testDialects())('media on %s', (dialect) => {
  let ctx: TestContext
  beforeEach(async () => {
    ctx = await createTestContext(dialect)
  })
  afterEach(() => ctx.close())

  it.each(['jpeg', 'png', 'webp'] as const)('stores a %s upload with AVIF, WebP and JPEG variants up to its width', async (format) => {
    const media = await ctx.services.media.createImage(
      {
        data: await image(format),
        originalName: `photo.${format}`,
        credit: 'Getty Images',
        texts: { uk: { caption: 'Підпис', alt: 'Опис' }, en: { caption: 'Caption', alt: 'Alt' } },
      },
      systemActor,
    )
    expect(media).toMatchObject({ width: 1000, height: 600, credit: 'Getty Images', mimeType: `image/${format}` })
    expect(media.variants.map((v) => `${v.format}@${v.width}`).sort()).toEqual(
      ['avif@480', 'avif@800', 'avif@1000', 'webp@480', 'webp@800', 'webp@1000', 'jpeg@480', 'jpeg@800', 'jpeg@1000'].sort(),
    )
    for (const v of media.variants) {
      const meta = await sharp(join(ctx.mediaDir, v.key)).metadata()
      expect(meta.width).toBe(v.width)
      expect(meta.exif).toBeUndefined()
    }
    expect(await ctx.services.media.getMedia(media.id)).toEqual(media)
  })

  it('applies EXIF orientation and strips the EXIF block', async () => {
    const rotated = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#123456' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer()
    const media = await ctx.services.media.createImage({ data: rotated, originalName: 'phone.jpg' }, systemActor)
    expect([media.width, media.height]).toEqual([400, 600])
    const jpeg = media.variants.find((v) => v.format === 'jpeg' && v.width === 400)!
    const meta = await sharp(join(ctx.mediaDir, jpeg.key)).metadata()
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([400, 600, undefined, undefined])
  })

  it('refuses a text file named .jpg and stores nothing', async () => {
    const err = await refusal(
      ctx.services.media.createImage({ data: Buffer.from('not really a picture'), originalName: 'photo.jpg' }, systemActor),
    )
    expect(err).toMatchObject({ kind: 'Invalid', key: 'image_unsupported' })
    expect(existsSync(join(ctx.mediaDir, 'v')) ? readdirSync(join(ctx.mediaDir, 'v')) : []).toEqual([])
    expect(await ctx.database.db.selectFrom('media').select('id').execute()).toEqual([])
  })

  /** A PNG whose header claims `width` × `height`: tiny on disk, however large decoded. */
  async function declaring(width: number, height: number) {
    const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    png.writeUInt32BE(width, 16)
    png.writeUInt32BE(height, 20)
    return png
  }

  it('refuses a pixel bomb by its declared size before decoding it', async () => {
    // 10,000 × 10,000: each side allowed, 100 megapixels if decoded.
    const err = await refusal(
      ctx.services.media.createImage({ data: await declaring(10_000, 10_000), originalName: 'bomb.png' }, systemActor),
    )
    expect(err).toMatchObject({ kind: 'Invalid', key: 'image_too_large', params: { width: 10_000, height: 10_000 } })
  })

  it('refuses an image wider or taller than a side allows, though its pixel count is allowed', async () => {
    const wide = await refusal(
      ctx.services.media.createImage({ data: await declaring(100_000, 400), originalName: 'strip.png' }, systemActor),
    )
    expect(wide).toMatchObject({ kind: 'Invalid', key: 'image_too_wide', params: { width: 100_000, max: 12_000 } })
    const tall = await refusal(
      ctx.services.media.createImage({ data: await declaring(400, 100_000), originalName: 'strip.png' }, systemActor),
    )
    expect(tall).toMatchObject({ kind: 'Invalid', key: 'image_too_tall', params: { height: 100_000, max: 12_000 } })
    expect(await ctx.database.db.selectFrom('media').select('id').execute()).toEqual([])
  })

  it('refuses captions for a language the site does not publish in', async () => {
    const err = await refusal(
      ctx.services.media.createImage({ data: await image('jpeg'), originalName: 'a.jpg', texts: { de: { caption: 'x' } } }, systemActor),
    )
    expect(err).toMatchObject({ key: 'locale_not_configured' })
  })
})
