import { describe, expect, it } from 'vitest'
import { ACTIONS, mayUseLocale, PERMISSIONS, PUBLISHERS } from '../shared/permissions.js'
import { type Actor, ROLES, type Role } from '../shared/roles.js'
import { authorize } from './permissions.js'

// What each role may do, written out by hand so a change to the table must change this too.
const EXPECTED: Record<Role, string> = {
  admin:
    'story.create story.edit_own story.edit_any story.submit story.publish story.unpublish translation.edit taxonomy.manage media.upload media.manage user.manage token.manage integration.manage redirect.manage audit.read',
  editor:
    'story.create story.edit_own story.edit_any story.submit story.publish story.unpublish translation.edit taxonomy.manage media.upload media.manage redirect.manage audit.read',
  author: 'story.create story.edit_own story.submit media.upload',
  translator: 'story.submit translation.edit',
  contributor: 'story.create story.edit_own',
}

const actor = (role: Role, locales: string[] = []): Actor => ({ userId: 'u', role, locales })

describe('the permission table', () => {
  it.each(ROLES.flatMap((role) => ACTIONS.map((action) => [role, action] as const)))('%s → %s', (role, action) => {
    const allowed = EXPECTED[role].split(' ').includes(action)
    expect(PERMISSIONS[role].includes(action)).toBe(allowed)
    if (allowed) expect(() => authorize(actor(role), action)).not.toThrow()
    else
      expect(() => authorize(actor(role), action)).toThrow(
        expect.objectContaining({ kind: 'Forbidden', key: 'forbidden_action', params: { role, action } }),
      )
  })

  it('lets exactly admins and editors change what readers see; the others’ edits of live content wait for them', () => {
    expect(PUBLISHERS).toEqual(['admin', 'editor'])
  })

  it('limits a translator to their languages', () => {
    expect(mayUseLocale(actor('translator', ['en', 'ru']), 'ru')).toBe(true)
    expect(mayUseLocale(actor('translator', ['en']), 'uk')).toBe(false)
    expect(mayUseLocale(actor('editor'), 'uk')).toBe(true)
  })
})
