import { describe, expect, it } from 'vitest'
import { checkSlug } from '../checks.js'
import { SLUG_MAX, slugify } from './slug.js'

describe('slugs', () => {
  it.each([
    ['Київрада продовжила нічні маршрути', 'uk', 'kyivrada-prodovzhyla-nichni-marshruty'],
    ['Щедрий Юрій з’їв ґаздівські яблука', 'uk', 'shchedryi-yurii-ziv-gazdivski-yabluka'],
    ['Ёжик в тумане: съёмки начались', 'ru', 'ezhik-v-tumane-semki-nachalis'],
    ['Zürich café — “quoted” 2026!', 'en', 'zurich-cafe-quoted-2026'],
    ['!!!', 'en', 'story'],
  ])('makes %j (%s) into %j', (text, locale, slug) => {
    expect(slugify(text, locale)).toBe(slug)
  })

  it('cuts a long slug at a word boundary', () => {
    const slug = slugify('дуже '.repeat(60), 'uk')
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.split('-').every((w) => w === 'duzhe')).toBe(true)
  })

  it.each(['Upper', 'with space', 'double--dash', '-leading', 'кирилиця', 'a'.repeat(SLUG_MAX + 1)])('refuses %j as a slug', (slug) => {
    expect(() => checkSlug(slug)).toThrow(/invalid_slug/)
  })
})
