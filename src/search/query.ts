import { tokenize } from './analysis.js'

/** A query as the index back ends see it: every part must match. */
export type QueryPart = { kind: 'term'; term: string; prefix: boolean } | { kind: 'phrase'; terms: string[] }
export interface SearchQuery {
  parts: QueryPart[]
  /** Every term of the query (phrase words included), to highlight. */
  terms: string[]
  /** The last word's term when it may be the start of a longer word (search as you type). */
  prefix?: string
}

export const QUERY_MAX_LENGTH = 200
/** A last word shorter than this is matched whole: a 1–2 letter prefix matches half the index. */
const PREFIX_MIN = 3
const MAX_PARTS = 12

/** Quoted phrases in any of the quotes our readers type: "…", «…», “…”, „…“. */
const PHRASE = /"([^"]*)"?|«([^»]*)»?|“([^”]*)”?|„([^“”]*)[“”]?/gu

/**
 * Parses what a reader typed: quoted phrases must appear as written (word forms still match),
 * other words anywhere. As you type (`asYouType`), the last word, unless followed by a space or
 * inside quotes, also matches longer words; a submitted query matches whole words (their forms
 * still match through stemming), and stays cheap: on SQLite a prefix gathers every matching
 * word's postings before the first result. Analysed with the language's rules, like the index.
 */
export function parseQuery(raw: string, locale: string, { asYouType = false }: { asYouType?: boolean } = {}): SearchQuery {
  const parts: QueryPart[] = []
  let rest = ''
  let last = 0
  let endsInPhrase = false
  for (const m of raw.matchAll(PHRASE)) {
    rest += `${raw.slice(last, m.index)} `
    last = m.index + m[0].length
    const terms = tokenize(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '', locale).map((t) => t.term)
    if (terms.length === 1) parts.push({ kind: 'term', term: terms[0] as string, prefix: false })
    else if (terms.length > 1) parts.push({ kind: 'phrase', terms })
    endsInPhrase = last === raw.length
  }
  rest += raw.slice(last)
  const words = tokenize(rest, locale)
  const typingLastWord = asYouType && !endsInPhrase && /[\p{L}\p{N}]$/u.test(raw)
  words.forEach((w, i) => {
    const isLast = i === words.length - 1 && typingLastWord
    parts.push({ kind: 'term', term: w.term, prefix: isLast && w.term.length >= PREFIX_MIN })
  })
  const kept = dedupe(parts).slice(0, MAX_PARTS)
  const prefixPart = kept.find((p) => p.kind === 'term' && p.prefix)
  return {
    parts: kept,
    terms: [...new Set(kept.flatMap((p) => (p.kind === 'term' ? [p.term] : p.terms)))],
    ...(prefixPart?.kind === 'term' && { prefix: prefixPart.term }),
  }
}

function dedupe(parts: QueryPart[]): QueryPart[] {
  const seen = new Set<string>()
  return parts.filter((p) => {
    const key = p.kind === 'term' ? `${p.term}${p.prefix ? '*' : ''}` : `"${p.terms.join(' ')}"`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The same query in FTS5's syntax: quoted terms (no operator can sneak in), phrases, prefix stars. */
export function toFts5(q: SearchQuery): string {
  return q.parts.map((p) => (p.kind === 'term' ? `"${p.term}"${p.prefix ? '*' : ''}` : `"${p.terms.join(' ')}"`)).join(' AND ')
}

/**
 * The same query as a Postgres tsquery over the 'simple' configuration: & between parts, <->
 * inside phrases, :* for a prefix.
 */
export function toTsquery(q: SearchQuery): string {
  const term = (t: string, prefix = false) => `${quoteLexeme(t)}${prefix ? ':*' : ''}`
  return q.parts.map((p) => (p.kind === 'term' ? term(p.term, p.prefix) : `(${p.terms.map((t) => term(t)).join(' <-> ')})`)).join(' & ')
}

/** A lexeme quoted for a tsquery: nothing inside can act as an operator. */
export const quoteLexeme = (term: string) => `'${term.replace(/'/g, "''")}'`
