import { createHash } from 'node:crypto'
import { setImmediate as yieldToRequests } from 'node:timers/promises'
import type { Kysely } from 'kysely'
import { renderToString } from 'preact-render-to-string'
import { backgroundWork } from '../background-work.js'
import type { DB } from '../db/schema.js'
import type { EventBus } from '../events.js'
import * as dates from '../i18n/dates.js'
import * as renderedBody from '../richtext/rendered-body.js'
import type { LocaleSettings } from '../shared/locales.js'
import type { Topic } from '../taxonomy/taxonomy.types.js'
import { cardTags, tag } from './cache-tags.js'
import * as internalLinks from './internal-links.js'
import * as skeletons from './page-skeleton.js'
import type { FooterLink, PageContext } from './pages/context.js'
import * as frame from './pages/frame.js'
import { FooterMenu, holeMarkup, SectionsMenu } from './pages/frame.js'
import * as parts from './pages/parts.js'
import { LatestList } from './pages/parts.js'
import * as storyPageModule from './pages/story.page.js'
import { findPublicVersions, listStories, type StoryCard } from './public.repository.js'
import * as seo from './seo.js'
import {
  deletePartOf,
  deletePartsTagged,
  findVersionsNeedingParts,
  type PartCursor,
  type StoredPart,
  storePart,
} from './story-page-parts.repository.js'
import * as strings from './strings.js'

/** A stored page older than this is rendered again in the background, so "read also" takes in newer stories. */
const REFRESH_AFTER_MS = 24 * 3600_000
/** Cards in the latest-news column of a story page. */
export const LATEST_COUNT = 8
/** Versions waiting to be rendered again after a change; beyond this, the start-up walk finds the rest. */
const MAX_QUEUED = 100_000
/** Public versions the walk looks at a step (it renders those of them whose page is missing or stale). */
const WALK_SCAN = 500
/** How long the latest news is kept without a publish (as long as a cached page: list.producers.ts). */
const LATEST_TTL_MS = 60_000

const SECTIONS = Buffer.from(holeMarkup('sections'))
const LATEST = Buffer.from(holeMarkup('latest'))
const FOOTER = Buffer.from(holeMarkup('footer'))

/**
 * What a stored page was rendered with: the site's addresses and assets, and the source of every
 * template and string that goes into a story page. A page stored under another fingerprint (a
 * new SITE_URL, a new stylesheet, a deploy that changed a template) is rendered again, never served.
 */
export function partsFingerprint(settings: {
  site: LocaleSettings
  siteUrl: string
  mediaRoot: string
  timezone: string
  cssPath: string
  logoPath: string
}): string {
  const hash = createHash('sha256').update(JSON.stringify(settings))
  for (const module of [storyPageModule, frame, parts, seo, internalLinks, renderedBody, dates, strings, skeletons])
    for (const [name, value] of Object.entries(module))
      hash.update(`${name}:${typeof value === 'function' ? String(value) : JSON.stringify(value)}`)
  return hash.digest('base64url').slice(0, 16)
}

/** A short hash of bytes: what an ETag is made of. */
export const digestOf = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('base64url').slice(0, 27)

/** A rendered page to keep, from story.producer.ts. */
export interface RenderedPart {
  versionId: string
  sectionId: string | null
  /** The whole document as UTF-8, with holes for the sections menu and the latest news. */
  html: Buffer
  /** digestOf(html). */
  digest: string
  locale: string
  /** The stories in its "read also". */
  related: string[]
  /** What it shows (cache-tags.ts): a change to any of them deletes it. */
  tags: string[]
}

/**
 * Story pages rendered ahead of readers and kept in the database (decision 017): a cold story
 * page is one indexed read plus the shared chrome, which is kept here in memory — the sections
 * menu per language and active section, the latest news per language. A change deletes exactly
 * the stored pages carrying its tags (as it drops cached pages) and has them rendered again in
 * the background; a page found missing or stale is rendered on the reader's request.
 */
