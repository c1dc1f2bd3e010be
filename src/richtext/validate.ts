import { Invalid } from '../errors.js'
import { isId } from '../ids.js'
import { EMBED_PROVIDERS, recogniseEmbed } from '../shared/embeds.js'
import type { Block, Blockquote, InlineNode, ListItem, Mark, Paragraph, RichTextDoc } from '../shared/richtext-document.js'
import { safeLinkUrl } from './urls.js'

/** Limits that keep one story body from hurting the editor, the renderer or the database. */
export const DOC_LIMITS = { maxDepth: 16, maxNodes: 20_000, maxTextChars: 300_000, maxAttributionChars: 300 } as const

type Json = Record<string, unknown>
interface Budget {
  nodes: number
  chars: number
}

/**
 * Checks an untrusted story body and returns a clean copy holding only what our schema allows.
 * Anything else is refused with an Invalid error whose `path` names the offending node
 * (e.g. `doc.content[3].content[0].marks[1].attrs.href`).
 */
export function validateDocument(input: unknown): RichTextDoc {
  const budget: Budget = { nodes: 0, chars: 0 }
  const doc = node(input, 'doc', 0, budget)
  expectType(doc, 'doc', 'doc', 'doc')
  onlyFields(doc, ['type', 'content'], 'doc')
  return { type: 'doc', content: children(doc, 'doc', 0, budget, block, true) }
}

function node(value: unknown, path: string, depth: number, budget: Budget): Json {
  if (depth > DOC_LIMITS.maxDepth) throw new Invalid('doc_too_deep', { path, max: DOC_LIMITS.maxDepth })
  if (++budget.nodes > DOC_LIMITS.maxNodes) throw new Invalid('doc_too_many_nodes', { path, max: DOC_LIMITS.maxNodes })
  if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof (value as Json).type !== 'string') {
    throw new Invalid('doc_not_object', { path })
  }
  return value as Json
}

function expectType(n: Json, expected: string, path: string, where: string): void {
  if (n.type !== expected)
    throw new Invalid(n.type === 'doc' ? 'doc_misplaced_node' : 'doc_unknown_node', { type: String(n.type), path: path || where })
}

function onlyFields(n: Json, allowed: readonly string[], path: string): void {
  for (const field of Object.keys(n)) if (!allowed.includes(field)) throw new Invalid('doc_unknown_field', { field, path })
}

function attrs(n: Json, allowed: readonly string[], path: string): Json {
  if (n.attrs === undefined || n.attrs === null) return {}
  if (typeof n.attrs !== 'object' || Array.isArray(n.attrs)) throw new Invalid('doc_bad_attribute', { attr: 'attrs', path, hint: '{…}' })
  const a = n.attrs as Json
  for (const field of Object.keys(a)) if (!allowed.includes(field)) throw new Invalid('doc_unknown_field', { field, path: `${path}.attrs` })
  return a
}

function children<T>(
  parent: Json,
  path: string,
  depth: number,
  budget: Budget,
  each: (value: unknown, path: string, depth: number, budget: Budget) => T,
  required: boolean,
): T[] {
  const content = parent.content
  if (content === undefined && !required) return []
  if (!Array.isArray(content) || (required && content.length === 0)) {
    throw new Invalid('doc_empty_container', { type: String(parent.type), path })
  }
  return content.map((child, i) => each(child, `${path}.content[${i}]`, depth + 1, budget))
}

