import { escapeXml as x } from './xml.js'

export interface SitemapUrl {
  loc: string
  lastmod?: string
  /** hreflang → URL of each language version (x-default included), all reciprocal. */
  alternates?: Record<string, string>
  news?: { publication: string; language: string; publishedAt: string; title: string }
}

export function sitemapIndex(entries: { loc: string; lastmod?: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((e) => `<sitemap><loc>${x(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</sitemap>`).join('\n')}
</sitemapindex>
`
}

export function urlset(urls: SitemapUrl[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.map(urlEntry).join('\n')}
</urlset>
`
}

function urlEntry(u: SitemapUrl): string {
  const alternates = Object.entries(u.alternates ?? {})
    .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${x(lang)}" href="${x(href)}"/>`)
    .join('')
  const news = u.news
    ? `<news:news><news:publication><news:name>${x(u.news.publication)}</news:name><news:language>${x(u.news.language)}</news:language></news:publication><news:publication_date>${u.news.publishedAt}</news:publication_date><news:title>${x(u.news.title)}</news:title></news:news>`
    : ''
  return `<url><loc>${x(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}${alternates}${news}</url>`
}
