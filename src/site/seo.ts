import type { Media } from '../media/media.types.js'

const OG_LOCALE: Record<string, string> = { uk: 'uk_UA', en: 'en_GB', ru: 'ru_UA' }
export const ogLocale = (locale: string): string => OG_LOCALE[locale] ?? locale

/** Shortens text at a word boundary with an ellipsis (JSON-LD headlines must be ≤ 110 characters). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`
}

/** The variant link previews use: the smallest JPEG at least 1200 px wide, else the largest. */
export function shareImage(media: Media): { key: string; width: number; height: number } | undefined {
  const jpegs = media.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width)
  const pick = jpegs.find((v) => v.width >= 1200) ?? jpegs.at(-1)
  return pick && { key: pick.key, width: pick.width, height: pick.height }
}

export interface ArticleLd {
  url: string
  headline: string
  description: string
  image: string[]
  datePublished: string
  dateModified: string
  authors: { name: string; url: string }[]
  section?: string
  keywords: string[]
  locale: string
  publisher: { name: string; url: string; logo: string }
}

/** schema.org NewsArticle for a story page. */
export function newsArticle(a: ArticleLd): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    headline: clip(a.headline, 110),
    description: a.description,
    image: a.image,
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    inLanguage: a.locale,
    author: a.authors.map((p) => ({ '@type': 'Person', name: p.name, url: p.url })),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: a.publisher.name,
      url: a.publisher.url,
      logo: { '@type': 'ImageObject', url: a.publisher.logo },
    },
    ...(a.section && { articleSection: a.section }),
    ...(a.keywords.length && { keywords: a.keywords.join(', ') }),
  }
}

/** schema.org BreadcrumbList from (name, absolute URL) pairs. */
export function breadcrumbList(items: { name: string; url: string }[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  }
}
