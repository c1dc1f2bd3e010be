import { sql } from 'kysely'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../testing/admin-client.js'
import { startS3Server, type TestS3Server } from '../testing/s3-server.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { filesIn, multipart } from './media.test-support.js'

const photo = () =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: '#e76f51' } })
    .jpeg()
    .toBuffer()

describe.each(testDialects())('media on S3 storage, on %s', (dialect) => {
  let s3: TestS3Server
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    s3 = await startS3Server()
    t = await createTestApp(dialect, s3.env)
  })
  afterEach(async () => {
    await t.close()
    await s3.close()
  })

  const upload = async () => {
    const editor = await signInAs(t, 'editor')
    return editor.send('POST', '/media', multipart({ credit: 'Reuters' }, { name: 'photo.jpg', type: 'image/jpeg', data: await photo() }))
  }

  it('stores an upload and its variants in the bucket, serves them with immutable headers, and deletes every object', async () => {
    const res = await upload()
    expect(res.statusCode, res.body).toBe(201)
    const media = res.json() as { id: string; variants: { key: string }[] }
    const original = `o/${media.id}.jpg`
    expect(await s3.keys()).toEqual([original, ...media.variants.map((v) => v.key)].sort())
    expect(media.variants).toHaveLength(9)
    // Nothing of it on local disk: the spooled upload is gone too.
    expect(filesIn(t.mediaDir)).toEqual([])

    const variant = media.variants[0]?.key as string
    const served = await t.app.inject({ url: `/media/${variant}` })
    expect(served.statusCode).toBe(200)
    expect(served.headers).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': expect.stringMatching(/^image\//),
    })
    expect(served.rawPayload.length).toBe(Number(served.headers['content-length']))
    const again = await t.app.inject({ url: `/media/${variant}`, headers: { 'if-none-match': String(served.headers.etag) } })
    expect(again.statusCode).toBe(304)
    // Originals are kept for re-processing, never served.
    expect((await t.app.inject({ url: `/media/${original}` })).statusCode).toBe(404)
    expect((await t.app.inject({ url: `/media/v/${media.id}/999.jpg` })).statusCode).toBe(404)

    const editor = await signInAs(t, 'editor')
    expect((await editor.call('DELETE', `/media/${media.id}`)).statusCode).toBe(204)
    expect(await s3.keys()).toEqual([])
  })

  it('removes every object it stored when the row can’t be written', async () => {
    // The database refuses new media (as a full disk or a lost connection would) after the bucket took the files.
    if (dialect === 'sqlite') {
      await sql`create trigger refuse_media before insert on media begin select raise(abort, 'refused by the test'); end`.execute(
        t.database.db,
      )
    } else {
      await sql`create function refuse_media() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`.execute(
        t.database.db,
      )
      await sql`create trigger refuse_media before insert on media for each row execute function refuse_media()`.execute(t.database.db)
    }
    const res = await upload()
    expect(res.statusCode).toBe(500)
    expect(await s3.keys()).toEqual([])
    expect(filesIn(t.mediaDir)).toEqual([])
  })

  it('answers 503 and leaves no row and no object when the bucket can’t be reached', async () => {
    await s3.close() // the bucket's server goes away
    const res = await upload()
    expect(res.statusCode, res.body).toBe(503)
    expect(res.headers['retry-after']).toBe('5')
    const rows = await t.database.db.selectFrom('media').select('id').execute()
    expect(rows).toEqual([])
    expect(filesIn(t.mediaDir)).toEqual([])
    s3 = await startS3Server() // for afterEach
  })
})
