import { storyPath } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'

export interface LinkTarget {
  storyId: string
  locale: string
  slug: string
}

// The stored body marks internal links as <a href="…" data-story-id="ID">…</a>; our renderer never nests anchors.
const STORY_LINK = /<a href="[^"]*" data-story-id="([0-9a-z]{12})">([\s\S]*?)<\/a>/g

/** Ids of the stories a stored body links to. */
export const linkedIds = (html: string): string[] => [...new Set([...html.matchAll(STORY_LINK)].map((m) => m[1] as string))]

/**
 * Points each internal link at the linked story in the reader's language; when it has none, at
 * another published language (default first) with hreflang; when it has no public version at
 * all, the words stay and the link goes.
 */
export function resolveStoryLinks(html: string, locale: string, site: LocaleSettings, targets: LinkTarget[]): string {
  const order = [locale, site.defaultLocale, ...site.locales]
  return html.replace(STORY_LINK, (_m, id: string, inner: string) => {
    const versions = targets.filter((t) => t.storyId === id)
    const best = order.map((l) => versions.find((v) => v.locale === l)).find(Boolean)
    if (!best) return inner
    const href = storyPath(site, best.locale, best.slug, id)
    return best.locale === locale ? `<a href="${href}">${inner}</a>` : `<a href="${href}" hreflang="${best.locale}">${inner}</a>`
  })
}