export function createStoryPageParts(deps: {
  db: Kysely<DB>
  /** The site's languages: the start-up walk goes through each in turn. */
  locales: readonly string[]
  fingerprint: string
  /** A language's page skeleton, which stored pages are packed against (page-skeleton.ts, decision 028). */
  skeleton: (locale: string) => Buffer
  now: () => string
  /** Renders a version's page with holes; undefined when it is no longer public. */
  render: (versionId: string) => Promise<RenderedPart | undefined>
  onError: (err: unknown) => void
  /**
   * Pages the start-up walk renders at once: 1 on SQLite (its driver runs each query to the end
   * on the event loop), more on PostgreSQL, where a render mostly waits for the server's answers
   * and the second core would otherwise sit idle.
   */
  walkAtOnce?: number
}) {
  const { db, fingerprint, now } = deps
  const atOnce = Math.max(1, deps.walkAtOnce ?? 1)
  const work = backgroundWork(deps.onError)
  let stopped = false

  // Renders race changes: one that began before a change to what it shows is not stored (as page-cache.ts does).
  let generation = 0
  let clearedAt = -1
  const tagGeneration = new Map<string, number>()
  const raced = (part: RenderedPart, startedAt: number) =>
    startedAt < clearedAt || part.tags.some((t) => (tagGeneration.get(t) ?? -1) > startedAt)

  async function store(part: RenderedPart, startedAt: number): Promise<void> {
    // A change came in while it was rendered: what it shows may be stale. Render it again.
    if (raced(part, startedAt)) return enqueue([part.versionId])
    await storePart(db, part.versionId, { ...part, fingerprint, renderedAt: now() }, deps.skeleton(part.locale))
    // On PostgreSQL a change's delete may have run beside the insert and missed it: if one came in
    // meanwhile, this page goes too, and is rendered again.
    if (raced(part, startedAt)) {
      await deletePartOf(db, part.versionId)
      enqueue([part.versionId])
    }
  }

  // Versions whose stored page a change deleted, rendered again one at a time behind the readers.
  const queue = new Set<string>()
  let draining = false
  function enqueue(versionIds: Iterable<string>) {
    for (const id of versionIds) if (queue.size < MAX_QUEUED) queue.add(id)
    if (draining || queue.size === 0) return
    draining = true
    work.run(async () => {
      try {
        for (const id of queue) {
          if (stopped) break
          queue.delete(id)
          await renderAndStore(id)
          await yieldToRequests()
        }
      } finally {
        draining = false
      }
    })
  }

  // Newly published versions: once rendered, the stories in their "read also" are rendered again,
  // so that a new story shows up under the stories it is like (they find each other alike).
  const introduce = new Set<string>()

  async function renderAndStore(versionId: string): Promise<void> {
    const startedAt = generation
    const part = await deps.render(versionId)
    if (!part) return
    await store(part, startedAt)
    if (introduce.delete(versionId)) {
      const locale = part.locale
      for (const storyId of part.related)
        enqueue((await findPublicVersions(db, storyId, now())).filter((v) => v.locale === locale).map((v) => v.id))
    }
  }

  // The chrome: the menu per language and active section, the latest news per language, the footer's pages.
  const menus = new WeakMap<Topic[], Map<string, Chrome>>()
  const footers = new WeakMap<FooterLink[], Chrome>()
  function footerHtml(ctx: PageContext): Chrome {
    let html = footers.get(ctx.footer)
    if (!html) {
      html = chrome(renderToString(<FooterMenu ctx={ctx} />))
      footers.set(ctx.footer, html)
    }
    return html
  }
  const latest = new Map<string, Promise<Chrome & { cards: StoryCard[]; startedAt: number }>>()

  function menuHtml(ctx: PageContext, sectionId: string | null): Chrome {
    let byKey = menus.get(ctx.sections)
    if (!byKey) {
      byKey = new Map()
      menus.set(ctx.sections, byKey)
    }
    const key = `${ctx.locale} ${sectionId ?? ''}`
    let html = byKey.get(key)
    if (html === undefined) {
      html = chrome(renderToString(<SectionsMenu ctx={ctx} activeSectionId={sectionId} />))
      byKey.set(key, html)
    }
    return html
  }

  function latestOf(ctx: PageContext) {
    let entry = latest.get(ctx.locale)
    if (!entry) {
      const startedAt = generation
      const loading = listStories(db, { locale: ctx.locale, now: now(), page: 1, perPage: LATEST_COUNT + 1 }).then(({ items }) => ({
        cards: items,
        ...chrome(renderToString(<LatestList cards={items.slice(0, LATEST_COUNT)} ctx={ctx} />)),
        startedAt,
      }))
      entry = loading
      latest.set(ctx.locale, loading)
      const forget = () => {
        if (latest.get(ctx.locale) === loading) latest.delete(ctx.locale)
      }
      loading.then((l) => {
        // Loaded across a publish in the language: keep it for this request only.
        if ((tagGeneration.get(tag.home(ctx.locale)) ?? -1) > l.startedAt || l.startedAt < clearedAt) forget()
        // A story whose embargo ends makes no event: the list is read again after a minute, as cached pages are.
        else setTimeout(forget, LATEST_TTL_MS).unref()
      }, forget)
    }
    return entry
  }

  let walking = false
  /**
   * Renders every public version whose stored page is missing, stale or of another fingerprint,
   * newest first, one language after another: a language's own index gives each batch in
   * order (across languages SQLite sorted every version left at each batch: 0.15 s a batch at 100,000 stories).
   */
  async function walk(onProgress: (rendered: number) => void): Promise<number> {
    let rendered = 0
    const staleBefore = new Date(Date.parse(now()) - REFRESH_AFTER_MS).toISOString()
    for (const locale of deps.locales) {
      let after: PartCursor | undefined
      for (;;) {
        const { versions, next } = await findVersionsNeedingParts(db, {
          locale,
          now: now(),
          fingerprint,
          staleBefore,
          scan: WALK_SCAN,
          ...(after && { after }),
        })
        if (stopped) return rendered
        // A failure ends the walk, as it did one page at a time, once the pages in flight are done.
        const inFlight = new Set<Promise<void>>()
        let failed: { err: unknown } | undefined
        for (const v of versions) {
          if (stopped || failed) break
          const rendering: Promise<void> = renderAndStore(v.id)
            .catch((err: unknown) => {
              failed ??= { err }
            })
            .finally(() => inFlight.delete(rendering))
          inFlight.add(rendering)
          if (inFlight.size >= atOnce) await Promise.race(inFlight)
          rendered++
          await yieldToRequests()
        }
        await Promise.all(inFlight)
        if (failed) throw failed.err
        if (stopped) return rendered
        if (versions.length > 0) onProgress(rendered)
        if (!next) break
        after = next
        await yieldToRequests()
      }
    }
    return rendered
  }

  return {
    fingerprint,
    skeleton: deps.skeleton,

    /** Marks the start of a render: pass it to keep() so a render that raced a change isn't stored. */
    begin: (): number => generation,

    /** Stores a page rendered on a reader's request (in the background: the reader doesn't wait for the write). */
    keep(part: RenderedPart, startedAt: number): void {
      work.run(() => store(part, startedAt))
    },

    /** Whether a stored page is old enough to be rendered again; if so it is queued, and may be served meanwhile. */
    refreshIfOld(versionId: string, part: StoredPart): void {
      if (Date.parse(now()) - Date.parse(part.renderedAt) > REFRESH_AFTER_MS) enqueue([versionId])
    },

    /** The page a reader gets: the stored document with the menu and the latest news filled in, and every tag it shows. */
    async assemble(ctx: PageContext, part: Pick<RenderedPart, 'html' | 'digest' | 'sectionId' | 'tags'>, storyId: string) {
      const l = await latestOf(ctx)
      const first = l.cards.slice(0, LATEST_COUNT)
      // A story among the newest is not listed beside itself: the next one takes its place.
      const own = first.some((c) => c.storyId === storyId)
      const cards = own ? l.cards.filter((c) => c.storyId !== storyId).slice(0, LATEST_COUNT) : first
      const latestHtml = own ? chrome(renderToString(<LatestList cards={cards} ctx={ctx} />)) : l
      const menu = menuHtml(ctx, part.sectionId)
      const footer = footerHtml(ctx)
      return {
        body: fillHoles(part.html, menu.html, latestHtml.html, footer.html),
        etag: `"${digestOf(part.digest + menu.digest + latestHtml.digest + footer.digest)}"`,
        // Not home:<locale>: every publish would drop every cached story page. A cached page's latest
        // news is up to its TTL (a minute) old, as before pages were stored.
        tags: [...new Set([...part.tags, tag.nav, ...cardTags(cards)])],
      }
    },

    /**
     * A change: deletes the stored pages that show any of the tags, and forgets the latest news of
     * a language that a publish touched. Their pages are rendered again behind the readers.
     */
    async invalidate(tags: readonly string[]): Promise<void> {
      generation++
      for (const t of tags) {
        tagGeneration.set(t, generation)
        if (t.startsWith('home:')) latest.delete(t.slice('home:'.length))
      }
      if (tagGeneration.size > 50_000) for (const [t, gen] of tagGeneration) if (gen < generation - 1000) tagGeneration.delete(t)
      enqueue(await deletePartsTagged(db, tags))
    },

    /** Runs work that settled() waits for. */
    run: work.run,

    /** Renders a story's public pages behind the readers: it was published, changed or imported. */
    async renderStory(storyId: string, options: { published?: boolean } = {}): Promise<void> {
      const ids = (await findPublicVersions(db, storyId, now())).map((v) => v.id)
      if (options.published) for (const id of ids) if (introduce.size < MAX_QUEUED) introduce.add(id)
      enqueue(ids)
    },

    /** What a process does when it may have missed changes: forgets its chrome (the database is exact). */
    clear(): void {
      generation++
      clearedAt = generation
      latest.clear()
    },

    /**
     * Renders every public version's page that is missing, stale or rendered with another
     * fingerprint, newest first: what `vistka serve` does at start-up (one process), with
     * progress for a terminal. Returns how many it rendered.
     */
    async renderAll(options: { onProgress?: (rendered: number) => void; after?: Promise<unknown> } = {}): Promise<number> {
      walking = true
      try {
        await options.after
        return await walk(options.onProgress ?? (() => {}))
      } finally {
        walking = false
      }
    },

    /** Whether the start-up walk is rendering (said by /health, so a benchmark can wait for it). */
    walking: () => walking,

    /** Stops rendering ahead (shutdown): what is queued is left for readers' requests and the next start. */
    stop(): void {
      stopped = true
      queue.clear()
    },

    /** Resolves once every store, deletion and re-render started so far is done. */
    settled: work.settled,
  }
}

