/** What a WordPress export (WXR) holds, as wxr-reader.ts reads it: strings as WordPress wrote them. */
export interface WxrChannel {
  title: string
  link: string
  /** The site's language as WordPress names it, e.g. `uk`, `en-US`. */
  language: string
  baseSiteUrl: string
  baseBlogUrl: string
  wxrVersion: string
}

export interface WxrAuthor {
  id: string
  login: string
  email: string
  displayName: string
  firstName: string
  lastName: string
}

export interface WxrTerm {
  id: string
  /** `category`, `post_tag`, or a wp:term's own: `language`, `post_translations`, `term_translations`, `author`… */
  taxonomy: string
  slug: string
  parent: string
  name: string
  /** For Polylang's translation groups: a PHP-serialized map of language → id. */
  description: string
  meta: Record<string, string>
}

export interface WxrItem {
  id: string
  title: string
  link: string
  guid: string
  /** The author's login (dc:creator). */
  creator: string
  content: string
  excerpt: string
  /** RFC 2822, from the local date and the site's time zone: the date when post_date_gmt is WordPress's zero date. */
  pubDate: string
  /** Local time, `YYYY-MM-DD HH:MM:SS`. */
  postDate: string
  /** UTC, `YYYY-MM-DD HH:MM:SS`, or `0000-00-00 00:00:00` for a draft never dated. */
  postDateGmt: string
  modifiedGmt: string
  /** The post's slug, percent-encoded when it is not Latin. */
  name: string
  status: string
  parent: string
  menuOrder: number
  /** `post`, `page`, `attachment`, `nav_menu_item`, … */
  type: string
  password: string
  sticky: boolean
  attachmentUrl: string
  /** Its terms: `domain` is the taxonomy (category, post_tag, language, post_translations, author…). */
  categories: { domain: string; nicename: string; name: string }[]
  meta: Record<string, string>
}
