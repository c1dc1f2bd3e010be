import { afterEach, describe, expect, it } from 'vitest'
import { signInAs } from '../testing/admin-client.js'
import { makeStory } from '../testing/factories.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { findNulCharacter } from './nul-characters.js'

const apps: { close(): Promise<void> }[] = []
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close()
})

describe('findNulCharacter', () => {
  it('names the field that holds a NUL, in keys as well as values, however deep', () => {
    expect(findNulCharacter({ texts: { uk: { caption: 'a\u0000b' } } })).toBe('texts.uk.caption')
    expect(findNulCharacter({ names: { 'u\u0000k': 'x' } })).toBe('names.u\u0000k')
    expect(findNulCharacter(['ok', 'no\u0000'])).toBe('1')
    expect(findNulCharacter({ fine: 'text', n: 1, list: [true, null] })).toBeUndefined()
    let deep: unknown = 'x\u0000'
    for (let i = 0; i < 50_000; i++) deep = { a: deep }
    expect(() => findNulCharacter(deep)).not.toThrow() // no recursion to overflow
  })
})

describe.each(testDialects())('NUL characters on %s', (dialect) => {
  it('refuses them anywhere in a request with 400 naming the field, signed in or not, and stores nothing', async () => {
    const app = await createTestApp(dialect)
    apps.push(app)
    const editor = await signInAs(app, 'editor')
    const { version } = await makeStory(app.services)

    const refusals = [
      [
        'sign-in email',
        await overHttp(app.app, {
          method: 'POST',
          url: '/api/admin/v1/session',
          payload: { email: 'a\u0000b@x.example', password: 'secret' },
        }),
        'email',
      ],
      ['desk search', await editor.call('GET', '/story-versions?q=a%00b'), 'q'],
      ['media search', await editor.call('GET', '/media?q=a%00b'), 'q'],
      ['a path parameter', await editor.call('GET', '/stories/abc%00def'), 'id'],
      ['a headline', await editor.call('POST', '/stories', { locale: 'uk', headline: 'Заголовок\u0000' }), 'headline'],
      [
        'a lead',
        await editor.call('PUT', `/story-versions/${version.id}`, { expectedRevision: version.revision, lead: 'лід\u0000' }),
        'lead',
      ],
      ['a topic name', await editor.call('POST', '/topics', { kind: 'tag', names: { uk: { name: 'те\u0000ма' } } }), 'names.uk.name'],
      ['a field name', await editor.call('POST', '/stories', { locale: 'uk', 'head\u0000line': 'x' }), 'head\u0000line'],
      ['public search', await overHttp(app.app, { url: '/search?q=a%00b' }), 'q'],
    ] as const
    for (const [what, res, field] of refusals) {
      expect({ what, status: res.statusCode }).toEqual({ what, status: 400 })
      expect(res.json().error).toMatchObject({ code: 'invalid_characters', params: { field } })
      expect(res.json().error.message).toContain('NUL')
    }
    const saved = await app.services.stories.getVersion(version.id)
    expect(saved.lead).toBe(version.lead)
    expect(saved.revision).toBe(version.revision)
    const { items } = (await editor.call('GET', '/story-versions')).json()
    expect(items).toHaveLength(1)
  })
})
