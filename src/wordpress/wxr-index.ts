import { createReadStream } from 'node:fs'
import { readSerializedMap } from './php-serialized.js'
import { htmlText } from './post-mapping.js'
import { wordpressLocale } from './wordpress-locale.js'
import type { WxrAuthor, WxrChannel, WxrItem, WxrTerm } from './wxr.types.js'
import { readWxr, WxrError } from './wxr-reader.js'

/** What the import needs to know about a post before it reads any post's text. */
export interface PostFacts {
  id: string
  kind: 'story' | 'page'
  title: string
  /** Our language for it, or why it has none we can use. */
  locale: string | { unknown: string }
  /** The translation group it belongs to (Polylang, WPML), or its own id alone. */
  group: string
  /** WPML's source language of a translation (ours). */
  sourceLocale?: string
  link: string
  /** The topics it asks for, as `kind|taxonomy:slug`: its first category is its section, the rest tags. */
  terms: string[]
  /** Its authors' logins: Co-Authors Plus's, else dc:creator. */
  authors: string[]
  /** WordPress's status (publish, draft, trash…). */
  status: string
  /**
   * Whether the import writes it: a language the site has, not in the trash, and the first post in
   * its language within its group. Only these become stories others may link to.
   */
  writable: boolean
}

export interface AttachmentFacts {
  id: string
  url: string
  /** The path below wp-content/uploads/, e.g. `2024/03/kyiv.jpg`; empty when the URL has none. */
  uploadsPath: string
  title: string
  caption: string
  alt: string
  locale: string | undefined
  /** Polylang translates media as one attachment per language: the group they share, or the attachment alone. */
  group: string
}

export interface TermFacts extends WxrTerm {
  /** The term translation group (Polylang) or the term alone. */
  group: string
  locale: string | undefined
}

/**
 * The first of the import's two readings of the file: every post's language, group and address,
 * every attachment and term, but no post's text. Holding these facts (a few hundred bytes a post)
 * lets the second reading link posts to each other and keep each translation group together.
 */
export interface WxrIndex {
  channel: WxrChannel
  authors: Map<string, WxrAuthor>
  posts: Map<string, PostFacts>
  /** Group → its posts' ids, in file order. */
  groups: Map<string, string[]>
  attachments: Map<string, AttachmentFacts>
  /** Attachment ids by uploads path (each size variant's path too, e.g. kyiv-300x200.jpg). */
  attachmentsByPath: Map<string, string>
  /** `taxonomy:slug` → term. */
  terms: Map<string, TermFacts>
  /** A post's old address path → its id, for links between imported posts. */
  postsByPath: Map<string, string>
  /** Items of other types (menus, revisions, custom types) by type, with how many. */
  ignoredTypes: Map<string, number>
  items: number
}

export interface LocaleChoice {
  /** WordPress language codes to ours, from --locale-map. */
  map: Readonly<Record<string, string>>
  /** For posts with no language of their own. */
  fallback: string
  siteLocales: readonly string[]
}

