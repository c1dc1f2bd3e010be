import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { GetObjectCommand } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storageFailureOf } from '../db/database-errors.js'
import { startS3Server, type TestS3Server } from '../testing/s3-server.js'
import { freePort } from '../testing/server-process.js'
import { createS3Storage } from './s3-storage.js'

describe('S3 media storage', () => {
  let s3: TestS3Server
  const spool = mkdtempSync(join(tmpdir(), 'vistka-spool-'))
  beforeAll(async () => {
    s3 = await startS3Server()
  })
  afterAll(async () => {
    await s3.close()
    rmSync(spool, { recursive: true, force: true })
  })

  it('stores, reads, measures and deletes objects under our keys', async () => {
    const storage = createS3Storage(s3.settings, spool)
    await storage.put('v/abc/800.jpg', Buffer.from('jpeg bytes'))
    const file = join(spool, 'upload.bin')
    writeFileSync(file, 'original bytes')
    await storage.putFile('o/abc.png', file)
    await storage.putStream('v/abc/480.webp', Readable.from([Buffer.from('web'), Buffer.from('p')]))

    expect(await storage.size('v/abc/800.jpg')).toBe(10)
    expect(await storage.size('o/abc.png')).toBe(14)
    const read = await storage.read('v/abc/480.webp')
    expect(read).toMatchObject({ size: 4, contentType: 'image/webp' })
    expect(await text(read?.body as Readable)).toBe('webp')

    // What a CDN in front of the bucket sees: type and cache policy on the object itself.
    const variant = await storage.client.send(new GetObjectCommand({ Bucket: s3.settings.bucket, Key: 'v/abc/800.jpg' }))
    expect(variant).toMatchObject({ ContentType: 'image/jpeg', CacheControl: 'public, max-age=31536000, immutable' })
    await variant.Body?.transformToString()
    const original = await storage.client.send(new GetObjectCommand({ Bucket: s3.settings.bucket, Key: 'o/abc.png' }))
    expect(original).toMatchObject({ ContentType: 'image/png', CacheControl: 'private, no-store' })
    await original.Body?.transformToString()

    await storage.delete('v/abc/800.jpg')
    await storage.delete('v/abc/800.jpg') // already gone: not an error
    expect(await storage.size('v/abc/800.jpg')).toBeUndefined()
    expect(await storage.read('v/abc/800.jpg')).toBeUndefined()
  })

  it('fails fast, as "unavailable", when the bucket’s server can’t be reached', async () => {
    const port = await freePort() // nothing listens there
    const storage = createS3Storage({ ...s3.settings, endpoint: `http://127.0.0.1:${port}` }, spool)
    const started = Date.now()
    const failure = await storage.put('v/x/800.jpg', Buffer.from('x')).catch((err: unknown) => err)
    expect(storageFailureOf(failure)).toBe('unavailable')
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
