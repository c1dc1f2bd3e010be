import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { linkedStoryIds } from '../richtext/rendered-body.js'
import { pagePath } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import { SLUG_MAX, SLUG_PATTERN } from '../shared/slug.js'
import { readerBody } from '../stories/rendered-bodies.js'
import { findStoryKind } from '../stories/story.repository.js'
import { findStoryIdByOldSlug, findVersionById } from '../stories/version.repository.js'
import { tag, uniqueTags } from './cache-tags.js'
import { PAGE_TTL_SECONDS } from './list.producers.js'
import type { PageContexts } from './page-context.js'
import { pagePage } from './pages/page.page.js'
import { findPublicLinkTargets, findPublicPage, findPublicVersions } from './public.repository.js'
import { HTML, type PageOutcome } from './serve-page.js'

interface PageDeps {
  db: Kysely<DB>
  site: LocaleSettings
  now: () => string
  pages: PageContexts
}

/**
 * A page at `<prefix>/<slug>` (About us, Contacts): 301 from an old slug to the current one, 404
 * when there is no such page in the language. Cached under the page's story tags and `nav`, as
 * the footer that lists it is on every page.
 */
export async function pageOutcome(d: PageDeps, locale: string, slug: string, url: string): Promise<PageOutcome> {
  const path = url.split('?')[0] ?? url
  // Scanners ask for /wp-login.php, /favicon.ico… all day: no page can have such an address, so no query.
  if (!SLUG_PATTERN.test(slug) || slug.length > SLUG_MAX) return d.pages.notFound(locale, path)
  const now = d.now()
  const found = await findPublicPage(d.db, locale, slug, now)
  if (!found) {
    const moved = await findStoryIdByOldSlug(d.db, locale, slug)
    if (moved && (await findStoryKind(d.db, moved)) === 'page') {
      const current = (await findPublicVersions(d.db, moved, now)).find((v) => v.locale === locale)
      if (current) return { redirect: pagePath(d.site, locale, current.slug), status: 301 }
    }
    return d.pages.notFound(locale, path)
  }
  const version = await findVersionById(d.db, found.id)
  if (!version) return d.pages.notFound(locale, path) // deleted since the read above
  const [versions, body] = await Promise.all([findPublicVersions(d.db, found.storyId, now), readerBody(d.db, version)])
  const linked = linkedStoryIds(body)
  const links = await findPublicLinkTargets(d.db, linked, now)
  const html = pagePage(await d.pages.context(locale), { version, versions, body, links })
  return {
    status: 200,
    contentType: HTML,
    body: html,
    tags: uniqueTags([tag.story(found.storyId), tag.storyIn(found.storyId, locale), tag.nav, ...linked.map(tag.story)]),
    maxAge: 300,
    ttlSeconds: PAGE_TTL_SECONDS,
  }
}
