import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** A rendered public response, tagged with everything it shows. */
export interface CachedPage {
  status: number
  contentType: string
  body: Buffer
  /** What the page shows: "story:<id>", "topic:<id>", "home:<locale>", "feed:<locale>", "sitemap", … */
  tags: string[]
  /** Seconds browsers and CDNs may keep it (Cache-Control max-age). */
  maxAge: number
  etag: string
  /** When the entry stops being served from memory even if nothing invalidated it (ms since epoch). */
  expiresAt: number
  gzip?: Buffer
  br?: Buffer
  /** Set by the cache: the URL it is stored under. */
  key?: string
}

export interface PageCacheOptions {
  maxEntries: number
  maxBytes: number
  now?: () => number
}

/** A strong validator: the body's hash. */
export const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/**
 * An in-process LRU of rendered pages, keyed by URL. Each entry carries tags naming what it
 * shows, so a change drops exactly the pages that show it. Compressed forms are made once, on
 * first demand, and kept with the entry.
 */
export function createPageCache({ maxEntries, maxBytes, now = Date.now }: PageCacheOptions) {
  const entries = new Map<string, CachedPage>()
  const byTag = new Map<string, Set<string>>()
  // Generation counters: a page rendered before a tag it shows was invalidated is stale on arrival.
  const tagGeneration = new Map<string, number>()
  let generation = 0
  let clearedAt = -1
  let bytes = 0

  const sizeOf = (p: CachedPage) => p.body.length + (p.gzip?.length ?? 0) + (p.br?.length ?? 0)

  function remove(key: string): void {
    const page = entries.get(key)
    if (!page) return
    entries.delete(key)
    bytes -= sizeOf(page)
    for (const tag of page.tags) {
      const keys = byTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) byTag.delete(tag)
    }
  }

  return {
    get(key: string): CachedPage | undefined {
      const page = entries.get(key)
      if (!page) return undefined
      if (page.expiresAt <= now()) {
        remove(key)
        return undefined
      }
      entries.delete(key) // re-insert: Map order is our LRU order
      entries.set(key, page)
      return page
    },

    /** Marks the start of a render; pass it to set() so a render that raced an invalidation isn't stored. */
    begin: (): number => generation,

    set(key: string, page: CachedPage, renderStartedAt: number = generation): void {
      if (renderStartedAt < clearedAt || page.tags.some((tag) => (tagGeneration.get(tag) ?? -1) > renderStartedAt)) return
      remove(key)
      page.key = key
      entries.set(key, page)
      bytes += sizeOf(page)
      for (const tag of page.tags) {
        let keys = byTag.get(tag)
        if (!keys) {
          keys = new Set()
          byTag.set(tag, keys)
        }
        keys.add(key)
      }
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break
        remove(oldest)
      }
    },

    /**
     * Drops everything, and any page whose render began before: what a process does when it may
     * have missed invalidations (its change listener reconnected).
     */
    clear(): void {
      generation++
      clearedAt = generation
      for (const key of [...entries.keys()]) remove(key)
    },

    /** Drops every entry that shows any of the tags; returns how many went. */
    invalidate(tags: Iterable<string>): number {
      const keys = new Set<string>()
      generation++
      for (const tag of tags) {
        tagGeneration.set(tag, generation)
        for (const key of byTag.get(tag) ?? []) keys.add(key)
      }
      for (const key of keys) remove(key)
      if (tagGeneration.size > 50_000) {
        // Renders take milliseconds; generations this old can no longer race one.
        for (const [tag, gen] of tagGeneration) if (gen < generation - 1000) tagGeneration.delete(tag)
      }
      return keys.size
    },

    /** The body in the best encoding the client accepts; compressed forms are computed once. */
    encoded(page: CachedPage, acceptEncoding: string | undefined): { body: Buffer; encoding?: 'br' | 'gzip' } {
      if (page.body.length < 1024 || !acceptEncoding) return { body: page.body }
      const before = sizeOf(page)
      let result: { body: Buffer; encoding?: 'br' | 'gzip' } = { body: page.body }
      if (/\bbr\b/.test(acceptEncoding)) {
        page.br ??= brotliCompressSync(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        result = { body: page.br, encoding: 'br' }
      } else if (/\bgzip\b/.test(acceptEncoding)) {
        page.gzip ??= gzipSync(page.body, { level: 6 })
        result = { body: page.gzip, encoding: 'gzip' }
      }
      if (page.key !== undefined && entries.get(page.key) === page) bytes += sizeOf(page) - before
      return result
    },

    has: (key: string) => entries.has(key),
    get size() {
      return entries.size
    },
  }
}

export type PageCache = ReturnType<typeof createPageCache>
