import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteStrings } from '../site/strings.js'
import { en } from './messages.en.js'
import { catalogs, t } from './messages.js'

const SHIPPED = ['uk', 'en', 'ru']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !name.startsWith('messages.') ? [path] : []
  })
}

describe('message catalogs', () => {
  it('have every key in uk, en and ru, with the same placeholders', () => {
    for (const locale of SHIPPED) {
      const catalog = catalogs[locale]!
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort())
      for (const [key, text] of Object.entries(en)) {
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
        expect(placeholders(catalog[key as keyof typeof en]), `${locale}.${key}`).toEqual(placeholders(text))
        expect(catalog[key as keyof typeof en].trim(), `${locale}.${key}`).not.toBe('')
      }
    }
  })

  it('hold no key that the code never uses', () => {
    const code = sourceFiles(join(import.meta.dirname, '..'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`))
    expect(unused).toEqual([])
  })

  it('fill placeholders and fall back to English for a language we do not ship', () => {
    expect(t('uk', 'slug_taken', { slug: 'a', locale: 'uk' })).toBe('Інший матеріал мовою uk уже має частину адреси «a». Оберіть іншу.')
    expect(t('de', 'not_found')).toBe(en.not_found)
  })

  it('site chrome exists in every shipped language', () => {
    expect(Object.keys(siteStrings).sort()).toEqual([...SHIPPED].sort())
    const texts = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(texts))
    for (const strings of Object.values(siteStrings)) for (const text of texts(strings)) expect(text.trim()).not.toBe('')
    expect(Object.keys(siteStrings.uk).sort()).toEqual(Object.keys(siteStrings.en).sort())
  })
})
