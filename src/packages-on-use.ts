import { createRequire } from 'node:module'
import type * as S3 from '@aws-sdk/client-s3'
import type * as S3Storage from '@aws-sdk/lib-storage'
import type * as Argon2 from '@node-rs/argon2'
import type Pg from 'pg'
import type * as Saxes from 'saxes'
import type Sharp from 'sharp'

const require = createRequire(import.meta.url)

/** Loads once, on the first call. */
function onFirstUse<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined
  return () => {
    loaded ??= { value: load() }
    return loaded.value
  }
}

/**
 * Packages a server may never need, loaded when first used instead of when the process starts
 * (start-up under a second: issue 20, docs/decisions/015-built-server.md). Measured alone on the
 * 2-core machine, their loading took: the S3 SDK ~250 ms (only with MEDIA_STORAGE=s3), sharp
 * ~140 ms (an upload), pg ~80 ms (only on PostgreSQL), argon2 ~65 ms (a sign-in), saxes (a
 * WordPress import). All are CommonJS, so they load synchronously where they are first used.
 */
export const packages = {
  s3: onFirstUse(() => require('@aws-sdk/client-s3') as typeof S3),
  s3Upload: onFirstUse(() => require('@aws-sdk/lib-storage') as typeof S3Storage),
  pg: onFirstUse(() => require('pg') as typeof Pg),
  argon2: onFirstUse(() => require('@node-rs/argon2') as typeof Argon2),
  saxes: onFirstUse(() => require('saxes') as typeof Saxes),
  /** libvips is configured once, on load (media/image-work.ts says why). */
  sharp: onFirstUse(() => {
    const sharp = require('sharp') as typeof Sharp
    sharp.cache(false)
    sharp.concurrency(1)
    return sharp
  }),
}