function block(value: unknown, path: string, depth: number, budget: Budget): Block {
  const n = node(value, path, depth, budget)
  switch (n.type) {
    case 'paragraph':
      return paragraph(n, path, depth, budget)
    case 'heading': {
      onlyFields(n, ['type', 'attrs', 'content'], path)
      const level = attrs(n, ['level'], path).level
      if (level !== 2 && level !== 3) throw new Invalid('doc_bad_attribute', { attr: 'level', path: `${path}.attrs.level`, hint: '2 | 3' })
      return { type: 'heading', attrs: { level }, content: children(n, path, depth, budget, inline, false) }
    }
    case 'blockquote':
      return blockquote(n, path, depth, budget)
    case 'bulletList':
      onlyFields(n, ['type', 'content'], path)
      return { type: 'bulletList', content: children(n, path, depth, budget, listItem, true) }
    case 'orderedList': {
      onlyFields(n, ['type', 'attrs', 'content'], path)
      const start = attrs(n, ['start'], path).start ?? 1
      if (!Number.isInteger(start) || (start as number) < 0 || (start as number) > 100_000) {
        throw new Invalid('doc_bad_attribute', { attr: 'start', path: `${path}.attrs.start`, hint: '0…100000' })
      }
      return { type: 'orderedList', attrs: { start: start as number }, content: children(n, path, depth, budget, listItem, true) }
    }
    case 'image': {
      onlyFields(n, ['type', 'attrs'], path)
      const mediaId = attrs(n, ['mediaId'], path).mediaId
      if (!isId(mediaId)) throw new Invalid('doc_bad_attribute', { attr: 'mediaId', path: `${path}.attrs.mediaId`, hint: 'media id' })
      return { type: 'image', attrs: { mediaId } }
    }
    case 'embed': {
      onlyFields(n, ['type', 'attrs'], path)
      const url = attrs(n, ['url'], path).url
      const embed = typeof url === 'string' ? recogniseEmbed(url) : undefined
      if (!embed) throw new Invalid('doc_bad_embed', { path: `${path}.attrs.url`, providers: EMBED_PROVIDERS.join(', ') })
      return { type: 'embed', attrs: { url: embed.url } }
    }
    case 'horizontalRule':
      onlyFields(n, ['type'], path)
      return { type: 'horizontalRule' }
    case 'text':
    case 'hardBreak':
    case 'listItem':
    case 'doc':
      throw new Invalid('doc_misplaced_node', { type: n.type, path })
    default:
      throw new Invalid('doc_unknown_node', { type: String(n.type), path })
  }
}

function paragraph(n: Json, path: string, depth: number, budget: Budget): Paragraph {
  onlyFields(n, ['type', 'content', 'attrs'], path)
  attrs(n, [], path)
  return { type: 'paragraph', content: children(n, path, depth, budget, inline, false) }
}

function blockquote(n: Json, path: string, depth: number, budget: Budget): Blockquote {
  onlyFields(n, ['type', 'attrs', 'content'], path)
  const a = attrs(n, ['speakerId', 'attribution'], path)
  const speakerId = a.speakerId ?? null
  if (speakerId !== null && !isId(speakerId))
    throw new Invalid('doc_bad_attribute', { attr: 'speakerId', path: `${path}.attrs.speakerId`, hint: 'topic id' })
  const attribution = a.attribution ?? null
  if (
    attribution !== null &&
    (typeof attribution !== 'string' || attribution.length > DOC_LIMITS.maxAttributionChars || hasControlChars(attribution))
  ) {
    throw new Invalid('doc_bad_attribute', {
      attr: 'attribution',
      path: `${path}.attrs.attribution`,
      hint: `≤ ${DOC_LIMITS.maxAttributionChars}`,
    })
  }
  if (typeof attribution === 'string') budget.chars += attribution.length
  const content = children(
    n,
    path,
    depth,
    budget,
    (v, p, d, b) => {
      const child = node(v, p, d, b)
      if (child.type !== 'paragraph')
        throw new Invalid(child.type === 'text' ? 'doc_misplaced_node' : 'doc_unknown_node', { type: String(child.type), path: p })
      return paragraph(child, p, d, b)
    },
    true,
  )
  return {
    type: 'blockquote',
    attrs: { speakerId: speakerId as string | null, attribution: (attribution as string | null) || null },
    content,
  }
}

