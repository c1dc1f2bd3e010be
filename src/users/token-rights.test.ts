import { describe, expect, it } from 'vitest'
import { PERMISSIONS } from '../shared/permissions.js'
import { ROLES } from '../shared/roles.js'
import { lesserLocales, lesserRole } from './token-rights.js'

describe('the rights a token keeps', () => {
  it('never allows more than either role, for every pair of roles', () => {
    for (const a of ROLES)
      for (const b of ROLES) {
        const lesser = lesserRole(a, b)
        if (!lesser) continue
        for (const action of PERMISSIONS[lesser]) expect(PERMISSIONS[a].includes(action) && PERMISSIONS[b].includes(action)).toBe(true)
      }
  })

  it('keeps the narrower role when one covers the other', () => {
    expect(lesserRole('admin', 'editor')).toBe('editor')
    expect(lesserRole('author', 'admin')).toBe('author')
    expect(lesserRole('editor', 'translator')).toBe('translator')
    expect(lesserRole('author', 'contributor')).toBe('contributor')
    expect(lesserRole('editor', 'editor')).toBe('editor')
  })

  it('finds no role for an author and a translator, who share none', () => {
    expect(lesserRole('author', 'translator')).toBeUndefined()
  })

  it('keeps the languages both allow, where no languages means all', () => {
    expect(lesserLocales([], ['en'])).toEqual(['en'])
    expect(lesserLocales(['en', 'ru'], [])).toEqual(['en', 'ru'])
    expect(lesserLocales(['en', 'ru'], ['ru', 'uk'])).toEqual(['ru'])
    expect(lesserLocales(['en'], ['uk'])).toBeUndefined()
  })
})
