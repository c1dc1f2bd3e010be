import { describe, expect, it } from 'vitest'
import { containsPattern, fold, foldedWords, searchKey } from './fold.js'

describe('fold', () => {
  it('lower-cases Cyrillic and Latin alike', () => {
    expect(fold('ЗЕЛЕНСЬКИЙ Kyiv ПРИВЕТ')).toBe('зеленський kyiv привет')
  })

  it('makes the Ukrainian apostrophe variants one', () => {
    const forms = ["м'ясо", 'мʼясо', 'м’ясо', 'м`ясо']
    expect(new Set(forms.map(fold)).size).toBe(1)
  })

  it('reads ё as е', () => {
    expect(fold('Ёлка всё')).toBe('елка все')
  })

  it('takes accents off Latin letters but keeps й, ї and ґ', () => {
    expect(fold('Café Über')).toBe('cafe uber')
    expect(fold('Їжак й ґанок')).toBe('їжак й ґанок')
  })

  it('applies NFKC and collapses white space', () => {
    expect(fold('  ﬁre\u00a0\tfighters ')).toBe('fire fighters')
  })
})

describe('query words', () => {
  it('splits, folds and caps the number of words', () => {
    expect(foldedWords('  Бахмут  ОБСТРІЛ ')).toEqual(['бахмут', 'обстріл'])
    expect(foldedWords('a b c d e f g h i j')).toHaveLength(8)
    expect(foldedWords('   ')).toEqual([])
  })

  it('escapes LIKE wildcards', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%')
  })

  it('joins the parts of a key so words do not run together', () => {
    expect(searchKey('Заголовок', '', 'Лід')).toBe('заголовок • лід')
  })
})
