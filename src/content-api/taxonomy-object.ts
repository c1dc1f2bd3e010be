import { absoluteUrl, authorPath, topicPath } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import type { Author, Topic } from '../taxonomy/taxonomy.types.js'
import type { StoryCounts } from './content.repository.js'

/** A topic as the Content API (and webhooks) show it: names and pages per language, published stories per language. */
export function toTopicObject(site: LocaleSettings, siteUrl: string, t: Topic, counts: StoryCounts) {
  return {
    id: t.id,
    kind: t.kind,
    names: Object.fromEntries(
      site.locales.flatMap((l) => {
        const n = t.names[l]
        return n ? [[l, { ...n, url: absoluteUrl(siteUrl, topicPath(site, l, t.kind, n.slug)) }]] : []
      }),
    ),
    storyCounts: counts.get(t.id) ?? {},
  }
}

export function toAuthorObject(site: LocaleSettings, siteUrl: string, a: Author, counts: StoryCounts) {
  return {
    id: a.id,
    names: Object.fromEntries(
      site.locales.flatMap((l) => {
        const n = a.names[l]
        return n ? [[l, { ...n, url: absoluteUrl(siteUrl, authorPath(site, l, n.slug)) }]] : []
      }),
    ),
    storyCounts: counts.get(a.id) ?? {},
  }
}
