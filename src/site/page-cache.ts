import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { TagHeader } from '../config.integrations.js'

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
  /** Its response headers, made when first sent (site/serve-page.ts). */
  headers?: Record<string, string>
  /** The whole header set of a cache hit, per way of answering, made when first sent (serve-page.ts fromPageCache). */
  hitHeaders?: Partial<Record<'identity' | 'gzip' | 'br' | 'notModified', Record<string, string | number>>>
}

interface Entry {
  page: CachedPage
  /** The generation it was stored or last checked at: invalidations after it are checked on the next read. */
  checkedAt: number
}

export interface PageCacheOptions {
  maxEntries: number
  maxBytes: number
  now?: () => number
  /** The tag headers its pages are sent with (config.cacheTagHeaders); none by default. */
  tagHeaders?: readonly TagHeader[]
}

/** Addresses the doorkeeper remembers however few pages the cache holds. */
const DOORKEEPER_MIN = 64

/** A strong validator: the body's hash. */
export const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/**
 * An in-process LRU of rendered pages, keyed by URL. Each entry carries tags naming what it
 * shows, so a change drops exactly the pages that show it. Compressed forms are made once, on
 * first demand, and kept with the entry.
 *
 * Invalidation is checked when an entry is read, not by an index from tags to entries: an
 * invalidation stamps each of its tags with a new generation, and an entry checked before that
 * generation compares its tags once (then it is stamped checked until the next invalidation).
 * Keeping a tag → entries index cost a map entry and a set per tag of every page stored and
 * evicted — ~30 tags a story page, 40 µs of a cold page on the 2-core bench machine — while
 * invalidations come a few times a minute.
 *
 * Once it is full, a page comes in only on its second render within a while (a doorkeeper, as
 * in TinyLFU): a crawler or a reader walking the archive asks for each old page once, and with
 * plain LRU every such page pushed out a page others read, to be pushed out itself unread.
 * Remembered: as many addresses as the cache holds pages — those refused lately, and those that
 * left the cache (dropped as stale, expired or pushed out), so a page made stale by a publish
 * comes back at its first render.
 * (Decision 007.)
 */
export function createPageCache({ maxEntries, maxBytes, now = Date.now, tagHeaders = [] }: PageCacheOptions) {
  const entries = new Map<string, Entry>()
  // Generation counters: what each tag was last invalidated at; a page rendered or checked before is stale.
  const tagGeneration = new Map<string, number>()
  let generation = 0
  let clearedAt = -1
  /** Tag generations below this were forgotten (tagGeneration is bounded): an entry last checked earlier is dropped. */
  let forgottenBelow = -1
  let bytes = 0
  // The doorkeeper: addresses a page was refused for (the cache full) or that left the cache, oldest
  // first; as many as the cache holds pages, so "lately" is about as long as a page stays in it.
  const doorkeeper = new Map<string, true>()
  function remember(key: string): void {
    doorkeeper.delete(key)
    doorkeeper.set(key, true)
    while (doorkeeper.size > Math.max(DOORKEEPER_MIN, entries.size)) doorkeeper.delete(doorkeeper.keys().next().value as string)
  }

  const sizeOf = (p: CachedPage) => p.body.length + (p.gzip?.length ?? 0) + (p.br?.length ?? 0)

  /** Drops an entry; the doorkeeper remembers its address unless it is being replaced. */
  function remove(key: string, replaced = false): void {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= sizeOf(entry.page)
    if (!replaced) remember(key)
  }

  /** Whether an entry still shows nothing invalidated since it was last checked; stamps it checked now. */
  function current(entry: Entry): boolean {
    if (entry.checkedAt === generation) return true
    if (entry.checkedAt < clearedAt || entry.checkedAt < forgottenBelow) return false
    for (const tag of entry.page.tags) if ((tagGeneration.get(tag) ?? -1) > entry.checkedAt) return false
    entry.checkedAt = generation
    return true
  }

  /** The entry under key if it may be served (not expired, nothing it shows invalidated); drops it if not. */
  function live(key: string): Entry | undefined {
    const entry = entries.get(key)
    if (!entry) return undefined
    if (entry.page.expiresAt > now() && current(entry)) return entry
    remove(key)
    return undefined
  }

  return {
    /** The tag headers its pages are sent with (serve-page.ts). */
    tagHeaders,
    get(key: string): CachedPage | undefined {
      const entry = live(key)
      if (!entry) return undefined
      entries.delete(key) // re-insert: Map order is our LRU order
      entries.set(key, entry)
      return entry.page
    },

    /** Marks the start of a render; pass it to set() so a render that raced an invalidation isn't stored. */
    begin: (): number => generation,

    set(key: string, page: CachedPage, renderStartedAt: number = generation): void {
      if (renderStartedAt < clearedAt || page.tags.some((tag) => (tagGeneration.get(tag) ?? -1) > renderStartedAt)) return
      const size = sizeOf(page)
      // Larger than the whole budget (or no budget: PAGE_CACHE_MB=0): it would push out every page, itself too.
      if (size > maxBytes || maxBytes === 0) return
      const replacing = entries.has(key)
      const full = entries.size >= maxEntries || bytes + size > maxBytes
      // Full: only a page asked for again lately, or one that was here, takes another's place.
      if (!doorkeeper.delete(key) && full && !replacing) {
        remember(key)
        return
      }
      remove(key, true)
      page.key = key
      entries.set(key, { page, checkedAt: generation })
      bytes += size
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
      entries.clear()
      doorkeeper.clear()
      bytes = 0
    },

    /** Makes every entry that shows any of the tags stale: it is dropped when next read, never served. */
    invalidate(tags: Iterable<string>): void {
      generation++
      for (const tag of tags) tagGeneration.set(tag, generation)
      if (tagGeneration.size > 50_000) {
        // Renders take milliseconds; generations this old can no longer race one. An entry not
        // read since then can't be checked against the tags forgotten here: it goes when next read.
        forgottenBelow = generation - 1000
        for (const [tag, gen] of tagGeneration) if (gen < forgottenBelow) tagGeneration.delete(tag)
      }
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
      if (page.key !== undefined && entries.get(page.key)?.page === page) bytes += sizeOf(page) - before
      return result
    },

    /** Whether a page under key would be served (without counting as a use). */
    has: (key: string) => live(key) !== undefined,
    get size() {
      return entries.size
    },
  }
}

export type PageCache = ReturnType<typeof createPageCache>
