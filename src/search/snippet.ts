import { tokenize } from './analysis.js'

/** A piece of text, marked when it is a word the query matched. Rendered by escaping templates. */
export interface Segment {
  text: string
  match: boolean
}

/** Whether a term is one the query asked for; `terms` lists them (and the word being typed) to look for. */
export type TermMatcher = ((term: string) => boolean) & { terms?: readonly string[] }

/** Whether a term is one the query asked for (or starts with the word being typed). */
export const termMatcher = (terms: readonly string[], prefix?: string): TermMatcher => {
  const wanted = new Set(terms)
  const matches = (term: string) => wanted.has(term) || (prefix !== undefined && term.startsWith(prefix))
  return Object.assign(matches, { terms: prefix === undefined ? terms : [...terms, prefix] })
}

/** The whole text, with the query's words marked (for headlines). */
export function highlight(text: string, locale: string, matches: (term: string) => boolean): Segment[] {
  return segments(text, 0, text.length, locale, matches)
}

/** Text is scanned for the first match this many characters at a time (cut at a space). */
const SCAN_CHUNK = 2000

/**
 * A passage of about `maxChars` around the first of the query's words, starting at a word and
 * marked; an ellipsis shows where text was cut. Falls back to the beginning when nothing matches.
 * Only the text up to the first match is analysed: a 1,000-word body costs what its first
 * paragraphs cost, not all its words (marking whole bodies was most of a search's time).
 */
export function snippet(text: string, locale: string, matches: TermMatcher, maxChars = 220): Segment[] {
  if (text.length <= maxChars) return segments(text, 0, text.length, locale, matches)
  const first = firstMatch(text, locale, matches, matches.terms)
  // Start a little before the match, at a word boundary, so it reads as a sentence.
  let start = 0
  if (first && first.start > 40) {
    const before = text.lastIndexOf(' ', first.start - 40)
    start = before < 0 ? 0 : before + 1
  }
  let end = Math.min(text.length, start + maxChars)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > (first?.end ?? start)) end = space
  }
  const body = segments(text, start, end, locale, matches)
  return [...(start > 0 ? [{ text: '…', match: false }] : []), ...body, ...(end < text.length ? [{ text: '…', match: false }] : [])]
}

/** False leads (a stem inside another word) followed before the text is scanned word by word. */
const MAX_LEADS = 50

/**
 * Where the first match is. A stem is the start of the words it stands for up to its last vowel:
 * our stemmers cut endings, and change letters only there — a final consonant (підтримка →
 * підтримц, happy → happi) or the last vowel (Харків/Харкова, Київ/Києва). So the text, lower-cased,
 * is searched for a word starting with each term up to its last vowel (an apostrophe allowed between
 * letters, as the analysis drops it: пам'ять → памят), and the few words around each place found are
 * analysed until one is a match. A text with no such word holds no match and is not analysed at all:
 * scanning whole bodies word by word was most of a search's time, for stories found by a headline or
 * a topic. (A word whose folding changes more than case, ё and apostrophes — accents, as in "café" —
 * is not found this way; its passage then starts at the beginning, unmarked.)
 */
function firstMatch(
  text: string,
  locale: string,
  matches: (term: string) => boolean,
  terms: readonly string[] = [],
): { start: number; end: number } | undefined {
  if (terms.length === 0) return scanFrom(text, locale, matches, 0)
  const leads = leadsOf(terms, APOSTROPHE.test(text))
  for (let n = 0; n < MAX_LEADS; ) {
    const found = leads.exec(text)
    if (!found) return undefined
    const at = found.index
    // Only a word's start: inside a word, look on (cheap, so not counted as a false lead).
    if (at > 0 && WORD_CHARACTER.test(text[at - 1] as string)) {
      leads.lastIndex = at + 1
      continue
    }
    n++
    const from = text.lastIndexOf(' ', at) + 1
    const to = text.indexOf(' ', at + 40)
    const hit = tokenize(text.slice(from, to < 0 ? text.length : to), locale).find((t) => matches(t.term))
    if (hit) return { start: from + hit.start, end: from + hit.end }
    leads.lastIndex = at + 1
  }
  return scanFrom(text, locale, matches, leads.lastIndex)
}

const APOSTROPHE = /['’ʼ`]/
/** A character a word goes on with (analysis.ts's WORD): a lead found after one is inside a word. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u
const LAST_VOWEL = /[аеєиіїоуюяэыaeiouy](?=[^аеєиіїоуюяэыaeiouy]*$)/u

/**
 * The patterns leadsOf made last: a search marks ten headlines and cuts ten passages with one
 * query's terms, and compiling the pattern again for each cost ~20 µs.
 */
const compiled = new Map<string, RegExp>()
const COMPILED_MAX = 64

/**
 * A global pattern finding, from lastIndex on, the start of one of the terms up to its last vowel
 * (lastIndex 0), in any case and with ё for е (terms are folded: lower case, е), in the text as
 * written. Lower-casing a body to search it instead cost ~80 µs for 7,000 characters of Cyrillic,
 * most of a passage's time; and a lookbehind for the word's start, tried at every character,
 * doubled the scan (firstMatch tests the character before each place found instead).
 */
function leadsOf(terms: readonly string[], apostrophes: boolean): RegExp {
  const key = `${apostrophes ? "'" : ''} ${terms.join(' ')}`
  let pattern = compiled.get(key)
  if (pattern === undefined) {
    pattern = compileLeads(terms, apostrophes)
    if (compiled.size >= COMPILED_MAX) compiled.clear()
    compiled.set(key, pattern)
  }
  pattern.lastIndex = 0
  return pattern
}

function compileLeads(terms: readonly string[], apostrophes: boolean): RegExp {
  const leads = new Set(
    terms.map((term) => {
      const vowel = LAST_VOWEL.exec(term)?.index ?? term.length
      return term.slice(0, Math.max(2, vowel))
    }),
  )
  const patterns = [...leads].map((lead) =>
    [...lead].map((c) => (c === 'е' ? '[её]' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join(apostrophes ? "['’ʼ`]?" : ''),
  )
  return new RegExp(`(?:${patterns.join('|')})`, 'giu')
}

function scanFrom(
  text: string,
  locale: string,
  matches: (term: string) => boolean,
  start: number,
): { start: number; end: number } | undefined {
  for (let from = start; from < text.length; ) {
    let to = Math.min(text.length, from + SCAN_CHUNK)
    if (to < text.length) {
      const space = text.indexOf(' ', to)
      to = space < 0 ? text.length : space
    }
    const hit = tokenize(text.slice(from, to), locale).find((t) => matches(t.term))
    if (hit) return { start: from + hit.start, end: from + hit.end }
    from = to
  }
  return undefined
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
