import { describe, expect, it } from 'vitest'
import { countStories, languageLabel } from './strings.js'

describe('site strings', () => {
  it.each([
    [
      'uk',
      [1, 2, 5, 11, 21, 22, 25, 1000],
      ['1 матеріал', '2 матеріали', '5 матеріалів', '11 матеріалів', '21 матеріал', '22 матеріали', '25 матеріалів', '1 000 матеріалів'],
    ],
    ['ru', [1, 3, 7, 21, 24], ['1 материал', '3 материала', '7 материалов', '21 материал', '24 материала']],
    ['en', [1, 2, 1000], ['1 story', '2 stories', '1,000 stories']],
  ])('counts stories with the plural forms of %s', (locale, counts, expected) => {
    expect(counts.map((n) => countStories(locale, n).replace(/\u00a0/g, ' '))).toEqual(expected)
  })

  it('labels Ukrainian UA in the switcher and other languages by their code', () => {
    expect(['uk', 'en', 'ru'].map(languageLabel)).toEqual(['UA', 'EN', 'RU'])
  })
})
