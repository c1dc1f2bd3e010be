import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '../shared/roles.js'
import { signInAs } from '../testing/admin-client.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

describe.each(testDialects())('API tokens on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const as = async (role: Role) => (await signInAs(t, role)).call
  const withToken = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    overHttp(t.app, { method, url: `/api/admin/v1${url}`, headers: { authorization: `Bearer ${token}` }, ...(payload && { payload }) })

  it('shows a new token once, stores only its hash, and lets an integration act with its role without a CSRF token', async () => {
    const admin = await as('admin')
    const created = await admin('POST', '/tokens', { name: 'Wire feed', role: 'author' })
    expect(created.statusCode).toBe(201)
    const { token, id } = created.json()
    expect(token).toMatch(/^vk_[A-Za-z0-9_-]{43}$/)
    expect((await admin('GET', '/tokens')).json()).toEqual([expect.not.objectContaining({ token: expect.anything() })])
    const stored = await t.database.db.selectFrom('api_tokens').selectAll().executeTakeFirstOrThrow()
    expect(stored.token_hash).not.toContain(token.slice(3))
    const story = await withToken(token, 'POST', '/stories', { locale: 'uk', headline: 'З стрічки' })
    expect(story.statusCode).toBe(201)
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['user_id', 'details'])
      .where('action', '=', 'story.create')
      .executeTakeFirstOrThrow()
    expect(audit.user_id).toBeNull()
    expect(JSON.parse(audit.details)).toMatchObject({ tokenId: id })
    expect(
      (await withToken(token, 'POST', `/story-versions/${story.json().versions[0].id}/transitions`, { to: 'published' })).statusCode,
    ).toBe(403)
    expect((await withToken(token, 'GET', '/session')).statusCode).toBe(401) // a token has no session
    expect((await admin('DELETE', `/tokens/${id}`)).statusCode).toBe(204)
    expect((await withToken(token, 'POST', '/stories', { locale: 'uk', headline: 'Ще' })).statusCode).toBe(401)
    expect((await admin('DELETE', `/tokens/${id}`)).statusCode).toBe(404)
  })

  it('lets only admins manage tokens, and refuses unknown tokens', async () => {
    const editor = await as('editor')
    expect((await editor('POST', '/tokens', { name: 'X', role: 'admin' })).statusCode).toBe(403)
    expect((await editor('GET', '/tokens')).statusCode).toBe(403)
    expect((await withToken('vk_nothing', 'GET', '/story-versions')).statusCode).toBe(401)
    expect((await withToken('not-even-a-token', 'GET', '/story-versions')).statusCode).toBe(401)
  })
})
