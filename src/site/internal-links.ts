import type { BodyAddresses } from '../richtext/rendered-body.js'
import { absoluteUrl, mediaUrl, storyPath } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'

/** A public version a body may link to. */
export interface LinkTarget {
  storyId: string
  locale: string
  slug: string
}

/**
 * Where a stored body's links and images point for a reader in `locale`: each internal link at
 * the linked story in the reader's language; when it has none, at another published language
 * (default first) with hreflang; when it has no public version at all, the words stay and the
 * link goes. Images come from `mediaRoot` (see shared/addresses.ts). `siteUrl` is given where
 * readers are elsewhere (feeds), so every address is absolute there; the site's own pages use paths.
 */
export function bodyAddresses(
  site: LocaleSettings,
  locale: string,
  targets: readonly LinkTarget[],
  where: { mediaRoot: string; siteUrl?: string },
): BodyAddresses {
  const address = (path: string) => (where.siteUrl ? absoluteUrl(where.siteUrl, path) : path)
  const order = [locale, site.defaultLocale, ...site.locales]
  return {
    story(storyId) {
      const versions = targets.filter((t) => t.storyId === storyId)
      const best = order.map((l) => versions.find((v) => v.locale === l)).find((v) => v !== undefined)
      if (!best) return undefined
      const href = address(storyPath(site, best.locale, best.slug, storyId))
      return best.locale === locale ? { href } : { href, hreflang: best.locale }
    },
    media: (key) => address(mediaUrl(where.mediaRoot, key)),
  }
}
