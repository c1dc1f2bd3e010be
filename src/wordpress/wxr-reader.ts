import type { Readable } from 'node:stream'
import type { SaxesTag } from 'saxes'
import { packages } from '../packages-on-use.js'
import type { WxrAuthor, WxrChannel, WxrItem, WxrTerm } from './wxr.types.js'

/** A WordPress export that cannot be read: says what is wrong and on which line of the file. */
export class WxrError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`)
    this.name = 'WxrError'
  }
}

export type WxrEntry =
  | { type: 'channel'; channel: WxrChannel }
  | { type: 'author'; author: WxrAuthor }
  | { type: 'term'; term: WxrTerm }
  | { type: 'item'; item: WxrItem /** The line its <item> ends on, for messages about it. */; line: number }

/** The namespace every WXR version (1.0, 1.1, 1.2) declares for its wp: elements. */
const WXR_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/1\.[012]\/?$/
/** One field above this is not a post a newsroom wrote; refusing it keeps memory bounded. */
const FIELD_MAX_CHARS = 16 * 1024 * 1024
const TERM_ELEMENTS = new Set(['wp:category', 'wp:tag', 'wp:term'])

/**
 * Reads a WordPress eXtended RSS export as a stream: the channel's facts, then each author, term
 * and item as soon as its closing tag is read, so memory holds one item at a time whatever the
 * file's size. Anything that is not WXR, or XML that breaks off or breaks the rules, stops the
 * reading with a WxrError naming the line.
 */
export async function* readWxr(input: Readable): AsyncGenerator<WxrEntry> {
  const parser = new (packages.saxes().SaxesParser)({ position: true, xmlns: false })
  const queue: WxrEntry[] = []
  let failure: WxrError | undefined
  const fail = (message: string, line = parser.line) => {
    failure ??= new WxrError(message, line)
  }

  const path: string[] = []
  let text = ''
  let channel: WxrChannel | undefined
  let channelSent = false
  let sawRoot = false
  // The record being read (an item, author or term) and its fields by element name.
  let record: Record<string, string> | undefined
  let categories: WxrItem['categories'] = []
  let meta: Record<string, string> = {}
  let metaKey: string | undefined
  let metaValue: string | undefined
  let inComment = 0

  const sendChannel = () => {
    if (channelSent) return
    if (!channel?.wxrVersion) {
      fail('this is an RSS feed, not a WordPress export (WXR): it has no <wp:wxr_version>. Export with Tools → Export in WordPress.')
      return
    }
    channelSent = true
    queue.push({ type: 'channel', channel })
  }

  parser.on('opentag', (tag: SaxesTag) => {
    const name = tag.name
    if (path.length === 0) {
      sawRoot = true
      if (name !== 'rss') return fail(`the file's root element is <${name}>, not the <rss> of a WordPress export (WXR).`)
      const ns = Object.entries(tag.attributes).find(([k]) => k === 'xmlns:wp')?.[1]
      if (typeof ns !== 'string' || !WXR_NAMESPACE.test(ns))
        return fail('this RSS file does not declare the WordPress export namespace (xmlns:wp): it is a feed, not a WXR export.')
    }
    path.push(name)
    text = ''
    const depth = path.length
    if (name === 'channel' && depth === 2) channel = { title: '', link: '', language: '', baseSiteUrl: '', baseBlogUrl: '', wxrVersion: '' }
    else if (depth === 3 && (name === 'item' || name === 'wp:author' || TERM_ELEMENTS.has(name))) {
      if (name === 'item') sendChannel()
      record = {}
      categories = []
      meta = {}
    } else if (record && name === 'wp:comment') inComment++
    else if (record && name === 'category' && depth === 4) {
      const domain = tag.attributes.domain
      const nicename = tag.attributes.nicename
      categories.push({
        domain: typeof domain === 'string' ? domain : 'category',
        nicename: typeof nicename === 'string' ? nicename : '',
        name: '',
      })
    } else if (record && (name === 'wp:postmeta' || name === 'wp:termmeta')) {
      metaKey = undefined
      metaValue = undefined
    }
  })

  let skipped = '' // text before the root element: what a file that is not XML starts with
  const onText = (chunk: string) => {
    if (!sawRoot && skipped.length < 100) skipped += chunk
    if (inComment || path.length < 3) return
    if (text.length + chunk.length > FIELD_MAX_CHARS) return fail(`<${path[path.length - 1]}> is longer than 16 MB.`)
    text += chunk
  }
  parser.on('text', onText)
  parser.on('cdata', onText)

  parser.on('closetag', (tag: SaxesTag) => {
    const name = tag.name
    const depth = path.length
    path.pop()
    const value = text
    text = ''
    if (name === 'wp:comment') {
      if (inComment) inComment--
      return
    }
    if (inComment) return
    if (channel && depth === 3 && !record) {
      // The channel's own fields, before any item.
      if (name === 'title') channel.title = value.trim()
      else if (name === 'link') channel.link = value.trim()
      else if (name === 'language') channel.language = value.trim()
      else if (name === 'wp:base_site_url') channel.baseSiteUrl = value.trim()
      else if (name === 'wp:base_blog_url') channel.baseBlogUrl = value.trim()
      else if (name === 'wp:wxr_version') channel.wxrVersion = value.trim()
      else if (name === 'channel') sendChannel()
      return
    }
    if (name === 'channel' && depth === 2) return sendChannel()
    if (!record) return
    if (depth === 3) {
      if (name === 'item') queue.push({ type: 'item', item: toItem(record, categories, meta), line: parser.line })
      else if (name === 'wp:author') queue.push({ type: 'author', author: toAuthor(record) })
      else queue.push({ type: 'term', term: toTerm(name, record, meta) })
      record = undefined
      return
    }
    if (name === 'category' && depth === 4) {
      const last = categories[categories.length - 1]
      if (last) last.name = value.trim()
    } else if (name === 'wp:meta_key') metaKey = value.trim()
    else if (name === 'wp:meta_value') metaValue = value
    else if ((name === 'wp:postmeta' || name === 'wp:termmeta') && metaKey !== undefined) meta[metaKey] = metaValue ?? ''
    else if (depth === 4) record[name] = value
  })

  let closing = false
  parser.on('error', (err: Error) => {
    // saxes names the place it noticed: "file:line:column: message".
    const at = /^(?:[^:]*:)?(\d+):\d+: (.*)$/s.exec(err.message)
    const line = at ? Number(at[1]) : parser.line
    if (closing && !sawRoot && !/\S/.test(skipped)) fail('the file is empty.', undefined)
    else if (!sawRoot) fail('the file is not XML: a WordPress export begins with <?xml … ?> and <rss>.', 1)
    else if (closing && path.length) fail(`the file ends inside <${path[path.length - 1]}>: it is truncated.`)
    else fail(`the XML is malformed: ${at?.[2] ?? err.message}`, line)
  })

  input.setEncoding('utf8')
  for await (const chunk of input) {
    parser.write(chunk as string)
    if (failure) throw failure
    yield* queue.splice(0)
  }
  closing = true
  parser.close()
  if (failure) throw failure
  if (!sawRoot) throw new WxrError('the file is empty.')
  if (path.length) throw new WxrError(`the file ends inside <${path[path.length - 1]}>: it is truncated.`, parser.line)
  yield* queue.splice(0)
  if (!channelSent) throw new WxrError('the export has no <channel>: it is not a WordPress export (WXR).')
}

