import { Validator } from '@seriousme/openapi-schema-validator'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '../shared/roles.js'
import { TEST_PASSWORD as PASSWORD, signInAs } from '../testing/admin-client.js'
import { paragraphs } from '../testing/factories.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

describe.each(testDialects())('stories admin API on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const as = (role: Role, locales: string[] = []) => signInAs(t, role, locales)

  const create = async (call: Awaited<ReturnType<typeof as>>['call'], headline = 'Новина') => {
    const res = await call('POST', '/stories', { locale: 'uk', headline, body: paragraphs('Текст') })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { story: { id: string }; versions: { id: string; revision: number }[] }
  }

  it('creates and reads a story as an editor, and refuses a translator', async () => {
    const editor = await as('editor')
    const { story, versions } = await create(editor.call)
    expect(versions[0]).toMatchObject({ locale: 'uk', status: 'draft', revision: 1, headline: 'Новина' })
    expect((await editor.call('GET', `/stories/${story.id}`)).json().versions).toHaveLength(1)
    const translator = await as('translator', ['en'])
    const refused = await translator.call('POST', '/stories', { locale: 'uk', headline: 'X' })
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error).toMatchObject({
      code: 'forbidden_action',
      message: 'Your role (translator) does not allow this: story.create.',
    })
  })

  it('refuses a stale save with 409 naming the current revision and who saved it, and writes nothing', async () => {
    const editor = await as('editor')
    const { versions } = await create(editor.call)
    const id = versions[0]!.id
    expect((await editor.call('PUT', `/story-versions/${id}`, { expectedRevision: 1, headline: 'Перша правка' })).json().revision).toBe(2)
    const stale = await editor.call('PUT', `/story-versions/${id}`, { expectedRevision: 1, headline: 'Застаріла' })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().error).toMatchObject({ code: 'stale_revision', params: { current: 2, base: 1, savedBy: editor.user.id } })
    expect((await editor.call('GET', `/story-versions/${id}/revisions`)).json()).toHaveLength(2)
    expect((await editor.call('GET', `/stories/${(await t.services.stories.getVersion(id)).storyId}`)).json().versions[0].headline).toBe(
      'Перша правка',
    )
  })

  it('lets authors edit their own stories only, and submit but not publish them', async () => {
    const author = await as('author')
    const other = await as('author')
    const { versions } = await create(author.call)
    const id = versions[0]!.id
    expect((await other.call('PUT', `/story-versions/${id}`, { expectedRevision: 1, headline: 'Чуже' })).statusCode).toBe(403)
    expect((await author.call('POST', `/story-versions/${id}/transitions`, { to: 'in_review' })).json().status).toBe('in_review')
    expect((await author.call('POST', `/story-versions/${id}/transitions`, { to: 'published' })).statusCode).toBe(403)
    const editor = await as('editor')
    expect((await editor.call('POST', `/story-versions/${id}/transitions`, { to: 'published' })).json().status).toBe('published')
    const refused = await editor.call('POST', `/story-versions/${id}/transitions`, { to: 'in_review' })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error.code).toBe('transition_not_allowed')
  })

  it('lets only those who may publish call off or move a scheduled publication', async () => {
    const author = await as('author')
    const { versions } = await create(author.call)
    const id = versions[0]!.id
    const editor = await as('editor')
    const at = '2026-11-25T09:00:00+02:00'
    expect((await editor.call('POST', `/story-versions/${id}/transitions`, { to: 'scheduled', at })).json().status).toBe('scheduled')
    for (const move of [{ to: 'draft' }, { to: 'scheduled', at: '2026-11-26T09:00:00+02:00' }]) {
      const refused = await author.call('POST', `/story-versions/${id}/transitions`, move)
      expect(refused.statusCode).toBe(403)
      expect(refused.json().error.code).toBe('forbidden_action')
    }
    expect((await editor.call('POST', `/story-versions/${id}/transitions`, { to: 'draft' })).json().status).toBe('draft')
  })

  it('schedules with a valid future time only', async () => {
    const editor = await as('editor')
    const { versions } = await create(editor.call)
    const id = versions[0]!.id
    expect((await editor.call('POST', `/story-versions/${id}/transitions`, { to: 'scheduled' })).json().error.code).toBe(
      'schedule_time_missing',
    )
    expect((await editor.call('POST', `/story-versions/${id}/transitions`, { to: 'scheduled', at: 'tomorrow' })).json().error.code).toBe(
      'invalid_date',
    )
    const ok = await editor.call('POST', `/story-versions/${id}/transitions`, { to: 'scheduled', at: '2026-11-25T09:00:00+02:00' })
    expect(ok.json()).toMatchObject({ status: 'scheduled', scheduledAt: '2026-11-25T07:00:00.000Z' })
  })

  it('lets a translator translate into their languages only, and reports translations the source has left behind', async () => {
    const editor = await as('editor')
    const { story, versions } = await create(editor.call)
    const translator = await as('translator', ['en'])
    const ru = await translator.call('POST', `/stories/${story.id}/translations`, {
      sourceLocale: 'uk',
      targetLocale: 'ru',
      headline: 'Новость',
    })
    expect(ru.statusCode).toBe(403)
    const en = await translator.call('POST', `/stories/${story.id}/translations`, {
      sourceLocale: 'uk',
      targetLocale: 'en',
      headline: 'News',
    })
    expect(en.statusCode).toBe(201)
    expect(en.json()).toMatchObject({ locale: 'en', sourceLocale: 'uk', sourceRevision: 1 })
    expect((await translator.call('PUT', `/story-versions/${en.json().id}`, { expectedRevision: 1, lead: 'Lead' })).statusCode).toBe(200)
    expect((await translator.call('PUT', `/story-versions/${versions[0]!.id}`, { expectedRevision: 1, lead: 'Лід' })).statusCode).toBe(403)
    await editor.call('PUT', `/story-versions/${versions[0]!.id}`, { expectedRevision: 1, body: paragraphs('Новий текст') })
    const outdated = await translator.call('GET', '/translations/outdated')
    expect(outdated.json()).toEqual([expect.objectContaining({ locale: 'en', translatedRevision: 1, currentSourceRevision: 2 })])
    const changed = (await translator.call('GET', `/story-versions/${en.json().id}/source-diff`)).json()
    expect(changed).toMatchObject({ sourceLocale: 'uk', translatedRevision: 1, currentSourceRevision: 2, fields: [] })
    expect(changed.blocks).toEqual([
      { op: 'removed', type: 'paragraph', text: 'Текст' },
      { op: 'added', type: 'paragraph', text: 'Новий текст' },
    ])
    expect((await editor.call('GET', `/story-versions/${versions[0]!.id}/source-diff`)).json().error.code).toBe('not_a_translation')
  })

  it('places the source changes in its current text for the translation workspace, and refuses a source-diff it may not read', async () => {
    const editor = await as('editor')
    const res = await editor.call('POST', '/stories', {
      locale: 'uk',
      headline: 'Мости',
      body: paragraphs('Перший.', 'Другий.', 'Третій.'),
    })
    const { story, versions } = res.json() as { story: { id: string }; versions: { id: string }[] }
    const translator = await as('translator', ['en'])
    const en = (await translator.call('POST', `/stories/${story.id}/translations`, { sourceLocale: 'uk', targetLocale: 'en' })).json()
    const upToDate = (await translator.call('GET', `/story-versions/${en.id}/source-diff`)).json()
    expect(upToDate).toMatchObject({ translatedRevision: 1, currentSourceRevision: 1, fields: [], source: { headline: 'Мости', lead: '' } })
    expect(upToDate.aligned.map((b: { op: string }) => b.op)).toEqual(['equal', 'equal', 'equal'])

    await editor.call('PUT', `/story-versions/${versions[0]!.id}`, {
      expectedRevision: 1,
      headline: 'Мости Києва',
      body: paragraphs('Перший.', 'Другий, змінений.', 'Новий.'),
    })
    const moved = (await translator.call('GET', `/story-versions/${en.id}/source-diff`)).json()
    expect(moved).toMatchObject({ translatedRevision: 1, currentSourceRevision: 2, source: { headline: 'Мости Києва' } })
    expect(moved.fields).toEqual([
      {
        field: 'headline',
        before: 'Мости',
        after: 'Мости Києва',
        words: [
          { op: 'equal', text: 'Мости' },
          { op: 'added', text: ' Києва' },
        ],
      },
    ])
    // The list the revisions panel reads is still there, as before.
    expect(moved.blocks.map((b: { op: string }) => b.op)).toEqual(['equal', 'removed', 'removed', 'added', 'added'])
    expect(moved.aligned).toEqual([
      { op: 'equal', block: paragraphs('Перший.').content[0] },
      {
        op: 'changed',
        block: paragraphs('Другий, змінений.').content[0],
        before: 'Другий.',
        words: [
          { op: 'removed', text: 'Другий.' },
          { op: 'added', text: 'Другий, змінений.' },
        ],
      },
      { op: 'changed', block: paragraphs('Новий.').content[0], before: 'Третій.', words: expect.any(Array) },
    ])

    const ru = await as('translator', ['ru'])
    expect((await ru.call('GET', `/story-versions/${en.id}/source-diff`)).statusCode).toBe(403)
    const missing = await translator.call('GET', '/story-versions/zzzzzzzzzzzz/source-diff')
    expect(missing.statusCode).toBe(404)
    expect((await translator.call('GET', '/story-versions/not%20an%20id/source-diff')).statusCode).toBe(400)
  })

  it('lists versions newest first with filters and cursor pagination; authors see only their own', async () => {
    const editor = await as('editor')
    const author = await as('author')
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      ids.push((await create(editor.call, `Новина ${i}`)).versions[0]!.id)
      t.clock.advance(1000)
    }
    const own = await create(author.call, 'Моя новина')
    t.clock.advance(1000)
    await editor.call('POST', `/story-versions/${ids[0]}/transitions`, { to: 'published' })
    const first = (await editor.call('GET', '/story-versions?limit=3')).json()
    expect(first.items.map((v: { headline: string }) => v.headline)).toEqual(['Новина 0', 'Моя новина', 'Новина 4'])
    const second = (await editor.call('GET', `/story-versions?limit=3&cursor=${first.nextCursor}`)).json()
    expect(second.items.map((v: { headline: string }) => v.headline)).toEqual(['Новина 3', 'Новина 2', 'Новина 1'])
    expect(second.nextCursor).toBeNull()
    expect((await editor.call('GET', '/story-versions?status=published')).json().items.map((v: { id: string }) => v.id)).toEqual([ids[0]])
    expect((await author.call('GET', '/story-versions')).json().items.map((v: { id: string }) => v.id)).toEqual([own.versions[0]!.id])
    for (const bad of ['limit=0', 'limit=500', 'status=gone', 'cursor=garbage', 'updatedSince=yesterday', 'sort=headline']) {
      const res = await editor.call('GET', `/story-versions?${bad}`)
      expect(res.statusCode, bad).toBe(400)
    }
  })

  it('filters the desk by words of the headline or lead, whatever their case, apostrophe or ё', async () => {
    const editor = await as('editor')
    const find = async (q: string) =>
      (await editor.call('GET', `/story-versions?q=${encodeURIComponent(q)}`)).json().items.map((v: { headline: string }) => v.headline)
    await create(editor.call, 'ЗСУ звільнили село на Харківщині')
    await create(editor.call, "Ціни на м'ясо зросли на 5%")
    const ru = await editor.call('POST', '/stories', { locale: 'ru', headline: 'Ёлку поставят на площади', body: paragraphs('Текст') })
    expect(ru.statusCode, ru.body).toBe(201)
    expect(await find('харківщин')).toEqual(['ЗСУ звільнили село на Харківщині'])
    expect(await find('ЗВІЛЬНИЛИ  зсу')).toEqual(['ЗСУ звільнили село на Харківщині'])
    expect(await find('мʼясо')).toEqual(["Ціни на м'ясо зросли на 5%"])
    expect(await find('5%')).toEqual(["Ціни на м'ясо зросли на 5%"])
    expect(await find('50%')).toEqual([]) // % is a character here, not a wildcard
    expect(await find('елку')).toEqual(['Ёлку поставят на площади'])
    expect(await find('село ціни')).toEqual([]) // every word must match the same story
    expect((await editor.call('GET', `/story-versions?q=${'я'.repeat(201)}`)).statusCode).toBe(400)
  })

  it('lists only translations whose source moved on when asked for outdated ones', async () => {
    const editor = await as('editor')
    const { story, versions } = await create(editor.call)
    const en = (
      await editor.call('POST', `/stories/${story.id}/translations`, { sourceLocale: 'uk', targetLocale: 'en', headline: 'News' })
    ).json()
    expect((await editor.call('GET', '/story-versions?outdated=true')).json().items).toEqual([])
    await editor.call('PUT', `/story-versions/${versions[0]!.id}`, { expectedRevision: 1, headline: 'Нова назва' })
    expect((await editor.call('GET', '/story-versions?outdated=true')).json().items.map((v: { id: string }) => v.id)).toEqual([en.id])
  })

  it('lists, reads and restores revisions', async () => {
    const editor = await as('editor')
    const { versions } = await create(editor.call, 'Оригінал')
    const id = versions[0]!.id
    const admin = await as('admin')
    await admin.call('PUT', `/story-versions/${id}`, { expectedRevision: 1, headline: 'Змінено', note: 'правка' })
    // Each revision names whoever saved it, by display name, so the history reads without looking ids up.
    expect((await editor.call('GET', `/story-versions/${id}/revisions`)).json()).toMatchObject([
      { number: 2, authorId: admin.user.id, authorName: 'admin', note: 'правка' },
      { number: 1, authorId: editor.user.id, authorName: 'editor' },
    ])
    expect((await editor.call('GET', `/story-versions/${id}/revisions/1`)).json()).toMatchObject({ number: 1, headline: 'Оригінал' })
    expect((await editor.call('GET', `/story-versions/${id}/revisions/9`)).statusCode).toBe(404)
    expect((await editor.call('GET', `/story-versions/${id}/diff?from=1&to=2`)).json().fields).toEqual([
      { field: 'headline', before: 'Оригінал', after: 'Змінено' },
    ])
    expect((await editor.call('GET', `/story-versions/${id}/diff?from=1&to=7`)).statusCode).toBe(404)
    expect((await editor.call('GET', `/story-versions/${id}/diff?from=x&to=2`)).statusCode).toBe(400)
    const restored = await editor.call('POST', `/story-versions/${id}/restore`, { number: 1, expectedRevision: 2 })
    expect(restored.json()).toMatchObject({ revision: 3, headline: 'Оригінал' })
  })

  it('asks for a session on every route, and a CSRF token on every change', async () => {
    const editor = await as('editor')
    const { story, versions } = await create(editor.call)
    const id = versions[0]!.id
    const routes: [string, string, object?][] = [
      ['POST', '/stories', { locale: 'uk', headline: 'X' }],
      ['GET', `/stories/${story.id}`],
      ['PUT', `/story-versions/${id}`, { expectedRevision: 1 }],
      ['POST', `/story-versions/${id}/transitions`, { to: 'in_review' }],
      ['GET', `/story-versions/${id}/revisions`],
      ['GET', `/story-versions/${id}/revisions/1`],
      ['POST', `/story-versions/${id}/restore`, { number: 1, expectedRevision: 1 }],
      ['POST', `/stories/${story.id}/translations`, { sourceLocale: 'uk', targetLocale: 'en' }],
      ['GET', '/translations/outdated'],
      ['GET', '/story-versions'],
    ]
    for (const [method, url, payload] of routes) {
      const anonymous = await t.app.inject({ method: method as 'GET', url: `/api/admin/v1${url}`, ...(payload && { payload }) })
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401)
    }
    const cookie = (
      await t.app.inject({ method: 'POST', url: '/api/admin/v1/session', payload: { email: editor.user.email, password: PASSWORD } })
    ).cookies[0]?.value as string
    for (const [method, url, payload] of routes.filter(([m]) => m !== 'GET')) {
      const noCsrf = await t.app.inject({
        method: method as 'POST',
        url: `/api/admin/v1${url}`,
        cookies: { vistka_session: cookie },
        ...(payload && { payload }),
      })
      expect(noCsrf.statusCode, `${method} ${url}`).toBe(403)
    }
  })

  it.each([
    ['an unknown field', { locale: 'uk', headline: 'X', isAdmin: true }],
    ['a wrong type', { locale: 'uk', headline: 42 }],
    ['a huge headline', { locale: 'uk', headline: 'x'.repeat(100_000) }],
    ['a hostile body', { locale: 'uk', headline: 'X', body: { type: 'doc', content: [{ type: 'script' }] } }],
    ['an unknown language', { locale: 'de', headline: 'X' }],
    ['a malformed section id', { locale: 'uk', headline: 'X', sectionId: '../etc' }],
  ])('answers %s with a 4xx and a message, and creates nothing', async (_label, payload) => {
    const editor = await as('editor')
    const res = await editor.call('POST', '/stories', payload)
    expect(res.statusCode).toBeGreaterThanOrEqual(400)
    expect(res.statusCode).toBeLessThan(500)
    expect(res.json().error.message).toMatch(/\w/)
    expect(await t.database.db.selectFrom('stories').select('id').execute()).toEqual([])
  })

  it('describes every route in a generated OpenAPI 3 document', async () => {
    const doc = (await t.app.inject('/api/admin/v1/openapi.json')).json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/admin/v1/authors',
      '/api/admin/v1/authors/{id}',
      '/api/admin/v1/content-keys',
      '/api/admin/v1/content-keys/{id}',
      '/api/admin/v1/media',
      '/api/admin/v1/media/{id}',
      '/api/admin/v1/pages',
      '/api/admin/v1/pages/order',
      '/api/admin/v1/redirects',
      '/api/admin/v1/redirects/{id}',
      '/api/admin/v1/search',
      '/api/admin/v1/session',
      '/api/admin/v1/session/password',
      '/api/admin/v1/stories',
      '/api/admin/v1/stories/{id}',
      '/api/admin/v1/stories/{id}/translations',
      '/api/admin/v1/story-versions',
      '/api/admin/v1/story-versions/{id}',
      '/api/admin/v1/story-versions/{id}/approve',
      '/api/admin/v1/story-versions/{id}/diff',
      '/api/admin/v1/story-versions/{id}/pending/discard',
      '/api/admin/v1/story-versions/{id}/preview',
      '/api/admin/v1/story-versions/{id}/related',
      '/api/admin/v1/story-versions/{id}/restore',
      '/api/admin/v1/story-versions/{id}/revisions',
      '/api/admin/v1/story-versions/{id}/revisions/{number}',
      '/api/admin/v1/story-versions/{id}/source-diff',
      '/api/admin/v1/story-versions/{id}/transitions',
      '/api/admin/v1/tokens',
      '/api/admin/v1/tokens/{id}',
      '/api/admin/v1/topics',
      '/api/admin/v1/topics/{id}',
      '/api/admin/v1/topics/{id}/merge',
      '/api/admin/v1/translations/outdated',
      '/api/admin/v1/users',
      '/api/admin/v1/users/{id}',
      '/api/admin/v1/users/{id}/disable',
      '/api/admin/v1/users/{id}/enable',
      '/api/admin/v1/webhooks',
      '/api/admin/v1/webhooks/{id}',
      '/api/admin/v1/webhooks/{id}/deliveries',
      '/api/admin/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver',
      '/api/admin/v1/webhooks/{id}/ping',
    ])
    expect(doc.paths['/api/admin/v1/story-versions/{id}'].put.requestBody.content['application/json'].schema.required).toEqual([
      'expectedRevision',
    ])
    const result = await new Validator().validate(doc)
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([])
    expect(result.valid).toBe(true)
  })
})
