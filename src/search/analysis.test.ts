import { describe, expect, it } from 'vitest'
import { analyze, tokenize } from './analysis.js'
import { DISTINCT, WORD_FORMS } from './word-forms.fixture.js'

const term = (word: string, locale: string) => {
  const terms = analyze(word, locale)
  expect(terms, word).toHaveLength(1)
  return terms[0] as string
}

describe.each(['uk', 'ru', 'en'] as const)('analysis of %s', (locale) => {
  it('has a word list of at least 200 inflected forms to check', () => {
    expect(WORD_FORMS[locale].flat().length).toBeGreaterThanOrEqual(200)
  })

  it('gives every inflected form of a word the same term', () => {
    const split = WORD_FORMS[locale]
      .map((forms) => forms.map((f) => `${f}→${term(f, locale)}`))
      .filter((pairs) => new Set(pairs.map((p) => p.split('→')[1])).size > 1)
    expect(split).toEqual([])
  })

  it('keeps different words apart', () => {
    const merged = DISTINCT[locale].filter(([a, b]) => term(a, locale) === term(b, locale))
    expect(merged).toEqual([])
  })

  it('keeps the groups of the word list apart from each other', () => {
    const owners = new Map<string, number>()
    const shared: string[] = []
    WORD_FORMS[locale].forEach((forms, i) => {
      const t = term(forms[0] as string, locale)
      if (owners.has(t) && owners.get(t) !== i) shared.push(`${forms[0]}→${t}`)
      owners.set(t, i)
    })
    expect(shared).toEqual([])
  })
})

describe('analysis', () => {
  it('reads every apostrophe Ukrainian is typed with as the same word', () => {
    const forms = ["м'ясо", 'мʼясо', 'м’ясо', 'м`ясо']
    expect(new Set(forms.map((f) => analyze(f, 'uk').join(' '))).size).toBe(1)
  })

  it('reads Russian ё as е', () => {
    expect(analyze('Всё о самолёте', 'ru')).toEqual(analyze('все о самолете', 'ru'))
  })

  it('drops stop words and keeps positions of the words it indexes', () => {
    const text = 'Президент і уряд'
    const tokens = tokenize(text, 'uk')
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Президент', 'уряд'])
  })

  it('stems Latin words with the English stemmer in every language, and takes accents off them', () => {
    expect(analyze('Patriots NATO Café', 'uk')).toEqual(analyze('patriot nato cafe', 'ru'))
  })

  it('keeps numbers as they are and skips absurdly long strings', () => {
    expect(analyze(`2026 ${'а'.repeat(60)} F-16`, 'uk')).toEqual(['2026', 'f', '16'])
  })
})
