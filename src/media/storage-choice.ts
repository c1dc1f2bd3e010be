import { resolve } from 'node:path'
import type { Config } from '../config.js'
import { createLocalStorage, type MediaStorage } from './media.storage.js'
import { createS3Storage } from './s3-storage.js'

/** The storage the configuration names: local disk under MEDIA_DIR, or the S3 bucket (spooling uploads under MEDIA_DIR). */
export function createMediaStorage(config: Pick<Config, 'mediaDir' | 'mediaStorage'>): MediaStorage {
  const mediaDir = resolve(config.mediaDir)
  return config.mediaStorage.kind === 's3' ? createS3Storage(config.mediaStorage, mediaDir) : createLocalStorage(mediaDir)
}
