import { escapeHtml } from '../richtext/escape.js'
import type { FeedItem } from './feed.data.js'
import { escapeXml as x } from './xml.js'

/** What a feed is about: the site, or one section, in one language. */
export interface FeedInfo {
  title: string
  description: string
  /** The HTML page the feed mirrors. */
  homeUrl: string
  /** This feed's own URL. */
  selfUrl: string
  language: string
  iconUrl: string
  updatedAt: string
}

const rfc822 = (iso: string) => new Date(iso).toUTCString()

/**
 * RSS 2.0 <description> is HTML ("entity-encoded HTML is allowed", RSS spec and the RSS Advisory
 * Board's profile), and readers render it as such once they have decoded the XML. Our leads and
 * section descriptions are plain text, so they are HTML-escaped first and XML-escaped on top:
 * `<img>` travels as `&amp;lt;img&gt;` and a reader shows the characters. Entity-encoding, not
 * CDATA: one escaping path for every element, and no `]]>` in a lead can end the section early.
 */
const rssText = (plain: string) => x(escapeHtml(plain))

/** RSS 2.0 with content:encoded for the full text and media:content for the picture. */
export function rss(info: FeedInfo, items: FeedItem[]): string {
  const entries = items.map(
    (i) => `<item>
<title>${x(i.title)}</title>
<link>${x(i.url)}</link>
<guid isPermaLink="false">${x(i.id)}</guid>
<pubDate>${rfc822(i.publishedAt)}</pubDate>
${i.authors.map((a) => `<dc:creator>${x(a)}</dc:creator>`).join('')}
${i.categories.map((c) => `<category>${x(c)}</category>`).join('')}
<description>${rssText(i.summary)}</description>
<content:encoded>${x(i.contentHtml)}</content:encoded>
${i.image ? `<media:content url="${x(i.image.url)}" type="${i.image.type}" medium="image" width="${i.image.width}" height="${i.image.height}"/>` : ''}
</item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>${x(info.title)}</title>
<link>${x(info.homeUrl)}</link>
<description>${rssText(info.description)}</description>
<language>${x(info.language)}</language>
<lastBuildDate>${rfc822(info.updatedAt)}</lastBuildDate>
<atom:link href="${x(info.selfUrl)}" rel="self" type="application/rss+xml"/>
<image><url>${x(info.iconUrl)}</url><title>${x(info.title)}</title><link>${x(info.homeUrl)}</link></image>
${entries.join('\n')}
</channel>
</rss>
`
}

/** Atom 1.0 (RFC 4287). */
export function atom(info: FeedInfo, items: FeedItem[]): string {
  const entries = items.map(
    (i) => `<entry>
<id>${x(i.url)}</id>
<title>${x(i.title)}</title>
<link rel="alternate" type="text/html" href="${x(i.url)}"/>
<published>${i.publishedAt}</published>
<updated>${i.updatedAt}</updated>
${i.authors.map((a) => `<author><name>${x(a)}</name></author>`).join('')}
${i.categories.map((c) => `<category term="${x(c)}"/>`).join('')}
<summary>${x(i.summary)}</summary>
<content type="html">${x(i.contentHtml)}</content>
${i.image ? `<link rel="enclosure" type="${i.image.type}" href="${x(i.image.url)}"/>` : ''}
</entry>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(info.language)}">
<id>${x(info.selfUrl)}</id>
<title>${x(info.title)}</title>
<subtitle>${x(info.description)}</subtitle>
<updated>${info.updatedAt}</updated>
<link rel="self" type="application/atom+xml" href="${x(info.selfUrl)}"/>
<link rel="alternate" type="text/html" href="${x(info.homeUrl)}"/>
<icon>${x(info.iconUrl)}</icon>
<author><name>${x(info.title)}</name></author>
${entries.join('\n')}
</feed>
`
}

/** JSON Feed 1.1. */
export function jsonFeed(info: FeedInfo, items: FeedItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: info.title,
    description: info.description,
    home_page_url: info.homeUrl,
    feed_url: info.selfUrl,
    language: info.language,
    icon: info.iconUrl,
    items: items.map((i) => ({
      id: i.id,
      url: i.url,
      title: i.title,
      summary: i.summary,
      content_html: i.contentHtml,
      date_published: i.publishedAt,
      date_modified: i.updatedAt,
      authors: i.authors.map((name) => ({ name })),
      tags: i.categories,
      ...(i.image && { image: i.image.url }),
      language: info.language,
    })),
  })
}
