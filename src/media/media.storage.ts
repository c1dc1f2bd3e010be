import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'

/**
 * Where media files live. Local disk now; an S3-compatible store later implements the same
 * three calls. Keys are relative paths made by us ("v/<id>/800.webp"), never from user input.
 */
export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>
  delete(key: string): Promise<void>
}

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
    async delete(key) {
      await rm(pathOf(key), { force: true })
    },
  }
}

/** Public variants live under v/; originals under o/ are kept for re-processing and never served. */
export const variantKey = (mediaId: string, width: number, format: string) =>
  join('v', mediaId, `${width}.${format === 'jpeg' ? 'jpg' : format}`)
export const originalKey = (mediaId: string, ext: string) => join('o', `${mediaId}.${ext}`)
