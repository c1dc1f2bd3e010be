import { existsSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Role, systemActor } from '../shared/roles.js'
import { signInAs } from '../testing/admin-client.js'
import { bodyHtmlOf } from '../testing/body-html.js'
import { makeStory, paragraphs } from '../testing/factories.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { multipart } from './media.test-support.js'

const image = (format: 'jpeg' | 'png' | 'webp') =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: '#2a9d8f' } })
    .toFormat(format)
    .toBuffer()

describe.each(testDialects())('media admin API on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  async function as(role: Role) {
    const caller = await signInAs(t, role)
    return {
      user: caller.user,
      call: caller.call,
      upload: (fields: Record<string, string>, file?: Parameters<typeof multipart>[1]) =>
        caller.send('POST', '/media', multipart(fields, file)),
    }
  }

  it.each(['jpeg', 'png', 'webp'] as const)('uploads a real %s with captions per language and a shared credit', async (format) => {
    const author = await as('author')
    const res = await author.upload(
      { credit: 'Getty Images', texts: JSON.stringify({ uk: { caption: 'Підпис', alt: 'Опис' }, en: { caption: 'Caption' } }) },
      { name: `photo.${format}`, type: `image/${format}`, data: await image(format) },
    )
    expect(res.statusCode, res.body).toBe(201)
    const media = res.json()
    expect(media).toMatchObject({
      width: 900,
      height: 600,
      credit: 'Getty Images',
      texts: { uk: { caption: 'Підпис', alt: 'Опис' }, en: { caption: 'Caption', alt: '' } },
    })
    expect(media.variants).toHaveLength(9)
    for (const v of media.variants) expect(existsSync(join(t.mediaDir, v.key))).toBe(true)
  })

  it('refuses a text file named .jpg, a pixel bomb, an oversize file and a missing file, storing nothing', async () => {
    const author = await as('author')
    const text = await author.upload({}, { name: 'photo.jpg', type: 'image/jpeg', data: Buffer.from('not a picture at all') })
    expect([text.statusCode, text.json().error.code]).toEqual([400, 'image_unsupported'])
    const bomb = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    bomb.writeUInt32BE(10_000, 16)
    bomb.writeUInt32BE(10_000, 20)
    const bombed = await author.upload({}, { name: 'bomb.png', type: 'image/png', data: bomb })
    expect([bombed.statusCode, bombed.json().error.code]).toEqual([400, 'image_too_large'])
    const huge = await author.upload({}, { name: 'huge.jpg', type: 'image/jpeg', data: Buffer.alloc(26 * 1024 * 1024, 1) })
    expect([huge.statusCode, huge.json().error.code]).toEqual([413, 'upload_too_large'])
    const none = await author.upload({ credit: 'x' })
    expect([none.statusCode, none.json().error.code]).toEqual([400, 'upload_missing_file'])
    const badTexts = await author.upload({ texts: '{not json' }, { name: 'a.png', type: 'image/png', data: await image('png') })
    expect(badTexts.statusCode).toBe(400)
    expect(await t.database.db.selectFrom('media').select('id').execute()).toEqual([])
  })

  it('lets contributors not upload, an author describe only their own uploads, and only editors delete', async () => {
    const contributor = await as('contributor')
    expect((await contributor.upload({}, { name: 'a.png', type: 'image/png', data: await image('png') })).statusCode).toBe(403)
    const author = await as('author')
    const own = (await author.upload({}, { name: 'a.png', type: 'image/png', data: await image('png') })).json()
    expect(own).toMatchObject({ originalName: 'a.png', createdBy: author.user.id })
    const described = await author.call('PUT', `/media/${own.id}`, { credit: 'Vistka', focalX: 0.3, texts: { uk: { alt: 'Опис' } } })
    expect([described.statusCode, described.json()]).toEqual([200, expect.objectContaining({ credit: 'Vistka', focalX: 0.3 })])
    const others = (await (await as('editor')).upload({}, { name: 'b.png', type: 'image/png', data: await image('png') })).json().id
    const refused = await author.call('PUT', `/media/${others}`, { credit: 'X' })
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'forbidden_action'])
    expect((await t.services.media.getMedia(others)).credit).toBe('')
    expect((await author.call('DELETE', `/media/${own.id}`)).statusCode).toBe(403)
    expect((await contributor.call('PUT', `/media/${own.id}`, { credit: 'X' })).statusCode).toBe(403)
  })

  it('changes a caption and shows it in the bodies that use the image', async () => {
    const editor = await as('editor')
    const id = (
      await editor.upload(
        { texts: JSON.stringify({ uk: { caption: 'Старий підпис' } }) },
        { name: 'a.png', type: 'image/png', data: await image('png') },
      )
    ).json().id
    const { version } = await makeStory(t.services, { body: { type: 'doc', content: [{ type: 'image', attrs: { mediaId: id } }] } })
    expect(bodyHtmlOf(await t.services.stories.getVersion(version.id))).toContain('Старий підпис')
    const res = await editor.call('PUT', `/media/${id}`, { texts: { uk: { caption: 'Новий підпис' } } })
    expect(res.json().texts.uk).toEqual({ caption: 'Новий підпис', alt: '' })
    await t.cacheSettled()
    expect(bodyHtmlOf(await t.services.stories.getVersion(version.id))).toContain('Новий підпис')
  })

  it('lists the library newest first, page by page, and keeps a focal point', async () => {
    const editor = await as('editor')
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      ids.push((await editor.upload({}, { name: `${i}.png`, type: 'image/png', data: await image('png') })).json().id)
      t.clock.advance(1000)
    }
    const first = (await editor.call('GET', '/media?limit=2')).json()
    expect(first.items.map((m: { id: string }) => m.id)).toEqual([ids[2], ids[1]])
    const second = (await editor.call('GET', `/media?limit=2&cursor=${first.nextCursor}`)).json()
    expect([second.items.map((m: { id: string }) => m.id), second.nextCursor]).toEqual([[ids[0]], null])
    expect((await editor.call('GET', '/media?cursor=bad')).statusCode).toBe(400)
    const focused = await editor.call('PUT', `/media/${ids[0]}`, { focalX: 0.25, focalY: 0.75 })
    expect(focused.json()).toMatchObject({ focalX: 0.25, focalY: 0.75 })
    expect((await editor.call('PUT', `/media/${ids[0]}`, { focalX: 2 })).statusCode).toBe(400)
  })

  it('searches the library by name, credit, source, caption and alt text in any language', async () => {
    const editor = await as('editor')
    const png = { type: 'image/png', data: await image('png') }
    const a = await editor.upload(
      { credit: 'Укрінформ', texts: JSON.stringify({ uk: { caption: 'Обстріл Харкова' } }) },
      { ...png, name: 'kh.png' },
    )
    const b = await editor.upload({ source: 'Reuters' }, { ...png, name: 'Parliament_session.png' })
    const find = async (q: string) =>
      (await editor.call('GET', `/media?q=${encodeURIComponent(q)}`)).json().items.map((m: { id: string }) => m.id)
    expect(await find('харкова')).toEqual([a.json().id])
    expect(await find('УКРІНФОРМ обстріл')).toEqual([a.json().id])
    expect(await find('parliament')).toEqual([b.json().id])
    expect(await find('reuters')).toEqual([b.json().id])
    expect(await find('')).toHaveLength(2)
    // A caption written later is found too.
    await editor.call('PUT', `/media/${b.json().id}`, { texts: { en: { alt: 'Lawmakers vote in Kyiv' } } })
    expect(await find('lawmakers')).toEqual([b.json().id])
    expect((await editor.call('GET', `/media?q=${'x'.repeat(201)}`)).statusCode).toBe(400)
  })

  it('refuses to delete an image a published story shows, and deletes an unused one with its files', async () => {
    const editor = await as('editor')
    const used = (await editor.upload({}, { name: 'a.png', type: 'image/png', data: await image('png') })).json()
    const { version } = await makeStory(t.services, { leadMediaId: used.id })
    await t.services.stories.transition(version.id, { to: 'published' }, systemActor)
    const refused = await editor.call('DELETE', `/media/${used.id}`)
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'media_in_use'])
    // Shown inside a published body, then not: the body's mentions (migration 0023) follow its edits.
    const inBody = (await editor.upload({}, { name: 'c.png', type: 'image/png', data: await image('png') })).json()
    const shown = await makeStory(t.services, { body: { type: 'doc', content: [{ type: 'image', attrs: { mediaId: inBody.id } }] } })
    await t.services.stories.transition(shown.version.id, { to: 'published' }, systemActor)
    expect((await editor.call('DELETE', `/media/${inBody.id}`)).statusCode).toBe(409)
    await t.services.stories.saveVersion(
      { versionId: shown.version.id, baseRevision: 1, changes: { body: paragraphs('Без фото.') } },
      systemActor,
    )
    expect((await editor.call('DELETE', `/media/${inBody.id}`)).statusCode).toBe(204)
    const unused = (await editor.upload({}, { name: 'b.png', type: 'image/png', data: await image('png') })).json()
    expect((await editor.call('DELETE', `/media/${unused.id}`)).statusCode).toBe(204)
    expect((await editor.call('GET', `/media/${unused.id}`)).statusCode).toBe(404)
    for (const v of unused.variants) expect(existsSync(join(t.mediaDir, v.key))).toBe(false)
  })
})
