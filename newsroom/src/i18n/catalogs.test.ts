import { describe, expect, it } from 'vitest'
import { CATALOGS, translate, UI_LOCALES } from './catalogs.js'
import { en } from './strings.en.js'

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('newsroom interface strings', () => {
  it('has every key in Ukrainian, English and Russian, and no others', () => {
    const keys = Object.keys(en).sort()
    for (const locale of UI_LOCALES) expect(Object.keys(CATALOGS[locale]).sort(), locale).toEqual(keys)
  })

  it('has no empty string and the same placeholders in every language', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      for (const locale of UI_LOCALES) {
        expect(CATALOGS[locale][key].trim(), `${locale} ${key}`).not.toBe('')
        expect(placeholders(CATALOGS[locale][key]), `${locale} ${key}`).toEqual(placeholders(en[key]))
      }
    }
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'story.revision', { revision: 4 })).toBe('Revision 4')
    expect(translate('uk', 'story.counter', { count: 3 })).toBe('3 / {max}')
  })
})