function listItem(value: unknown, path: string, depth: number, budget: Budget): ListItem {
  const n = node(value, path, depth, budget)
  if (n.type !== 'listItem') throw new Invalid('doc_misplaced_node', { type: String(n.type), path })
  onlyFields(n, ['type', 'content'], path)
  const content = children(
    n,
    path,
    depth,
    budget,
    (v, p, d, b) => {
      const child = block(v, p, d, b)
      if (child.type !== 'paragraph' && child.type !== 'bulletList' && child.type !== 'orderedList') {
        throw new Invalid('doc_misplaced_node', { type: child.type, path: p })
      }
      return child
    },
    true,
  )
  return { type: 'listItem', content }
}

function inline(value: unknown, path: string, depth: number, budget: Budget): InlineNode {
  const n = node(value, path, depth, budget)
  if (n.type === 'hardBreak') {
    onlyFields(n, ['type'], path)
    return { type: 'hardBreak' }
  }
  if (n.type !== 'text') throw new Invalid(isKnownBlock(n.type) ? 'doc_misplaced_node' : 'doc_unknown_node', { type: String(n.type), path })
  onlyFields(n, ['type', 'text', 'marks'], path)
  const text = n.text
  if (typeof text !== 'string' || text.length === 0 || hasControlChars(text)) {
    throw new Invalid('doc_bad_attribute', { attr: 'text', path: `${path}.text`, hint: 'non-empty text without control characters' })
  }
  budget.chars += text.length
  if (budget.chars > DOC_LIMITS.maxTextChars) throw new Invalid('doc_too_much_text', { path, max: DOC_LIMITS.maxTextChars })
  const marks = n.marks === undefined ? [] : markList(n.marks, path)
  return marks.length ? { type: 'text', text, marks } : { type: 'text', text }
}

function markList(value: unknown, path: string): Mark[] {
  if (!Array.isArray(value) || value.length > 8)
    throw new Invalid('doc_bad_attribute', { attr: 'marks', path: `${path}.marks`, hint: '[…] ≤ 8' })
  const marks: Mark[] = []
  value.forEach((raw, i) => {
    const p = `${path}.marks[${i}]`
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || typeof (raw as Json).type !== 'string')
      throw new Invalid('doc_not_object', { path: p })
    const m = raw as Json
    const mark = toMark(m, p)
    if (marks.some((x) => x.type === mark.type)) return // a repeated mark changes nothing
    marks.push(mark)
  })
  if (marks.some((m) => m.type === 'link') && marks.some((m) => m.type === 'storyLink')) {
    throw new Invalid('doc_bad_attribute', { attr: 'marks', path: `${path}.marks`, hint: 'link | storyLink' })
  }
  return marks
}

function toMark(m: Json, path: string): Mark {
  switch (m.type) {
    case 'bold':
    case 'italic':
      onlyFields(m, ['type'], path)
      return { type: m.type }
    case 'link': {
      onlyFields(m, ['type', 'attrs'], path)
      // TipTap's link mark carries target/rel/class; we decide those when rendering, so they're dropped.
      const a = attrs(m, ['href', 'target', 'rel', 'class'], path)
      const href = typeof a.href === 'string' ? safeLinkUrl(a.href) : undefined
      if (!href) throw new Invalid('doc_bad_url', { path: `${path}.attrs.href` })
      return { type: 'link', attrs: { href } }
    }
    case 'storyLink': {
      onlyFields(m, ['type', 'attrs'], path)
      const storyId = attrs(m, ['storyId'], path).storyId
      if (!isId(storyId)) throw new Invalid('doc_bad_attribute', { attr: 'storyId', path: `${path}.attrs.storyId`, hint: 'story id' })
      return { type: 'storyLink', attrs: { storyId } }
    }
    default:
      throw new Invalid('doc_unknown_mark', { type: String(m.type), path })
  }
}

const KNOWN_BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'image',
  'embed',
  'horizontalRule',
])
const isKnownBlock = (type: unknown) => typeof type === 'string' && KNOWN_BLOCKS.has(type)
// C0/C1 controls other than tab and newline have no place in story text and break some readers.
const hasControlChars = (s: string) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(s)
