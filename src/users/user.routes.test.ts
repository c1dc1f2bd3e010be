import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TEST_PASSWORD as PASSWORD, signInAs } from '../testing/admin-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { ROLES, type Role } from './roles.js'

describe.each(testDialects())('accounts admin API on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const as = (role: Role) => signInAs(t, role)

  it.each(ROLES)('lets only an admin manage accounts (%s)', async (role) => {
    const me = await as(role)
    const target = await as('author')
    const allowed = role === 'admin'
    const list = await me.call('GET', '/users')
    const create = await me.call('POST', '/users', { email: `new-${role}@example.org`, name: 'New', role: 'author', password: PASSWORD })
    const disable = await me.call('POST', `/users/${target.user.id}/disable`)
    expect([list.statusCode, create.statusCode, disable.statusCode]).toEqual(allowed ? [200, 201, 200] : [403, 403, 403])
    if (allowed) expect(disable.json().disabledAt).toBe('2026-11-24T08:00:00.000Z')
  })

  it('refuses a bad new account with 4xx and a message', async () => {
    const admin = await as('admin')
    for (const payload of [
      { email: 'x', name: 'X', role: 'author', password: PASSWORD },
      { email: 'y@example.org', name: 'Y', role: 'owner', password: PASSWORD },
      { email: 'z@example.org', name: 'Z', role: 'author', password: 'short' },
    ]) {
      const res = await admin.call('POST', '/users', payload)
      expect(res.statusCode).toBe(400)
      expect(res.json().error.message).toMatch(/\w/)
    }
    const duplicate = await admin.call('POST', '/users', { email: admin.email, name: 'Again', role: 'author', password: PASSWORD })
    expect(duplicate.statusCode).toBe(409)
  })

  it('changes a password after checking the current one, and ends the other sessions', async () => {
    const me = await as('editor')
    const other = (await t.app.inject({ method: 'POST', url: '/api/admin/v1/session', payload: { email: me.email, password: PASSWORD } }))
      .cookies[0]?.value as string
    const wrong = await me.call('PUT', '/session/password', { currentPassword: 'not it', newPassword: 'a brand new password' })
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'current_password_wrong'])
    expect((await me.call('PUT', '/session/password', { currentPassword: PASSWORD, newPassword: 'short' })).statusCode).toBe(400)
    expect((await me.call('PUT', '/session/password', { currentPassword: PASSWORD, newPassword: 'a brand new password' })).statusCode).toBe(
      204,
    )
    expect((await me.call('GET', '/session')).statusCode).toBe(200)
    expect((await t.app.inject({ url: '/api/admin/v1/session', cookies: { vistka_session: other } })).statusCode).toBe(401)
    const signIn = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/admin/v1/session', payload: { email: me.email, password } })
    expect((await signIn(PASSWORD)).statusCode).toBe(401)
    expect((await signIn('a brand new password')).statusCode).toBe(200)
  })
})
