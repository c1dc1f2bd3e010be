import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../testing/admin-client.js'
import { paragraphs } from '../testing/factories.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { ROLES, type Role, systemActor } from '../users/roles.js'

type Fixture = { storyId: string; versionId: string; mediaId: string }
type Route = { name: string; method: 'GET' | 'POST' | 'PUT'; url: (f: Fixture) => string; body?: (f: Fixture) => object; allowed: Role[] }

/** Every admin route and the roles that may call it, on a story someone else wrote. */
const ROUTES: Route[] = [
  {
    name: 'create a story',
    method: 'POST',
    url: () => '/stories',
    body: () => ({ locale: 'uk', headline: 'Нова' }),
    allowed: ['admin', 'editor', 'author', 'contributor'],
  },
  { name: 'read a story', method: 'GET', url: (f) => `/stories/${f.storyId}`, allowed: [...ROLES] },
  { name: 'list versions', method: 'GET', url: () => '/story-versions', allowed: [...ROLES] },
  {
    name: 'save another’s version',
    method: 'PUT',
    url: (f) => `/story-versions/${f.versionId}`,
    body: () => ({ expectedRevision: 1, lead: 'x' }),
    allowed: ['admin', 'editor'],
  },
  {
    name: 'publish',
    method: 'POST',
    url: (f) => `/story-versions/${f.versionId}/transitions`,
    body: () => ({ to: 'published' }),
    allowed: ['admin', 'editor'],
  },
  { name: 'read revisions', method: 'GET', url: (f) => `/story-versions/${f.versionId}/revisions`, allowed: ['admin', 'editor'] },
  {
    name: 'restore',
    method: 'POST',
    url: (f) => `/story-versions/${f.versionId}/restore`,
    body: () => ({ number: 1, expectedRevision: 1 }),
    allowed: ['admin', 'editor'],
  },
  {
    name: 'translate',
    method: 'POST',
    url: (f) => `/stories/${f.storyId}/translations`,
    body: () => ({ sourceLocale: 'uk', targetLocale: 'en' }),
    allowed: ['admin', 'editor', 'translator'],
  },
  { name: 'outdated report', method: 'GET', url: () => '/translations/outdated', allowed: ['admin', 'editor', 'translator'] },
  { name: 'list topics', method: 'GET', url: () => '/topics?kind=tag', allowed: [...ROLES] },
  {
    name: 'create a topic',
    method: 'POST',
    url: () => '/topics',
    body: () => ({ kind: 'tag', names: { uk: { name: 'Тег' } } }),
    allowed: ['admin', 'editor'],
  },
  {
    name: 'create an author',
    method: 'POST',
    url: () => '/authors',
    body: () => ({ names: { uk: { name: 'Автор' } } }),
    allowed: ['admin', 'editor'],
  },
  { name: 'read media', method: 'GET', url: (f) => `/media/${f.mediaId}`, allowed: [...ROLES] },
  { name: 'change media', method: 'PUT', url: (f) => `/media/${f.mediaId}`, body: () => ({ credit: 'X' }), allowed: ['admin', 'editor'] },
  { name: 'list users', method: 'GET', url: () => '/users', allowed: ['admin'] },
  {
    name: 'create a user',
    method: 'POST',
    url: () => '/users',
    body: () => ({ email: 'new@example.org', name: 'N', role: 'author', password: 'a long enough password' }),
    allowed: ['admin'],
  },
  { name: 'list tokens', method: 'GET', url: () => '/tokens', allowed: ['admin'] },
  { name: 'create a token', method: 'POST', url: () => '/tokens', body: () => ({ name: 'Feed', role: 'author' }), allowed: ['admin'] },
]

describe.each(testDialects())('the role × route permission matrix on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let fixture: Fixture
  beforeEach(async () => {
    t = await createTestApp(dialect)
    const { story, versions } = await t.services.stories.createStory(
      { locale: 'uk', headline: 'Чужа новина', body: paragraphs('Текст') },
      systemActor,
    )
    const data = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#123' } })
      .png()
      .toBuffer()
    const media = await t.services.media.createImage({ data, originalName: 'a.png' }, systemActor)
    fixture = { storyId: story.id, versionId: versions[0]!.id, mediaId: media.id }
  })
  afterEach(() => t.close())

  it.each(ROLES)('holds for %s on every admin route', async (role) => {
    const caller = await signInAs(t, role, role === 'translator' ? ['en'] : [])
    for (const route of ROUTES) {
      const res = await caller.call(route.method, route.url(fixture), route.body?.(fixture))
      const allowed = route.allowed.includes(role)
      if (allowed) expect([401, 403], `${role} should be able to ${route.name}: ${res.body}`).not.toContain(res.statusCode)
      else expect(res.statusCode, `${role} must not ${route.name}`).toBe(403)
      expect(res.statusCode, `${route.name} never fails with a 5xx`).toBeLessThan(500)
    }
  })
})
