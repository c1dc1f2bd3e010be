import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { findTopicsByIds, listTopicIds } from '../taxonomy/taxonomy.repository.js'
import type { SiteAssets } from './assets.js'
import type { PageContext } from './pages/context.js'
import { errorPage } from './pages/error.page.js'
import { HTML, type PageOutcome } from './serve-page.js'
import { stringsFor } from './strings.js'
import type { LocaleSettings } from './urls.js'

export interface SiteSettings {
  db: Kysely<DB>
  site: LocaleSettings
  siteUrl: string
  timezone: string
  assets: SiteAssets
}

/** Builds the frame every page shares (sections menu, strings, asset paths), and the error pages. */
export function createPageContexts({ db, site, siteUrl, timezone, assets }: SiteSettings) {
  async function context(locale: string): Promise<PageContext> {
    const ids = await listTopicIds(db, 'section')
    const topics = await findTopicsByIds(db, ids)
    const sections = ids.map((id) => topics.find((t) => t.id === id)).filter((t) => t !== undefined)
    return { site, siteUrl, timezone, locale, s: stringsFor(locale), sections, cssPath: assets.css.path, logoPath: assets.logo.path }
  }
  const notFoundPage = async (locale: string, path: string, status: 404 | 410 = 404) => errorPage(await context(locale), status, path)
  return {
    context,
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