export async function indexWxr(
  file: string,
  locales: Omit<LocaleChoice, 'fallback'> & { fallback?: string; siteDefault: string },
  onItem?: (bytesRead: number) => void,
): Promise<WxrIndex> {
  const stream = createReadStream(file)
  let channel: WxrChannel | undefined
  let choice: LocaleChoice | undefined
  const authors = new Map<string, WxrAuthor>()
  const rawTerms: WxrTerm[] = []
  const posts = new Map<string, PostFacts>()
  const attachments = new Map<string, AttachmentFacts>()
  const ignoredTypes = new Map<string, number>()
  const itemTerms = new Map<string, { domain: string; nicename: string; name: string }>()
  const seen = new Map<string, number>() // id → the line it was first read on
  let items = 0
  for await (const entry of readWxr(stream)) {
    if (entry.type === 'channel') {
      channel = entry.channel
      const fromChannel = channel.language
        ? wordpressLocale(channel.language, { map: locales.map, siteLocales: locales.siteLocales })
        : undefined
      choice = {
        map: locales.map,
        siteLocales: locales.siteLocales,
        fallback: locales.fallback ?? (typeof fromChannel === 'string' ? fromChannel : locales.siteDefault),
      }
    } else if (entry.type === 'author') authors.set(entry.author.login, entry.author)
    else if (entry.type === 'term') rawTerms.push(entry.term)
    else {
      items++
      onItem?.(stream.bytesRead)
      const item = entry.item
      if (item.type === 'post' || item.type === 'page' || item.type === 'attachment') {
        if (!/^\d+$/.test(item.id)) throw new WxrError(`a ${item.type} has no <wp:post_id>: the export is damaged.`, entry.line)
        const first = seen.get(item.id)
        if (first !== undefined)
          throw new WxrError(
            `<wp:post_id>${item.id}</wp:post_id> appears twice (lines ${first} and ${entry.line}): export the site once, not joined files.`,
            entry.line,
          )
        seen.set(item.id, entry.line)
        for (const c of item.categories)
          if ((c.domain === 'category' || c.domain === 'post_tag') && c.nicename) itemTerms.set(`${c.domain}:${c.nicename}`, c)
      }
      if (item.type === 'attachment') attachments.set(item.id, attachmentFacts(item, choice as LocaleChoice))
      else if (item.type === 'post' || item.type === 'page') posts.set(item.id, postFacts(item, choice as LocaleChoice))
      else ignoredTypes.set(item.type, (ignoredTypes.get(item.type) ?? 0) + 1)
    }
  }
  const ready = choice as LocaleChoice
  joinPolylangGroups(rawTerms, posts, ready)
  const groups = new Map<string, string[]>()
  for (const p of posts.values()) groups.set(p.group, [...(groups.get(p.group) ?? []), p.id])
  markWritable(posts, groups)
  const attachmentsByPath = new Map<string, string>()
  for (const a of attachments.values()) {
    if (!a.uploadsPath) continue
    attachmentsByPath.set(a.uploadsPath, a.id)
    // WordPress 5.3+ keeps big uploads as name-scaled.jpg; posts show name.jpg and name-300x200.jpg.
    const unscaled = a.uploadsPath.replace(/-scaled(\.[a-z0-9]+)$/i, '$1')
    if (!attachmentsByPath.has(unscaled)) attachmentsByPath.set(unscaled, a.id)
  }
  const postsByPath = new Map<string, string>()
  for (const p of posts.values()) {
    const path = addressPath(p.link)
    if (path) postsByPath.set(path, p.id)
  }
  return {
    channel: channel as WxrChannel,
    authors,
    posts,
    groups,
    attachments,
    attachmentsByPath,
    terms: termFacts(rawTerms, itemTerms, ready),
    postsByPath,
    ignoredTypes,
    items,
  }
}

/**
 * Polylang also names each group's members in the group term's description (language → post id):
 * a post the export left without its post_translations category still joins its group from there.
 */
function joinPolylangGroups(terms: readonly WxrTerm[], posts: Map<string, PostFacts>, choice: LocaleChoice): void {
  for (const t of terms) {
    if (t.taxonomy !== 'post_translations') continue
    for (const [language, id] of Object.entries(readSerializedMap(t.description) ?? {})) {
      const post = posts.get(id)
      if (!post?.group.startsWith('post:')) continue
      post.group = `pll:${t.slug}`
      if (post.locale === choice.fallback) post.locale = wordpressLocale(language, choice)
    }
  }
}

function postFacts(item: WxrItem, choice: LocaleChoice): PostFacts {
  const polylangLanguage = item.categories.find((c) => c.domain === 'language')?.nicename
  const polylangGroup = item.categories.find((c) => c.domain === 'post_translations')?.nicename
  const wpmlLanguage = item.meta._wpml_import_language_code
  const wpmlSource = item.meta._wpml_import_source_language_code
  const wpmlGroup = item.meta._wpml_import_translation_group
  const language = polylangLanguage || wpmlLanguage
  const locale = language ? wordpressLocale(language, choice) : choice.fallback
  const source = wpmlSource ? wordpressLocale(wpmlSource, choice) : undefined
  return {
    id: item.id,
    kind: item.type === 'page' ? 'page' : 'story',
    title: item.title,
    locale,
    group: polylangGroup ? `pll:${polylangGroup}` : wpmlGroup ? `wpml:${item.type}:${wpmlGroup}` : `post:${item.id}`,
    ...(typeof source === 'string' && { sourceLocale: source }),
    link: item.link,
    ...postNames(item),
    status: item.status,
    writable: false, // decided once every post of its group is known (markWritable)
  }
}

