import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, extname, join, resolve, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/**
 * Where media files live: local disk (here) or an S3-compatible bucket (s3-storage.ts). Keys are
 * relative paths made by us ("v/<id>/800.webp"), never from user input.
 */
export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>
  /** Stores a local file's content (an upload spooled to disk) without reading it into memory. */
  putFile(key: string, path: string): Promise<void>
  /** Stores a stream's content without holding it in memory (a copy between storages). */
  putStream(key: string, body: Readable): Promise<void>
  /** Removes a file; removing one that isn't there is not an error. */
  delete(key: string): Promise<void>
  /** A stored file to send to a reader or copy elsewhere; undefined if there is none. */
  read(key: string): Promise<StoredFile | undefined>
  /** A stored file's size in bytes, undefined if there is none: a copy skips what is already there. */
  size(key: string): Promise<number | undefined>
  /**
   * A fresh local path to spool an upload to while it arrives, so its bytes wait on disk, not in
   * the process's memory; whoever asked deletes it. Beside the media, not in /tmp: that may be RAM.
   */
  spoolPath(): Promise<string>
}

/**
 * A spooled upload older than this is left over from a process that died mid-upload (no upload
 * takes an hour); the next upload in any process sweeps it away.
 */
export const STALE_SPOOL_MS = 3_600_000

export interface StoredFile {
  body: Readable
  size: number
  contentType: string
  /** A strong validator for conditional requests, where the storage has one. */
  etag?: string
  lastModified?: Date
}

const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}

/** A media file's type, from the extension we gave its key. */
export const contentTypeOf = (key: string): string => CONTENT_TYPES[extname(key).toLowerCase()] ?? 'application/octet-stream'

/** Public variants never change under their key (a new picture gets a new id). Originals are never served. */
export const cacheControlOf = (key: string): string => (key.startsWith('v/') ? 'public, max-age=31536000, immutable' : 'private, no-store')

export function createLocalStorage(root: string): MediaStorage & { pathOf(key: string): string } {
  const base = resolve(root)
  const pathOf = (key: string) => {
    const path = resolve(base, key)
    if (!path.startsWith(base + sep)) throw new Error(`Media key escapes the media directory: ${key}`)
    return path
  }
  return {
    pathOf,
    async put(key, data) {
      const path = pathOf(key)
      await mkdir(dirname(path), { recursive: true })
      const tmp = `${path}.${process.pid}.tmp`
      await writeFile(tmp, data)
      await rename(tmp, path) // a reader never sees half a file
    },
    async putFile(key, source) {
      const path = pathOf(key)
      await mkdir(dirname(path), { recursive: true })
      const tmp = `${path}.${process.pid}.tmp`
      await copyFile(source, tmp)
      await rename(tmp, path)
    },
    async putStream(key, body) {
      const path = pathOf(key)
      await mkdir(dirname(path), { recursive: true })
      const tmp = `${path}.${process.pid}.tmp`
      try {
        await pipeline(body, createWriteStream(tmp))
      } catch (err) {
        await rm(tmp, { force: true })
        throw err
      }
      await rename(tmp, path)
    },
    async delete(key) {
      await rm(pathOf(key), { force: true })
    },
    async read(key) {
      const info = await stat(pathOf(key)).catch(() => undefined)
      if (!info?.isFile()) return undefined
      return { body: createReadStream(pathOf(key)), size: info.size, contentType: contentTypeOf(key), lastModified: info.mtime }
    },
    async size(key) {
      const info = await stat(pathOf(key)).catch(() => undefined)
      return info?.isFile() ? info.size : undefined
    },
    async spoolPath() {
      const path = pathOf(join('tmp', `${randomUUID()}.upload`))
      await mkdir(dirname(path), { recursive: true })
      await sweepStaleSpools(dirname(path))
      return path
    },
  }
}

async function sweepStaleSpools(dir: string): Promise<void> {
  const before = Date.now() - STALE_SPOOL_MS
  for (const name of await readdir(dir)) {
    const path = join(dir, name)
    const info = await stat(path).catch(() => undefined) // another process may have swept it first
    if (info && info.mtimeMs < before) await rm(path, { force: true })
  }
}

/** Public variants live under v/; originals under o/ are kept for re-processing and never served. */
export const variantKey = (mediaId: string, width: number, format: string) =>
  join('v', mediaId, `${width}.${format === 'jpeg' ? 'jpg' : format}`)
export const originalKey = (mediaId: string, ext: string) => join('o', `${mediaId}.${ext}`)
