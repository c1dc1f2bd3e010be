import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { signInAs, TEST_PASSWORD } from '../testing/admin-client.js'
import { makeStory } from '../testing/factories.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

describe.each(testDialects())('API tokens and their creator’s rights on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let creator: Awaited<ReturnType<typeof signInAs>>
  let otherAdmin: Awaited<ReturnType<typeof signInAs>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
    creator = await signInAs(t, 'admin')
    otherAdmin = await signInAs(t, 'admin')
  })
  afterEach(() => t.close())

  let n = 0
  const makeToken = async (role: string, locales: string[] = []) => {
    const res = await creator.call('POST', '/tokens', { name: `Integration ${++n}`, role, locales })
    expect(res.statusCode).toBe(201)
    return res.json() as { id: string; token: string }
  }
  const withToken = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    overHttp(t.app, {
      method,
      url: `/api/admin/v1${url}`,
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
      ...(payload && { payload }),
    })
  const newAdmin = (token: string) =>
    withToken(token, 'POST', '/users', { email: `made-${++n}@example.org`, name: 'Made', role: 'admin', password: TEST_PASSWORD })

  it('refuses a token with 401 once its creator is disabled, having revoked it in the same step', async () => {
    const { id, token } = await makeToken('admin')
    expect((await newAdmin(token)).statusCode).toBe(201)
    expect((await otherAdmin.call('POST', `/users/${creator.user.id}/disable`)).statusCode).toBe(200)
    const refused = await newAdmin(token)
    expect(refused.statusCode).toBe(401)
    expect(refused.json().error).toMatchObject({ code: 'token_refused', message: expect.stringContaining('Ask an administrator') })
    expect((await withToken(token, 'GET', '/story-versions')).statusCode).toBe(401)
    const stored = await t.database.db.selectFrom('api_tokens').select('revoked_at').where('id', '=', id).executeTakeFirstOrThrow()
    expect(stored.revoked_at).toBe('2026-11-24T08:00:00.000Z')
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['user_id', 'details'])
      .where('action', '=', 'token.revoke')
      .where('entity_id', '=', id)
      .executeTakeFirstOrThrow()
    expect(audit.user_id).toBe(otherAdmin.user.id)
    expect(JSON.parse(audit.details)).toEqual({ reason: 'creator_disabled', userId: creator.user.id })
    // Enabling the account again does not bring the token back.
    expect((await otherAdmin.call('POST', `/users/${creator.user.id}/enable`)).statusCode).toBe(200)
    expect((await newAdmin(token)).statusCode).toBe(401)
  })

  it('refuses a token whose creator is disabled even when the token itself was never revoked', async () => {
    const { token } = await makeToken('editor')
    await t.database.db.updateTable('users').set({ disabled_at: '2026-11-24T08:00:00.000Z' }).where('id', '=', creator.user.id).execute()
    expect((await withToken(token, 'GET', '/story-versions')).statusCode).toBe(401)
  })

  it('revokes tokens made by the creator’s tokens too when the creator is disabled', async () => {
    const { token } = await makeToken('admin')
    const child = await withToken(token, 'POST', '/tokens', { name: 'Made by a token', role: 'author' })
    expect(child.statusCode).toBe(201)
    expect((await withToken(child.json().token, 'GET', '/story-versions')).statusCode).toBe(200)
    await otherAdmin.call('POST', `/users/${creator.user.id}/disable`)
    expect((await withToken(child.json().token, 'GET', '/story-versions')).statusCode).toBe(401)
  })

  it('acts with no more than its creator’s current role once the creator is demoted', async () => {
    const { token } = await makeToken('admin')
    const demote = await otherAdmin.call('PUT', `/users/${creator.user.id}`, { role: 'editor' })
    expect(demote.statusCode).toBe(200)
    const refused = await newAdmin(token)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error).toMatchObject({ code: 'forbidden_action', params: { role: 'editor', action: 'user.manage' } })
    expect((await withToken(token, 'GET', '/tokens')).statusCode).toBe(403)
    expect((await withToken(token, 'POST', '/stories', { locale: 'uk', headline: 'Редакторська' })).statusCode).toBe(201)
    // Promoted again, the creator's token acts as what it was given.
    await otherAdmin.call('PUT', `/users/${creator.user.id}`, { role: 'admin' })
    expect((await newAdmin(token)).statusCode).toBe(201)
  })

  it('keeps the token’s own narrower role and languages, within the creator’s', async () => {
    const narrow = await makeToken('author')
    const translator = await makeToken('editor')
    await otherAdmin.call('PUT', `/users/${creator.user.id}`, { role: 'editor' })
    const story = await withToken(narrow.token, 'POST', '/stories', { locale: 'uk', headline: 'Авторська' })
    expect(story.statusCode).toBe(201)
    const publish = await withToken(narrow.token, 'POST', `/story-versions/${story.json().versions[0].id}/transitions`, { to: 'published' })
    expect(publish.statusCode).toBe(403)

    const { story: source } = await makeStory(t.services)
    await otherAdmin.call('PUT', `/users/${creator.user.id}`, { role: 'translator', locales: ['en'] })
    const translate = (targetLocale: string) =>
      withToken(translator.token, 'POST', `/stories/${source.id}/translations`, { sourceLocale: 'uk', targetLocale, headline: 'X' })
    expect((await translate('ru')).statusCode).toBe(403)
    expect((await translate('en')).statusCode).toBe(201)
    expect((await withToken(translator.token, 'POST', '/stories', { locale: 'en', headline: 'Mine' })).statusCode).toBe(403)
  })

  it('refuses a token whose role and its creator’s share no rights', async () => {
    const { token } = await makeToken('translator')
    const languages = await makeToken('translator', ['ru'])
    await otherAdmin.call('PUT', `/users/${creator.user.id}`, { role: 'author' })
    expect((await withToken(token, 'GET', '/story-versions')).statusCode).toBe(401)
    await otherAdmin.call('PUT', `/users/${creator.user.id}`, { role: 'translator', locales: ['en'] })
    expect((await withToken(token, 'GET', '/story-versions')).statusCode).toBe(200)
    expect((await withToken(languages.token, 'GET', '/story-versions')).statusCode).toBe(401)
  })
})