/** The topics and bylines a post asks for; a page has none. */
export function postNames(item: WxrItem): { terms: string[]; authors: string[] } {
  if (item.type === 'page') return { terms: [], authors: [] }
  const of = (domain: string) => item.categories.filter((c) => c.domain === domain && c.nicename).map((c) => c.nicename)
  const categories = of('category')
  const terms = [
    ...categories.map((slug, i) => `${i === 0 ? 'section' : 'tag'}|category:${slug}`),
    ...of('post_tag').map((slug) => `tag|post_tag:${slug}`),
  ]
  const coAuthors = of('author').map((n) => n.replace(/^cap-/, ''))
  return { terms: [...new Set(terms)], authors: coAuthors.length ? coAuthors : item.creator ? [item.creator] : [] }
}

function attachmentFacts(item: WxrItem, choice: LocaleChoice): AttachmentFacts {
  const url = item.attachmentUrl || item.guid
  const language = item.categories.find((c) => c.domain === 'language')?.nicename || item.meta._wpml_import_language_code
  const locale = language ? wordpressLocale(language, choice) : choice.fallback
  return {
    id: item.id,
    url,
    uploadsPath: uploadsPathOf(url),
    title: htmlText(item.title),
    caption: htmlText(item.excerpt),
    alt: htmlText(item.meta._wp_attachment_image_alt ?? ''),
    locale: typeof locale === 'string' ? locale : undefined,
    group: item.categories.find((c) => c.domain === 'post_translations')?.nicename ?? `attachment:${item.id}`,
  }
}

/** The first post of each language in a group, in a language the site has and not trashed, is written. */
function markWritable(posts: Map<string, PostFacts>, groups: Map<string, string[]>): void {
  for (const ids of groups.values()) {
    const taken = new Set<string>()
    for (const id of ids) {
      const p = posts.get(id) as PostFacts
      p.writable = typeof p.locale === 'string' && p.status !== 'trash' && p.status !== 'auto-draft' && !taken.has(p.locale)
      if (p.writable) taken.add(p.locale as string)
    }
  }
}

/**
 * Polylang keeps a term's language and group in `term_translations` terms: `a:2:{s:2:"uk";i:5;s:2:"en";i:9;}`.
 * An export of posts only has no term list at all: the posts' own categories and tags stand in.
 */
function termFacts(
  raw: readonly WxrTerm[],
  fromItems: ReadonlyMap<string, { domain: string; nicename: string; name: string }>,
  choice: LocaleChoice,
): Map<string, TermFacts> {
  const groupOf = new Map<string, { group: string; locale: string | undefined }>()
  for (const t of raw) {
    if (t.taxonomy !== 'term_translations') continue
    for (const [language, id] of Object.entries(readSerializedMap(t.description) ?? {})) {
      const locale = wordpressLocale(language, choice)
      groupOf.set(id, { group: `term:${t.slug}`, locale: typeof locale === 'string' ? locale : undefined })
    }
  }
  const out = new Map<string, TermFacts>()
  for (const t of raw) {
    if (t.taxonomy !== 'category' && t.taxonomy !== 'post_tag') continue
    const known = groupOf.get(t.id)
    out.set(`${t.taxonomy}:${t.slug}`, { ...t, group: known?.group ?? `${t.taxonomy}:${t.slug}`, locale: known?.locale })
  }
  for (const [key, c] of fromItems) {
    if (out.has(key)) continue
    const term = { id: key, taxonomy: c.domain, slug: c.nicename, parent: '', name: c.name || c.nicename, description: '', meta: {} }
    out.set(key, { ...term, group: key, locale: undefined })
  }
  return out
}

/** Everything after `wp-content/uploads/` in an attachment's URL (decoded), or ''. */
export function uploadsPathOf(url: string): string {
  const at = url.indexOf('/wp-content/uploads/')
  if (at < 0) return ''
  try {
    return decodeURIComponent(url.slice(at + '/wp-content/uploads/'.length).split(/[?#]/)[0] ?? '')
  } catch {
    return ''
  }
}

/** The path of an address on the old site, decoded and lower case, without a trailing slash: how links are compared. */
export function addressPath(link: string): string | undefined {
  try {
    const url = new URL(link, 'http://old.invalid')
    const path = decodeURIComponent(url.pathname).normalize('NFC').toLowerCase().replace(/\/+$/, '')
    const p = url.searchParams.get('p') ?? url.searchParams.get('page_id')
    if (p && /^\d+$/.test(p)) return `/?p=${p}`
    // The home page (a static front page's own link, a bare '#footnote') is no post's address.
    return path || undefined
  } catch {
    return undefined
  }
}
