import { describe, expect, it } from 'vitest'
import { mayEditMedia as serverMayEditMedia } from '../../../src/media/media.policy.js'
import {
  mayChangeLive as serverMayChangeLive,
  mayEditVersion as serverMayEdit,
  maySetSharedFields as serverMaySetShared,
} from '../../../src/stories/story.policy.js'
import type { User } from '../api/types.js'
import { allowedMoves, mayChangeLive, mayEditMedia, mayEditSharedFields, mayEditVersion } from './permissions.js'

const user = (role: User['role']): User => ({ id: 'u', email: 'e@x', name: 'N', role, locales: [] })

describe('the app’s use of the server’s permission and workflow tables', () => {
  it('offers an author only submitting a draft, and an editor publishing and scheduling it', () => {
    expect(allowedMoves(user('author'), 'draft')).toEqual(['in_review'])
    expect(allowedMoves(user('editor'), 'in_review')).toEqual(['draft', 'scheduled', 'published'])
    expect(allowedMoves(user('contributor'), 'draft')).toEqual([])
    expect(allowedMoves(user('author'), 'published')).toEqual([])
    expect(allowedMoves(user('author'), 'scheduled')).toEqual([]) // calling off a publication is publishing
    expect(allowedMoves(user('editor'), 'scheduled')).toEqual(['draft', 'scheduled', 'published'])
  })

  it('decides who may edit a version exactly as the server’s story policy does', () => {
    const roles = ['admin', 'editor', 'author', 'translator', 'contributor'] as const
    for (const role of roles) {
      for (const locales of [[], ['en']]) {
        const u = { ...user(role), locales }
        const actor = { userId: u.id, role, locales }
        for (const createdBy of [u.id, 'someone-else', null]) {
          for (const version of [
            { locale: 'uk', sourceLocale: null },
            { locale: 'en', sourceLocale: 'uk' },
          ]) {
            const what = `${role} ${locales} ${createdBy} ${version.locale}`
            expect(mayEditVersion(u, { createdBy }, version), what).toBe(serverMayEdit(actor, { createdBy }, version))
          }
        }
      }
    }
  })

  it('decides who may change a story’s shared fields exactly as the server’s story policy does, live or not', () => {
    const original = { locale: 'uk', sourceLocale: null }
    const translation = { locale: 'en', sourceLocale: 'uk' }
    for (const role of ['admin', 'editor', 'author', 'translator', 'contributor'] as const) {
      for (const locales of [[], ['en'], ['uk']]) {
        const u = { ...user(role), locales }
        for (const createdBy of [u.id, 'someone-else', null]) {
          for (const [first, second] of [
            ['draft', 'draft'],
            ['published', 'draft'],
            ['draft', 'scheduled'],
            ['unpublished', 'in_review'],
          ] as const) {
            for (const versions of [
              [{ ...original, status: first }],
              [
                { ...original, status: first },
                { ...translation, status: second },
              ],
              [
                { ...translation, status: second },
                { ...original, status: first },
              ],
            ]) {
              const what = `${role} ${locales} ${createdBy} ${versions.map((v) => `${v.locale}:${v.status}`)}`
              expect(mayEditSharedFields(u, { createdBy }, versions), what).toBe(
                serverMaySetShared({ userId: u.id, role, locales }, { createdBy }, versions),
              )
            }
          }
        }
      }
    }
    const draft = { ...original, status: 'draft' as const }
    expect(
      mayEditSharedFields({ ...user('translator'), locales: ['en'] }, { createdBy: 'u' }, [draft, { ...translation, status: 'draft' }]),
    ).toBe(false)
    expect(mayEditSharedFields(user('author'), { createdBy: 'u' }, [draft])).toBe(true)
    expect(mayEditSharedFields(user('author'), { createdBy: 'u' }, [{ ...original, status: 'published' }])).toBe(false)
  })

  it('decides whose edits of a live version go live exactly as the server’s story policy does', () => {
    for (const role of ['admin', 'editor', 'author', 'translator', 'contributor'] as const) {
      for (const locales of [[], ['en']]) {
        const u = { ...user(role), locales }
        for (const createdBy of [u.id, 'someone-else']) {
          for (const version of [
            { locale: 'uk', sourceLocale: null },
            { locale: 'en', sourceLocale: 'uk' },
          ]) {
            const what = `${role} ${locales} ${createdBy} ${version.locale}`
            expect(mayChangeLive(u, { createdBy }, version), what).toBe(
              serverMayChangeLive({ userId: u.id, role, locales }, { createdBy }, version),
            )
          }
        }
      }
    }
  })

  it('decides who may describe an image exactly as the server’s media policy does', () => {
    for (const role of ['admin', 'editor', 'author', 'translator', 'contributor'] as const) {
      const u = user(role)
      for (const createdBy of [u.id, 'someone-else', null])
        expect(mayEditMedia(u, { createdBy }), `${role} ${createdBy}`).toBe(
          serverMayEditMedia({ userId: u.id, role, locales: [] }, { createdBy }),
        )
    }
  })
})
