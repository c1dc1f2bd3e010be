import { describe, expect, it } from 'vitest'
import { TRANSITIONS as SERVER_TRANSITIONS } from '../../../src/stories/workflow.js'
import { PERMISSIONS } from '../../../src/users/permissions.js'
import type { User } from '../api/types.js'
import { allowedMoves, ROLE_ACTIONS, TRANSITIONS } from './permissions.js'

const user = (role: User['role']): User => ({ id: 'u', email: 'e@x', name: 'N', role, locales: [] })

describe('the app’s copy of the permission and workflow tables', () => {
  it('matches the server’s role table exactly', () => {
    expect(ROLE_ACTIONS).toEqual(PERMISSIONS)
  })

  it('matches the server’s workflow moves exactly', () => {
    expect(TRANSITIONS).toEqual(SERVER_TRANSITIONS)
  })

  it('offers an author only submitting a draft, and an editor publishing and scheduling it', () => {
    expect(allowedMoves(user('author'), 'draft')).toEqual(['in_review'])
    expect(allowedMoves(user('editor'), 'in_review')).toEqual(['draft', 'scheduled', 'published'])
    expect(allowedMoves(user('contributor'), 'draft')).toEqual([])
    expect(allowedMoves(user('author'), 'published')).toEqual([])
  })
})
