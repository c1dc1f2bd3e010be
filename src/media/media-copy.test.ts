import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { DeleteObjectCommand, S3Client } from '@aws-sdk/client-s3'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { startS3Server, type TestS3Server } from '../testing/s3-server.js'
import { databaseUrlOf, runVistka } from '../testing/server-process.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { filesIn } from './media.test-support.js'

const vistka = (args: string[], env: Record<string, string>) => runVistka(args, env)

describe.each(testDialects())('vistka media copy on %s', (dialect) => {
  let s3: TestS3Server
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    s3 = await startS3Server()
    t = await createTestApp(dialect)
  })
  afterEach(async () => {
    await t.close()
    await s3.close()
  })

  const env = () => ({ DATABASE_URL: databaseUrlOf(t.location), MEDIA_DIR: t.mediaDir, ...s3.env, MEDIA_STORAGE: 'local' })
  const relative = (files: string[]) => files.map((f) => f.slice(t.mediaDir.length + 1)).sort()

  it('copies the library to the bucket and back, resuming where an interrupted run stopped', async () => {
    const keys: string[] = []
    for (const color of ['#264653', '#f4a261']) {
      const data = await sharp({ create: { width: 640, height: 480, channels: 3, background: color } })
        .jpeg()
        .toBuffer()
      const media = await t.services.media.createImage({ data, originalName: `${color}.jpg` }, systemActor)
      keys.push(`o/${media.id}.jpg`, ...media.variants.map((v) => v.key))
    }
    const files = relative(filesIn(t.mediaDir))
    expect(files).toEqual(keys.sort()) // each picture's original and variants

    const first = await vistka(['media', 'copy', '--to', 's3'], env())
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toContain(`Copied ${files.length} files of 2 pictures; 0 were there already.`)
    expect(first.stdout).toContain('Now set MEDIA_STORAGE=s3 and restart.')
    expect(await s3.keys()).toEqual(files)

    // An interrupted run: some objects never arrived. The next run copies only those.
    const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: s3.settings.credentials })
    for (const key of files.slice(0, 3)) await client.send(new DeleteObjectCommand({ Bucket: s3.settings.bucket, Key: key }))
    client.destroy()
    const resumed = await vistka(['media', 'copy', '--to', 's3'], env())
    expect(resumed.stdout).toContain(`Copied 3 files of 2 pictures; ${files.length - 3} were there already.`)
    expect(await s3.keys()).toEqual(files)

    // And back: a machine with an empty media folder gets every file from the bucket.
    rmSync(t.mediaDir, { recursive: true, force: true })
    const back = await vistka(['media', 'copy', '--to', 'local'], { ...env(), MEDIA_STORAGE: 's3' })
    expect(back.code, back.stderr).toBe(0)
    expect(back.stdout).toContain('Now set MEDIA_STORAGE=local and restart.')
    expect(relative(filesIn(t.mediaDir))).toEqual(files)
  })

  it('refuses a bad target or a missing bucket with a message, and reports files missing from the source', async () => {
    const bad = await vistka(['media', 'copy', '--to', 'ftp'], env())
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--to must be s3 or local, not 'ftp'.")
    const noBucket = await vistka(['media', 'copy', '--to', 's3'], { DATABASE_URL: databaseUrlOf(t.location), MEDIA_DIR: t.mediaDir })
    expect(noBucket.code).toBe(2)
    expect(noBucket.stderr).toContain('media copy needs the bucket: set S3_BUCKET')

    const data = await sharp({ create: { width: 500, height: 500, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    const media = await t.services.media.createImage({ data, originalName: 'black.png' }, systemActor)
    rmSync(join(t.mediaDir, media.variants[0]?.key as string))
    const partial = await vistka(['media', 'copy', '--to', 's3'], env())
    expect(partial.code).toBe(1)
    expect(partial.stderr).toContain(`1 files the library names are not in the source:\n  ${media.variants[0]?.key}`)
  })
})
