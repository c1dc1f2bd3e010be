import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { toTimestamp } from '../db/time.js'
import type { EventBus } from '../events.js'
import type { LocaleSettings } from '../shared/locales.js'
import { findTopicsByIds, listTopicIds } from '../taxonomy/taxonomy.repository.js'
import type { Topic } from '../taxonomy/taxonomy.types.js'
import type { SiteAssets } from './assets.js'
import type { FooterLink, PageContext } from './pages/context.js'
import { errorPage } from './pages/error.page.js'
import { listFooterPages } from './public.repository.js'
import { HTML, type PageOutcome } from './serve-page.js'
import { stringsFor } from './strings.js'

export interface SiteSettings {
  db: Kysely<DB>
  site: LocaleSettings
  siteUrl: string
  /** Where media files are fetched from (shared/addresses.ts, mediaRoot). */
  mediaRoot: string
  timezone: string
  assets: SiteAssets
  /** When given, the sections menu is read once and again only after a topic changes. */
  events?: EventBus
  /** The app's clock: what is visible (the footer's pages) is judged by it, as every other read of the site's. */
  clock?: () => Date
}

const FOOTER_TTL_MS = 60_000

/** Builds the frame every page shares (sections menu, strings, asset paths), and the error pages. */
export function createPageContexts({ db, site, siteUrl, mediaRoot, timezone, assets, events, clock = () => new Date() }: SiteSettings) {
  // Every page shows the menu: three queries a page for what changes a few times a year.
  let menu: Promise<Topic[]> | null = null
  events?.on('topic.updated', () => {
    menu = null
  })
  // The footer's pages, per language: read again after any change that may touch a page, and
  // after a minute (a page whose embargo ends makes no event).
  const footers = new Map<string, { links: Promise<FooterLink[]>; at: number }>()
  for (const e of ['story.published', 'story.unpublished', 'story.updated', 'stories.imported'] as const)
    events?.on(e, () => footers.clear())
  function footer(locale: string): Promise<FooterLink[]> {
    const cached = footers.get(locale)
    const now = clock()
    if (events && cached && now.getTime() - cached.at < FOOTER_TTL_MS) return cached.links
    const links = listFooterPages(db, locale, toTimestamp(now))
    if (events) {
      footers.set(locale, { links, at: now.getTime() })
      links.catch(() => footers.delete(locale)) // a failed read is not remembered
    }
    return links
  }
  async function loadSections(): Promise<Topic[]> {
    const ids = await listTopicIds(db, 'section')
    const topics = await findTopicsByIds(db, ids)
    return ids.map((id) => topics.find((t) => t.id === id)).filter((t) => t !== undefined)
  }
  function sections(): Promise<Topic[]> {
    if (!events) return loadSections()
    if (!menu) {
      const loading = loadSections()
      menu = loading
      loading.catch(() => {
        if (menu === loading) menu = null // a failed read is not remembered
      })
    }
    return menu
  }
  async function context(locale: string): Promise<PageContext> {
    return {
      site,
      siteUrl,
      mediaRoot,
      timezone,
      locale,
      s: stringsFor(locale),
      sections: await sections(),
      footer: await footer(locale),
      cssPath: assets.css.path,
      logoPath: assets.logo.path,
    }
  }
  /** Reads the menu afresh on its next use (after changes may have been missed). */
  const forgetMenu = () => {
    menu = null
    footers.clear()
  }
  const notFoundPage = async (locale: string, path: string, status: 404 | 410 = 404) => errorPage(await context(locale), status, path)
  return {
    context,
    forgetMenu,
    notFoundPage,
    /** A 404 or 410 page as a route outcome (never cached in memory; briefly by browsers). */
    notFound: async (locale: string, path: string, status: 404 | 410 = 404): Promise<PageOutcome> => ({
      status,
      contentType: HTML,
      body: await notFoundPage(locale, path, status),
      tags: [],
      maxAge: 60,
    }),
  }
}

export type PageContexts = ReturnType<typeof createPageContexts>
