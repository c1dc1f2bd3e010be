import type { ChildNode } from 'domhandler'
import { ElementType } from 'htmlparser2'

export interface Shortcode {
  /** Lowercase, as WordPress matches it. */
  name: string
  attrs: Record<string, string>
  /** Values given without a name, e.g. the URL in `[youtube https://…]`. */
  positional: string[]
  /** The opening tag as written, to name it in a loss note. */
  source: string
}

/** A container's content with shortcodes found: markup, loose text, and shortcodes holding what they enclose. */
export type Piece =
  | { kind: 'node'; node: ChildNode }
  | { kind: 'text'; text: string }
  | { kind: 'shortcode'; shortcode: Shortcode; inner: Piece[] }

type Token = Piece | { kind: 'open'; shortcode: Shortcode; closed: boolean } | { kind: 'close'; name: string; source: string }

// Core and common plugin shortcodes; other names count only when they look like one (see isShortcode).
const KNOWN = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'video', 'audio', 'playlist', 'youtube', 'vimeo', 'tweet'])
// [[name]] is WordPress's escape for a literal [name]; [youtube=URL] is Jetpack's old form.
const TAG = /\[(\[?)(\/?)([A-Za-z][\w-]*)((?:[\s=][^[\]]*?)?)(\/?)\](\]?)/g
const ATTR =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g

export const mayHoldShortcodes = (nodes: ChildNode[]) => nodes.some((n) => n.type === ElementType.Text && n.data.includes('['))

/**
 * Finds shortcodes in the text among `nodes`. WordPress expands them in the raw post before it is
 * HTML, so an enclosing one's content sits beside it: `[caption]<img> Text[/caption]`. Square
 * brackets in news text ("[sic]", "[Updated]") stay text: only known names, names with `_` or
 * `-`, tags with attributes, or tags closed by `[/name]` are taken for shortcodes.
 */
export function findShortcodes(nodes: ChildNode[]): Piece[] {
  const tokens: Token[] = []
  for (const node of nodes) {
    if (node.type === ElementType.Text && node.data.includes('[')) tokenize(node.data, tokens)
    else tokens.push({ kind: 'node', node })
  }
  return pair(tokens, 0, tokens.length)
}

function tokenize(text: string, out: Token[]): void {
  let at = 0
  for (const m of text.matchAll(TAG)) {
    const [whole, open = '', slash, rawName = '', attrText = '', selfClose, close = ''] = m
    if (m.index > at) out.push({ kind: 'text', text: text.slice(at, m.index) })
    at = m.index + whole.length
    if (open && close) {
      out.push({ kind: 'text', text: whole.slice(1, -1) })
      continue
    }
    if (open) out.push({ kind: 'text', text: '[' })
    const source = whole.slice(open.length, whole.length - close.length)
    const name = rawName.toLowerCase()
    if (slash) out.push({ kind: 'close', name, source })
    else out.push({ kind: 'open', shortcode: { name, ...parseAttrs(attrText), source }, closed: selfClose === '/' })
    if (close) out.push({ kind: 'text', text: ']' })
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) })
}

function parseAttrs(text: string): Pick<Shortcode, 'attrs' | 'positional'> {
  const attrs: Record<string, string> = {}
  const positional: string[] = []
  if (text.startsWith('=')) return { attrs, positional: [text.slice(1).trim()] }
  for (const m of text.trim().matchAll(ATTR)) {
    const name = m[1] ?? m[3] ?? m[5]
    if (name) attrs[name.toLowerCase()] = m[2] ?? m[4] ?? m[6] ?? ''
    else positional.push(m[7] ?? m[8] ?? m[9] ?? '')
  }
  return { attrs, positional }
}

const isShortcode = (s: Shortcode) => KNOWN.has(s.name) || /[_-]/.test(s.name) || Object.keys(s.attrs).length > 0

function pair(tokens: Token[], from: number, to: number, next = nextClosing(tokens)): Piece[] {
  const out: Piece[] = []
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    if (t.kind === 'open') {
      const end = t.closed ? -1 : (next[i] ?? -1)
      if (end >= 0 && end < to) {
        out.push({ kind: 'shortcode', shortcode: t.shortcode, inner: pair(tokens, i + 1, end, next) })
        i = end
      } else if (isShortcode(t.shortcode)) out.push({ kind: 'shortcode', shortcode: t.shortcode, inner: [] })
      else out.push({ kind: 'text', text: t.shortcode.source })
    } else if (t.kind === 'close') {
      // a closing tag whose opening sat in another element: the tag itself is not text
      if (!KNOWN.has(t.name) && !/[_-]/.test(t.name)) out.push({ kind: 'text', text: t.source })
    } else out.push(t)
  }
  return out
}

/** For each opening tag, where the next closing tag of its name is: one pass, so many unclosed tags stay cheap. */
function nextClosing(tokens: Token[]): number[] {
  const next: number[] = []
  const seen = new Map<string, number>()
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!
    if (t.kind === 'close') seen.set(t.name, i)
    else if (t.kind === 'open') next[i] = seen.get(t.shortcode.name) ?? -1
  }
  return next
}
