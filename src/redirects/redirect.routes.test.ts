import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '../shared/roles.js'
import { systemActor } from '../shared/roles.js'
import { signInAs } from '../testing/admin-client.js'
import { makeStory, paragraphs } from '../testing/factories.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { findRedirect, upsertImportedRedirect } from './redirect.repository.js'

describe.each(testDialects())('the redirects admin API on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const as = async (role: Role) => (await signInAs(t, role)).call
  const status = (res: { statusCode: number }) => res.statusCode

  async function published(headline = 'Новина') {
    const { story, version } = await makeStory(t.services, { headline })
    await t.services.stories.transition(version.id, { to: 'published' }, systemActor)
    return { storyId: story.id, slug: version.slug }
  }

  it('adds a redirect to a story, lists it with the headline, changes and deletes it, each in the audit log', async () => {
    const editor = await as('editor')
    const { storyId } = await published('Уряд ухвалив бюджет')
    const created = await editor('POST', '/redirects', {
      fromPath: '/2024/03/%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82/',
      target: { storyId, locale: 'uk' },
    })
    expect(created.statusCode, created.body).toBe(201)
    const redirect = created.json()
    expect(redirect).toMatchObject({
      fromPath: '/2024/03/бюджет',
      target: { storyId, locale: 'uk', url: null },
      targetStory: { headline: 'Уряд ухвалив бюджет', kind: 'story' },
      origin: 'newsroom',
      createdBy: expect.any(String),
    })
    expect((await editor('GET', '/redirects')).json()).toEqual({ items: [redirect], nextCursor: null })

    const changed = await editor('PATCH', `/redirects/${redirect.id}`, {
      fromPath: '/budget/',
      target: { url: 'https://example.org/budget' },
    })
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json()).toMatchObject({
      fromPath: '/budget',
      target: { storyId: null, locale: null, url: 'https://example.org/budget' },
    })
    expect(changed.json().targetStory).toBeNull()
    expect((await editor('DELETE', `/redirects/${redirect.id}`)).statusCode).toBe(204)
    expect((await editor('DELETE', `/redirects/${redirect.id}`)).statusCode).toBe(404)
    expect((await editor('PATCH', `/redirects/${redirect.id}`, { fromPath: '/x' })).json().error.code).toBe('redirect_not_found')
    expect((await editor('GET', '/redirects')).json().items).toEqual([])
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'redirect').execute()
    expect(audit.map((a) => a.action).sort()).toEqual(['redirect.create', 'redirect.delete', 'redirect.update'])
  })

  it('refuses a second redirect from the same address with 409, naming it and showing the one there', async () => {
    const editor = await as('editor')
    const first = await editor('POST', '/redirects', { fromPath: '/Old-Page/', target: { url: '/' } })
    expect(first.statusCode).toBe(201)
    const again = await editor('POST', '/redirects', { fromPath: 'https://old.example.com/old-page', target: { url: '/about' } })
    expect(again.statusCode).toBe(409)
    expect(again.json().error).toMatchObject({
      code: 'redirect_exists',
      message: 'There is a redirect from /old-page already. Change that one, or delete it first.',
    })
    expect(again.json().current).toMatchObject({ id: first.json().id, target: { url: '/' } })
    const other = (await editor('POST', '/redirects', { fromPath: '/other', target: { url: '/' } })).json()
    const renamed = await editor('PATCH', `/redirects/${other.id}`, { fromPath: '/old-page/' })
    expect(renamed.statusCode).toBe(409)
    expect(renamed.json().error.code).toBe('redirect_exists')
  })

  it('refuses an old address it cannot use, with a 400 saying why', async () => {
    const editor = await as('editor')
    const live = await published('Жива новина')
    const page = await makeStory(t.services, { kind: 'page', headline: 'Про нас', slug: 'pro-nas' })
    await t.services.stories.transition(page.version.id, { to: 'published' }, systemActor)
    const cases: [string, string][] = [
      ['news/old', 'redirect_path_invalid'],
      ['/bad%E0%A4', 'redirect_path_invalid'],
      ['ftp://old.example.com/x', 'redirect_path_invalid'],
      ['/', 'redirect_path_reserved'],
      ['/en/', 'redirect_path_reserved'],
      ['/api/admin/v1/session', 'redirect_path_reserved'],
      ['/newsroom/stories', 'redirect_path_reserved'],
      ['/media/v/x/480.jpg', 'redirect_path_reserved'],
      ['/search', 'redirect_path_reserved'],
      ['/en/feed/rss.xml', 'redirect_path_reserved'],
      [`/news/${live.slug}-${live.storyId}`, 'redirect_path_live'],
      [`/news/any-old-slug-${live.storyId}/`, 'redirect_path_live'],
      ['/pro-nas', 'redirect_path_live'],
    ]
    for (const [fromPath, code] of cases) {
      const res = await editor('POST', '/redirects', { fromPath, target: { url: 'https://example.org/' } })
      expect(res.statusCode, fromPath).toBe(400)
      expect(res.json().error.code, fromPath).toBe(code)
    }
    // The same addresses are free where nobody reads them: a draft, another language, WordPress's ?p= on the home page.
    for (const fromPath of [`/en/news/${live.slug}-${live.storyId}`, '/en/pro-nas', '/?p=123', '/en/?page_id=4', '/section/old-name']) {
      const res = await editor('POST', '/redirects', { fromPath, target: { url: 'https://example.org/' } })
      expect(res.statusCode, `${fromPath}: ${res.body}`).toBe(201)
    }
    expect((await editor('POST', '/redirects', { fromPath: `/${'a'.repeat(6001)}`, target: { url: '/' } })).json().error.code).toBe(
      'field_too_long',
    )
  })

  it('refuses a target it cannot lead to: neither or both, an unknown story, a language it lacks, a bad URL, itself, a loop', async () => {
    const editor = await as('editor')
    const { storyId } = await published()
    const cases: [object, number, string][] = [
      [{}, 400, 'redirect_target_required'],
      [{ storyId }, 400, 'redirect_target_required'],
      [{ storyId, locale: 'uk', url: '/' }, 400, 'redirect_target_required'],
      [{ storyId: 'zzzzzzzzzzzz', locale: 'uk' }, 400, 'redirect_story_unknown'],
      [{ storyId, locale: 'en' }, 400, 'redirect_story_locale_missing'],
      [{ storyId, locale: 'de' }, 400, 'locale_not_configured'],
      [{ url: 'javascript:alert(1)' }, 400, 'redirect_url_invalid'],
      [{ url: 'ftp://example.org/file' }, 400, 'redirect_url_invalid'],
      [{ url: '//evil.example/' }, 400, 'redirect_url_invalid'],
      [{ url: '/\\evil.example/' }, 400, 'redirect_url_invalid'],
      [{ url: 'old-page' }, 400, 'redirect_url_invalid'],
      [{ url: 'https://exa mple.org/' }, 400, 'redirect_url_invalid'],
      [{ url: '/Old-Page/' }, 400, 'redirect_to_itself'],
      [{ storyId: 'not-an-id', locale: 'uk' }, 400, 'invalid_input'],
    ]
    for (const [target, status, code] of cases) {
      const res = await editor('POST', '/redirects', { fromPath: '/old-page', target })
      expect(res.statusCode, JSON.stringify(target)).toBe(status)
      expect(res.json().error.code, JSON.stringify(target)).toBe(code)
    }
    expect(status(await editor('POST', '/redirects', { fromPath: '/a', target: { url: '/b' } }))).toBe(201)
    expect(status(await editor('POST', '/redirects', { fromPath: '/b', target: { url: '/c?x=1' } }))).toBe(201)
    const loop = await editor('POST', '/redirects', { fromPath: '/c', target: { url: '/A/' } })
    expect(loop.json().error).toMatchObject({ code: 'redirect_loop', params: { path: '/c' } })
    // A site path with Cyrillic is kept encoded, as a Location header must be.
    const cyrillic = await editor('POST', '/redirects', { fromPath: '/d', target: { url: '/пошук?q=так' } })
    expect(cyrillic.json().target.url).toBe('/%D0%BF%D0%BE%D1%88%D1%83%D0%BA?q=%D1%82%D0%B0%D0%BA')
  })

  it.each(['author', 'translator', 'contributor'] as const)('refuses the %s role with 403 on every route', async (role) => {
    const made = await t.services.redirects.createRedirect({ fromPath: '/old', target: { url: '/' } }, systemActor)
    const caller = await as(role)
    for (const [method, url, body] of [
      ['GET', '/redirects', undefined],
      ['POST', '/redirects', { fromPath: '/new', target: { url: '/' } }],
      ['PATCH', `/redirects/${made.id}`, { fromPath: '/newer' }],
      ['DELETE', `/redirects/${made.id}`, undefined],
    ] as const) {
      const refused = await caller(method, url, body)
      expect(refused.statusCode, `${method} ${url}`).toBe(403)
      expect(refused.json().error).toMatchObject({ code: 'forbidden_action', params: { action: 'redirect.manage' } })
    }
    expect(await findRedirect(t.database.db, '/old')).toMatchObject({ id: made.id })
  })

  it('lets admins as well as editors manage redirects', async () => {
    const admin = await as('admin')
    expect((await admin('POST', '/redirects', { fromPath: '/old', target: { url: '/' } })).statusCode).toBe(201)
    expect((await admin('GET', '/redirects')).json().items).toHaveLength(1)
  })

  it('filters by words of the address, typed or percent-encoded, and by origin, and pages with a cursor', async () => {
    const editor = await as('editor')
    const { storyId } = await published()
    await upsertImportedRedirect(t.database.db, { fromPath: '/2023/01/новина-дня', storyId, locale: 'uk', at: '2026-11-24T07:00:00.000Z' })
    await upsertImportedRedirect(t.database.db, { fromPath: '/?p=77', storyId, locale: 'uk', at: '2026-11-24T07:00:01.000Z' })
    for (const [i, fromPath] of ['/stara-adresa', '/category/sport', '/tag/kyiv'].entries()) {
      t.clock.advance(1000 * (i + 1))
      await editor('POST', '/redirects', { fromPath, target: { url: `https://example.org/${fromPath.slice(1)}` } })
    }
    const paths = async (query: string) =>
      (await editor('GET', `/redirects${query}`)).json().items.map((r: { fromPath: string }) => r.fromPath)
    expect(await paths('')).toEqual(['/tag/kyiv', '/category/sport', '/stara-adresa', '/?p=77', '/2023/01/новина-дня'])
    expect(await paths(`?q=${encodeURIComponent('НОВИНА')}`)).toEqual(['/2023/01/новина-дня'])
    expect(await paths(`?q=${encodeURIComponent('%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B0')}`)).toEqual(['/2023/01/новина-дня'])
    expect(await paths('?q=EXAMPLE.org%20sport')).toEqual(['/category/sport'])
    expect(await paths('?q=50%25')).toEqual([]) // LIKE's wildcards match themselves
    expect(await paths('?origin=import')).toEqual(['/?p=77', '/2023/01/новина-дня'])
    expect(await paths('?origin=newsroom&q=a')).toEqual(['/tag/kyiv', '/category/sport', '/stara-adresa'])
    const first = (await editor('GET', '/redirects?limit=2')).json()
    expect(first.items.map((r: { fromPath: string }) => r.fromPath)).toEqual(['/tag/kyiv', '/category/sport'])
    const second = (await editor('GET', `/redirects?limit=2&cursor=${first.nextCursor}`)).json()
    const third = (await editor('GET', `/redirects?limit=2&cursor=${second.nextCursor}`)).json()
    expect([...second.items, ...third.items].map((r: { fromPath: string }) => r.fromPath)).toEqual([
      '/stara-adresa',
      '/?p=77',
      '/2023/01/новина-дня',
    ])
    expect(third.nextCursor).toBeNull()
    expect((await editor('GET', '/redirects?cursor=bogus')).json().error.code).toBe('invalid_cursor')
    expect((await editor('GET', '/redirects?origin=robot')).statusCode).toBe(400)
  })

  it('lets an import add and repoint its own redirects but never one made in the newsroom; an edited imported one is the newsroom’s', async () => {
    const a = await published('Перша')
    const b = await published('Друга')
    const db = t.database.db
    const at = t.clock().toISOString()
    expect(await upsertImportedRedirect(db, { fromPath: '/?p=1', storyId: a.storyId, locale: 'uk', at })).toBe(true)
    expect(await upsertImportedRedirect(db, { fromPath: '/?p=1', storyId: b.storyId, locale: 'uk', at })).toBe(true)
    expect(await findRedirect(db, '/?p=1')).toMatchObject({
      origin: 'import',
      target: { storyId: b.storyId, locale: 'uk' },
      createdBy: null,
    })

    const mine = await t.services.redirects.createRedirect({ fromPath: '/?p=2', target: { url: '/about' } }, systemActor)
    expect(await upsertImportedRedirect(db, { fromPath: '/?p=2', storyId: a.storyId, locale: 'uk', at })).toBe(false)
    expect(await findRedirect(db, '/?p=2')).toMatchObject({ id: mine.id, origin: 'newsroom', target: { url: '/about' } })

    const imported = (await findRedirect(db, '/?p=1'))!
    const editor = await as('editor')
    const edited = await editor('PATCH', `/redirects/${imported.id}`, { target: { storyId: a.storyId, locale: 'uk' } })
    expect(edited.json()).toMatchObject({ origin: 'newsroom', target: { storyId: a.storyId }, targetStory: { headline: 'Перша' } })
    expect(await upsertImportedRedirect(db, { fromPath: '/?p=1', storyId: b.storyId, locale: 'uk', at })).toBe(false)
    expect((await findRedirect(db, '/?p=1'))?.target).toEqual({ storyId: a.storyId, locale: 'uk' })
  })

  it('changes only the language of a story target when only the language is sent', async () => {
    const { storyId } = await published()
    await t.services.translations.createTranslation(
      { storyId, sourceLocale: 'uk', targetLocale: 'en', headline: 'News', body: paragraphs('Text') },
      systemActor,
    )
    const editor = await as('editor')
    const made = (await editor('POST', '/redirects', { fromPath: '/old', target: { storyId, locale: 'uk' } })).json()
    const changed = await editor('PATCH', `/redirects/${made.id}`, { target: { locale: 'en' } })
    expect(changed.json()).toMatchObject({ target: { storyId, locale: 'en' }, targetStory: { headline: 'News' } })
  })
})