function toItem(r: Record<string, string>, categories: WxrItem['categories'], meta: Record<string, string>): WxrItem {
  return {
    id: (r['wp:post_id'] ?? '').trim(),
    title: (r.title ?? '').trim(),
    link: (r.link ?? '').trim(),
    guid: (r.guid ?? '').trim(),
    creator: (r['dc:creator'] ?? '').trim(),
    content: r['content:encoded'] ?? '',
    excerpt: r['excerpt:encoded'] ?? '',
    pubDate: (r.pubDate ?? '').trim(),
    postDate: (r['wp:post_date'] ?? '').trim(),
    postDateGmt: (r['wp:post_date_gmt'] ?? '').trim(),
    modifiedGmt: (r['wp:post_modified_gmt'] ?? '').trim(),
    name: (r['wp:post_name'] ?? '').trim(),
    status: (r['wp:status'] ?? '').trim(),
    parent: (r['wp:post_parent'] ?? '0').trim(),
    menuOrder: Number.parseInt(r['wp:menu_order'] ?? '0', 10) || 0,
    type: (r['wp:post_type'] ?? 'post').trim(),
    password: r['wp:post_password'] ?? '',
    sticky: (r['wp:is_sticky'] ?? '0').trim() === '1',
    attachmentUrl: (r['wp:attachment_url'] ?? '').trim(),
    categories,
    meta,
  }
}

function toAuthor(r: Record<string, string>): WxrAuthor {
  return {
    id: (r['wp:author_id'] ?? '').trim(),
    login: (r['wp:author_login'] ?? '').trim(),
    email: (r['wp:author_email'] ?? '').trim(),
    displayName: (r['wp:author_display_name'] ?? '').trim(),
    firstName: (r['wp:author_first_name'] ?? '').trim(),
    lastName: (r['wp:author_last_name'] ?? '').trim(),
  }
}

function toTerm(element: string, r: Record<string, string>, meta: Record<string, string>): WxrTerm {
  if (element === 'wp:category')
    return {
      id: (r['wp:term_id'] ?? '').trim(),
      taxonomy: 'category',
      slug: (r['wp:category_nicename'] ?? '').trim(),
      parent: (r['wp:category_parent'] ?? '').trim(),
      name: (r['wp:cat_name'] ?? '').trim(),
      description: r['wp:category_description'] ?? '',
      meta,
    }
  if (element === 'wp:tag')
    return {
      id: (r['wp:term_id'] ?? '').trim(),
      taxonomy: 'post_tag',
      slug: (r['wp:tag_slug'] ?? '').trim(),
      parent: '',
      name: (r['wp:tag_name'] ?? '').trim(),
      description: r['wp:tag_description'] ?? '',
      meta,
    }
  return {
    id: (r['wp:term_id'] ?? '').trim(),
    taxonomy: (r['wp:term_taxonomy'] ?? '').trim(),
    slug: (r['wp:term_slug'] ?? '').trim(),
    parent: (r['wp:term_parent'] ?? '').trim(),
    name: (r['wp:term_name'] ?? '').trim(),
    description: r['wp:term_description'] ?? '',
    meta,
  }
}
