import { fold } from './fold.js'
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
 * each word as written is remembered (per language; the memo is dropped when it gets large).
 */
const memo = new Map<string, string | null>()
const MEMO_MAX = 200_000

function termOf(raw: string, locale: string): string | null {
  const key = `${locale}:${raw}`
  const known = memo.get(key)
  if (known !== undefined) return known
  const word = fold(raw).replace(/'/gu, '')
  const stops = STOP_WORDS[locale] ?? STOP_WORDS.en
  const term = word.length > MAX_WORD || stops?.has(word) ? null : stem(word, locale)
  if (memo.size >= MEMO_MAX) memo.clear()
  memo.set(key, term)
  return term
}

/** The terms of a text, in order, as the index stores them (space-separated). */
export const analyze = (text: string, locale: string): string[] => tokenize(text, locale).map((t) => t.term)
