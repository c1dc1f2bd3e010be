import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { findRedirect } from '../redirects/redirect.repository.js'
import { normaliseRedirectPath } from '../redirects/redirect-path.js'
import { pagePath, storyPath } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import { findStoryKind } from '../stories/story.repository.js'
import { findPublicVersions } from './public.repository.js'

export interface RedirectLookupDeps {
  db: Kysely<DB>
  site: LocaleSettings
  siteUrl: string
  now: () => string
}

/** Where an address the site has no page for has moved, when a redirect says so; asked only on the way to a 404 or 410. */
export type RedirectLookup = (url: string) => Promise<string | undefined>

/**
 * Looks a requested address up among the redirects (one indexed read; an address that can't be
 * normalised costs none) and says where it leads now: a story's or page's current address in the
 * redirect's language — or, when that version isn't public (a draft, withdrawn, under embargo),
 * in another language readers see — or the redirect's URL. Nothing when the story has no public
 * version, or when the answer would lead back to the address asked for.
 */
export function createRedirectLookup(d: RedirectLookupDeps): RedirectLookup {
  return async (url) => {
    const fromPath = normaliseRedirectPath(url)
    if (!fromPath) return undefined
    const redirect = await findRedirect(d.db, fromPath)
    if (!redirect) return undefined
    if ('url' in redirect.target) {
      const location = redirect.target.url
      return leadsBack(d.siteUrl, location, (path) => normaliseRedirectPath(path) === fromPath) ? undefined : location
    }
    // A story's or page's public address is served as it is, so only the very address asked for would loop:
    // `/en/about-us/` may well lead to `/en/about-us`.
    const location = await currentAddress(d, redirect.target)
    return location && !leadsBack(d.siteUrl, location, (path) => samePath(path, url)) ? location : undefined
  }
}

/** The story's public address in the language, else in the site's default language, else in any other. */
async function currentAddress(d: RedirectLookupDeps, target: { storyId: string; locale: string }): Promise<string | undefined> {
  const versions = await findPublicVersions(d.db, target.storyId, d.now())
  const preference = [target.locale, d.site.defaultLocale, ...d.site.locales]
  const version = preference.map((locale) => versions.find((v) => v.locale === locale)).find((v) => v !== undefined)
  if (!version) return undefined
  return (await findStoryKind(d.db, target.storyId)) === 'page'
    ? pagePath(d.site, version.locale, version.slug)
    : storyPath(d.site, version.locale, version.slug, target.storyId)
}

/** Whether a Location on this site would bring the reader back (a loop, never a redirect), as `same` judges addresses. */
function leadsBack(siteUrl: string, location: string, same: (path: string) => boolean): boolean {
  const own = location.startsWith('/') || location.toLowerCase().startsWith(`${siteUrl.toLowerCase()}/`)
  return own && same(location.startsWith('/') ? location : location.slice(siteUrl.length))
}

function samePath(a: string, b: string): boolean {
  const path = (raw: string) => {
    try {
      return decodeURIComponent(new URL(raw, 'http://site.invalid').pathname)
    } catch {
      return raw
    }
  }
  return path(a) === path(b)
}
