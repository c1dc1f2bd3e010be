import { randomUUID } from 'node:crypto'
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'

/**
 * Where media files live. Local disk now; an S3-compatible store later implements the same
 * three calls. Keys are relative paths made by us ("v/<id>/800.webp"), never from user input.
 */
export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>
  /** Stores a local file's content (an upload spooled to disk) without reading it into memory. */
  putFile(key: string, path: string): Promise<void>
  delete(key: string): Promise<void>
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
    async delete(key) {
      await rm(pathOf(key), { force: true })
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
