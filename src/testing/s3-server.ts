import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import type { S3Settings } from '../config.js'

export interface TestS3Server {
  /** Settings of a fresh, empty bucket on the server. */
  settings: S3Settings
  /** The environment that points Vistka at that bucket. */
  env: Record<string, string>
  endpoint: string
  /** Every key in the bucket, sorted. */
  keys(): Promise<string[]>
  close(): Promise<void>
}

let buckets = 0

/**
 * A real S3-speaking server (s3rver, in this process, files in a temp folder) with one bucket,
 * for tests of S3 storage. Never a mock of the SDK: requests go over HTTP, signed, as to AWS.
 */
export async function startS3Server(): Promise<TestS3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'vistka-s3-'))
  const bucket = `media-${process.pid}-${++buckets}`
  const server = new S3rver({ port: 0, address: '127.0.0.1', directory, silent: true, configureBuckets: [{ name: bucket, configs: [] }] })
  const { port } = (await server.run()) as { port: number }
  const endpoint = `http://127.0.0.1:${port}`
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
  return {
    endpoint,
    settings: { kind: 's3', endpoint, region: 'us-east-1', bucket, credentials, forcePathStyle: true },
    env: {
      MEDIA_STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    async keys() {
      const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials })
      const keys: string[] = []
      let token: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
        keys.push(...(page.Contents ?? []).map((c) => c.Key ?? ''))
        token = page.NextContinuationToken
      } while (token)
      client.destroy()
      return keys.sort()
    },
    async close() {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