export type StoryPageParts = ReturnType<typeof createStoryPageParts>

/** A piece of the shared chrome, as bytes with their digest. */
interface Chrome {
  html: Buffer
  digest: string
}

const chrome = (html: string): Chrome => ({ html: Buffer.from(html), digest: digestOf(html) })

function fillHoles(html: Buffer, sections: Buffer, latestHtml: Buffer, footer: Buffer): Buffer {
  // The menu is near the start, the latest news and the footer near the end: each is looked for from its end.
  const s = html.indexOf(SECTIONS)
  const f = html.lastIndexOf(FOOTER)
  const l = html.lastIndexOf(LATEST, f)
  if (s < 0 || l <= s || f <= l) throw new Error('a stored story page has lost its holes') // only our renderer writes them
  return Buffer.concat([
    html.subarray(0, s),
    sections,
    html.subarray(s + SECTIONS.length, l),
    latestHtml,
    html.subarray(l + LATEST.length, f),
    footer,
    html.subarray(f + FOOTER.length),
  ])
}

/**
 * Renders the pages of a story this process published, changed or imported, once the change's
 * deletions are done (`invalidated`): on the local bus only, so one process does it, not all.
 */
export function renderChangedStoriesAhead(deps: { events: EventBus; parts: StoryPageParts; invalidated: () => Promise<void> }) {
  const { events, parts } = deps
  const renderAfterInvalidation = async (storyIds: string[], published = false) => {
    await deps.invalidated()
    for (const id of storyIds) await parts.renderStory(id, { published })
  }
  events.on('story.published', ({ storyId }) => parts.run(() => renderAfterInvalidation([storyId], true)))
  for (const name of ['story.updated', 'story.unpublished'] as const)
    events.on(name, ({ storyId }) => parts.run(() => renderAfterInvalidation([storyId])))
  events.on('stories.imported', ({ storyIds }) => parts.run(() => renderAfterInvalidation(storyIds)))
}
