import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../testing/admin-client.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { filesIn, multipart } from './media.test-support.js'

const LANGUAGES = ['uk', 'en', 'ru'] as const

const wholePictures = new Map<string, Promise<Buffer>>() // 49 megapixels take seconds to encode: once per format
/** A picture whose header declares 7000 × 7000 pixels, with its data cut off halfway. */
async function cutShort(format: 'png' | 'jpeg') {
  let whole = wholePictures.get(format)
  if (!whole) {
    whole = sharp({ create: { width: 7000, height: 7000, channels: 3, background: '#406080' } })
      .composite([{ input: { create: { width: 3000, height: 3000, channels: 3, background: '#c03020' } }, top: 1000, left: 1000 }])
      .toFormat(format)
      .toBuffer()
    wholePictures.set(format, whole)
  }
  const data = await whole
  return data.subarray(0, Math.floor(data.length / 2))
}
const png = () =>
  sharp({ create: { width: 600, height: 400, channels: 3, background: '#2a9d8f' } })
    .png()
    .toBuffer()

describe.each(testDialects())('malformed media uploads on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  /** Sends the same request in each language and returns the answers, keyed by language. */
  async function inEveryLanguage(send: (language: string) => ReturnType<typeof overHttp>) {
    const answers: Record<string, { status: number; code: string; message: string }> = {}
    for (const language of LANGUAGES) {
      const res = await send(language)
      answers[language] = { status: res.statusCode, code: res.json().error?.code, message: res.json().error?.message }
    }
    return answers
  }
  const expectRefusedInEveryLanguage = (answers: Awaited<ReturnType<typeof inEveryLanguage>>, code: string) => {
    for (const language of LANGUAGES) expect([answers[language]?.status, answers[language]?.code], language).toEqual([400, code])
    expect(new Set(Object.values(answers).map((a) => a.message)).size).toBe(3) // each in its own language
  }
  async function expectNothingStored() {
    expect(await t.database.db.selectFrom('media').select('id').execute()).toEqual([])
    expect(await t.database.db.selectFrom('media_locales').select('media_id').execute()).toEqual([])
    expect(filesIn(t.mediaDir)).toEqual([])
  }

  async function uploader() {
    const editor = await signInAs(t, 'editor')
    const send = (body: { payload: Buffer; headers: Record<string, string> }, language: string) =>
      overHttp(t.app, {
        method: 'POST',
        url: '/api/admin/v1/media',
        cookies: { vistka_session: editor.cookie },
        headers: { 'x-csrf-token': editor.csrf, 'accept-language': language, ...body.headers },
        payload: body.payload,
      })
    return { editor, send }
  }

  it.each(['png', 'jpeg'] as const)('refuses a %s cut short after its header with 400, storing nothing', async (format) => {
    const { send } = await uploader()
    const data = await cutShort(format)
    expect((await sharp(data).metadata()).width).toBe(7000) // the header is intact: only decoding finds the damage
    const answers = await inEveryLanguage((language) =>
      send(multipart({}, { name: `cut.${format}`, type: `image/${format}`, data }), language),
    )
    expectRefusedInEveryLanguage(answers, 'image_damaged')
    expect(answers.en?.message).toMatch(/damaged or cut short/)
    await expectNothingStored()
  })

  it('refuses a multipart body that ends in the middle of a part with 400, storing nothing', async () => {
    const { send } = await uploader()
    const whole = multipart({ credit: 'Reuters' }, { name: 'a.png', type: 'image/png', data: await png() })
    const inFile = { ...whole, payload: whole.payload.subarray(0, whole.payload.length - 200) }
    const inField = { ...whole, payload: whole.payload.subarray(0, whole.payload.indexOf('Reuters') + 3) }
    expectRefusedInEveryLanguage(await inEveryLanguage((language) => send(inFile, language)), 'upload_malformed')
    expectRefusedInEveryLanguage(await inEveryLanguage((language) => send(inField, language)), 'upload_malformed')
    await expectNothingStored()
  })

  it.each([
    ['a language set to null', '{"uk":null}', 'texts.uk'],
    ['a numeric caption', '{"uk":{"caption":5}}', 'texts.uk.caption'],
    ['an alt text that is a list', '{"en":{"alt":["a"]}}', 'texts.en.alt'],
    ['texts that are a list', '[{"caption":"x"}]', 'texts'],
    ['texts that are a string', '"caption"', 'texts'],
  ])('refuses an upload whose texts have %s with 400 naming the field, storing nothing', async (_, texts, field) => {
    const { send } = await uploader()
    const data = await png()
    const answers = await inEveryLanguage((language) => send(multipart({ texts }, { name: 'a.png', type: 'image/png', data }), language))
    expectRefusedInEveryLanguage(answers, 'invalid_input')
    expect(answers.en?.message).toContain(field)
    await expectNothingStored()
  })

  it.each([
    ['a credit', { credit: 'Фото\u0000' }, 'credit'],
    ['a caption inside the texts JSON', { texts: '{"uk":{"caption":"a\\u0000b"}}' }, 'texts.uk.caption'],
  ])('refuses a NUL character in %s of an upload form with 400 naming the field, storing nothing', async (_, fields, field) => {
    const { send } = await uploader()
    const data = await png()
    const answers = await inEveryLanguage((language) => send(multipart(fields, { name: 'a.png', type: 'image/png', data }), language))
    expectRefusedInEveryLanguage(answers, 'invalid_characters')
    expect(answers.en?.message).toContain(field)
    await expectNothingStored()
  })

  it.each([
    ['a language set to null', { uk: null }, 'texts.uk'],
    ['a numeric caption', { uk: { caption: 5 } }, 'texts.uk.caption'],
    ['a null alt text', { ru: { alt: null } }, 'texts.ru.alt'],
  ])('refuses a caption change with %s with 400 naming the field, changing nothing', async (_, texts, field) => {
    const { editor, send } = await uploader()
    const created = await send(
      multipart({ texts: JSON.stringify({ uk: { caption: 'Підпис' } }) }, { name: 'a.png', type: 'image/png', data: await png() }),
      'en',
    )
    expect(created.statusCode, created.body).toBe(201)
    const id = created.json().id
    const answers = await inEveryLanguage((language) =>
      overHttp(t.app, {
        method: 'PUT',
        url: `/api/admin/v1/media/${id}`,
        cookies: { vistka_session: editor.cookie },
        headers: { 'x-csrf-token': editor.csrf, 'accept-language': language },
        payload: { credit: 'Changed', texts },
      }),
    )
    expectRefusedInEveryLanguage(answers, 'invalid_input')
    expect(answers.en?.message).toContain(field)
    const media = await t.services.media.getMedia(id)
    expect([media.credit, media.texts]).toEqual(['', { uk: { caption: 'Підпис', alt: '' } }])
  })
})
