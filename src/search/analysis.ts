import { fold } from '../shared/fold.js'
import { stem } from './stemming.js'
import { STOP_WORDS } from './stop-words.js'

/** A word of the original text: where it is (for highlighting) and the term it is indexed by. */
export interface Token {
  term: string
  start: number
  end: number
}

/** Letters and digits, with apostrophes allowed inside a word (м'ясо, п’ять, O'Brien). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ`´′‘][\p{L}\p{M}\p{N}]+)*/gu
const MAX_WORD = 40

/**
 * Analysis in one place, for the index and for queries alike, so both back ends see the same
 * terms: fold (case, NFKC, apostrophes, ё, Latin accents), split into words, drop apostrophes
 * inside words, drop stop words and over-long strings, stem by language.
 */
export function tokenize(text: string, locale: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(WORD)) {
    const term = termOf(m[0], locale)
    if (term !== null) tokens.push({ term, start: m.index, end: m.index + m[0].length })
  }
  return tokens
}

/**
 * Folding and stemming one word costs microseconds, and news text repeats its words: the term of
 * each word as written is remembered, per language. A language's memo is dropped when it holds
 * MEMO_MAX words. It stays small: a 1,000-story corpus has ~130,000 distinct Ukrainian word forms,
 * and a memo of 150,000 a language held ~60 MB in a server that had walked a 100,000-story archive
 * ("read also" analyses headlines), for 4 % of indexing speed (1.38 → 1.43 µs a word on the
 * quick corpus's 5,548 bodies; the frequent words, most of any text, stay remembered).
 */
const memos = new Map<string, Map<string, string | null>>()
const MEMO_MAX = 20_000

/**
 * Words of ASCII letters, digits and the basic Cyrillic block only (almost all of them) fold by
 * lower-casing and ё → е alone: NFKC leaves them as they are and fold() strips marks from Latin
 * letters only. Anything else takes the full fold().
 */
const PLAIN_WORD = /^[0-9A-Za-z\u0400-\u045F\u0490\u0491]+$/

function termOf(raw: string, locale: string): string | null {
  let memo = memos.get(locale)
  if (!memo) {
    memo = new Map()
    memos.set(locale, memo)
  }
  const known = memo.get(raw)
  if (known !== undefined) return known
  const word = PLAIN_WORD.test(raw) ? raw.toLowerCase().replaceAll('ё', 'е') : fold(raw).replace(/'/gu, '')
  const stops = STOP_WORDS[locale] ?? STOP_WORDS.en
  const term = word.length > MAX_WORD || stops?.has(word) ? null : stem(word, locale)
  if (memo.size >= MEMO_MAX) memo.clear()
  memo.set(raw, term)
  return term
}

/** The terms of a text, in order, as the index stores them (space-separated). */
export function analyze(text: string, locale: string): string[] {
  // The index needs no positions: match() hands back plain strings, without a match object per word.
  const terms: string[] = []
  for (const word of text.match(WORD) ?? []) {
    const term = termOf(word, locale)
    if (term !== null) terms.push(term)
  }
  return terms
}
