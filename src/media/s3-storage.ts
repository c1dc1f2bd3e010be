import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import type { S3Client } from '@aws-sdk/client-s3'
import type { S3Settings } from '../config.js'
import { packages } from '../packages-on-use.js'
import { cacheControlOf, contentTypeOf, createLocalStorage, type MediaStorage } from './media.storage.js'

// We run on Node 20 by design (docs/decisions/005-dependency-pins.md); the SDK's notice that its
// releases after January 2027 will need Node 22 is for whoever upgrades it, not for every start.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

/**
 * Media in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …) under the same keys as on disk.
 * Each object carries its content type and cache policy, so a CDN or the bucket's own public
 * origin can serve `v/` directly (MEDIA_PUBLIC_URL). Uploads still arrive in a local spool file
 * under `spoolDir` first (see MediaStorage.spoolPath), then stream to the bucket.
 */
export function createS3Storage(settings: S3Settings, spoolDir: string): MediaStorage & { client: S3Client } {
  const { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } = packages.s3()
  const { Upload } = packages.s3Upload()
  const client = new S3Client({
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint && { endpoint: settings.endpoint }),
    // A copy: the SDK marks the credentials object it is given, and ours is frozen.
    ...(settings.credentials && { credentials: { ...settings.credentials } }),
    // An unreachable bucket should fail an upload in seconds with 503, not hang it.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    maxAttempts: 3,
  })
  const Bucket = settings.bucket
  const spool = createLocalStorage(spoolDir)

  /** Streams a body to the bucket: one PUT when small, a multipart upload when large. */
  async function upload(key: string, body: Buffer | Readable): Promise<void> {
    const params = { Bucket, Key: key, Body: body, ContentType: contentTypeOf(key), CacheControl: cacheControlOf(key) }
    await new Upload({ client, params, queueSize: 2, partSize: 8 * 1024 * 1024, leavePartsOnError: false }).done()
  }

  return {
    client,
    put: (key, data) => upload(key, data),
    putFile: (key, path) => upload(key, createReadStream(path)),
    putStream: (key, body) => upload(key, body),
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }))
    },
    spoolPath: () => spool.spoolPath(),
    async read(key) {
      try {
        const res = await client.send(new GetObjectCommand({ Bucket, Key: key }))
        if (!res.Body) return undefined
        return {
          body: res.Body as Readable, // Node's SDK answers with an http.IncomingMessage
          size: res.ContentLength ?? 0,
          contentType: res.ContentType ?? contentTypeOf(key),
          ...(res.ETag && { etag: res.ETag }),
          ...(res.LastModified && { lastModified: res.LastModified }),
        }
      } catch (err) {
        if (isMissing(err)) return undefined
        throw err
      }
    },
    async size(key) {
      try {
        return (await client.send(new HeadObjectCommand({ Bucket, Key: key }))).ContentLength ?? 0
      } catch (err) {
        if (isMissing(err)) return undefined
        throw err
      }
    },
  }
}

const isMissing = (err: unknown): boolean =>
  err instanceof packages.s3().S3ServiceException &&
  (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata.httpStatusCode === 404)
