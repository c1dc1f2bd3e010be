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
  const stops = STOP_WORDS[locale] ?? STOP_WORDS.en
  const tokens: Token[] = []
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]).replace(/'/gu, '')
    if (word.length > MAX_WORD || stops?.has(word)) continue
    tokens.push({ term: stem(word, locale), start: m.index, end: m.index + m[0].length })
  }
  return tokens
}

/** The terms of a text, in order, as the index stores them (space-separated). */
export const analyze = (text: string, locale: string): string[] => tokenize(text, locale).map((t) => t.term)
