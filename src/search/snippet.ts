import { tokenize } from './analysis.js'

/** A piece of text, marked when it is a word the query matched. Rendered by escaping templates. */
export interface Segment {
  text: string
  match: boolean
}

/** Whether a term is one the query asked for (or starts with the word being typed). */
export const termMatcher = (terms: readonly string[], prefix?: string) => {
  const wanted = new Set(terms)
  return (term: string) => wanted.has(term) || (prefix !== undefined && term.startsWith(prefix))
}

/** The whole text, with the query's words marked (for headlines). */
export function highlight(text: string, locale: string, matches: (term: string) => boolean): Segment[] {
  return segments(text, 0, text.length, locale, matches)
}

/**
 * The passage of about `maxChars` with the most query words, starting at a word and marked;
 * an ellipsis shows where text was cut. Falls back to the beginning when nothing matches.
 */
export function snippet(text: string, locale: string, matches: (term: string) => boolean, maxChars = 220): Segment[] {
  const tokens = tokenize(text, locale)
  if (text.length <= maxChars) return segments(text, 0, text.length, locale, matches)
  const hits = tokens.filter((t) => matches(t.term))
  let bestStart = 0
  let bestCount = 0
  for (let i = 0, j = 0; i < hits.length; i++) {
    const hit = hits[i] as (typeof hits)[number]
    while (j < hits.length && (hits[j] as (typeof hits)[number]).end - hit.start <= maxChars) j++
    if (j - i > bestCount) {
      bestCount = j - i
      bestStart = hit.start
    }
  }
  // Start a little before the first hit, at a word boundary, so it reads as a sentence.
  let start = bestCount === 0 ? 0 : Math.max(0, bestStart - 40)
  if (start > 0) start = tokens.find((t) => t.start >= start)?.start ?? start
  let end = Math.min(text.length, start + maxChars)
  if (end < text.length) {
    const lastWordEnd = [...tokens].reverse().find((t) => t.end <= end)?.end
    if (lastWordEnd && lastWordEnd > start) end = lastWordEnd
  }
  const body = segments(text, start, end, locale, matches)
  return [...(start > 0 ? [{ text: '…', match: false }] : []), ...body, ...(end < text.length ? [{ text: '…', match: false }] : [])]
}

function segments(text: string, start: number, end: number, locale: string, matches: (term: string) => boolean): Segment[] {
  const out: Segment[] = []
  let at = start
  for (const t of tokenize(text.slice(start, end), locale)) {
    if (!matches(t.term)) continue
    if (t.start + start > at) out.push({ text: text.slice(at, t.start + start), match: false })
    out.push({ text: text.slice(t.start + start, t.end + start), match: true })
    at = t.end + start
  }
  if (at < end) out.push({ text: text.slice(at, end), match: false })
  return out
}
