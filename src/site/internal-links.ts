import type { BodyAddresses } from '../richtext/rendered-body.js'
import { mediaPath, storyPath } from '../shared/addresses.js'
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
 * link goes. `base` is '' on the site's own pages and the site's URL where readers are elsewhere
 * (feeds), so every address is absolute there.
 */
export function bodyAddresses(site: LocaleSettings, locale: string, targets: readonly LinkTarget[], base = ''): BodyAddresses {
  const order = [locale, site.defaultLocale, ...site.locales]
  return {
    story(storyId) {
      const versions = targets.filter((t) => t.storyId === storyId)
      const best = order.map((l) => versions.find((v) => v.locale === l)).find((v) => v !== undefined)
      if (!best) return undefined
      const href = `${base}${storyPath(site, best.locale, best.slug, storyId)}`
      return best.locale === locale ? { href } : { href, hreflang: best.locale }
    },
    media: (key) => `${base}${mediaPath(key)}`,
  }
}
