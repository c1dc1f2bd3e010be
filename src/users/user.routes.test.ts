import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ROLES, type Role, systemActor } from '../shared/roles.js'
import { TEST_PASSWORD as PASSWORD, signInAs } from '../testing/admin-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

describe.each(testDialects())('accounts admin API on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const as = (role: Role, locales: string[] = []) => signInAs(t, role, locales)

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

  it.each(ROLES)('lets only an admin change, and enable, an account (%s)', async (role) => {
    const me = await as(role)
    const target = await as('translator', ['en'])
    const allowed = role === 'admin'
    const change = await me.call('PUT', `/users/${target.user.id}`, { name: 'Renamed', role: 'editor', locales: [] })
    const enable = await me.call('POST', `/users/${target.user.id}/enable`)
    expect([change.statusCode, enable.statusCode]).toEqual(allowed ? [200, 200] : [403, 403])
    const stored = await t.services.users.listUsers(systemActor)
    expect(stored.find((u) => u.id === target.user.id)).toMatchObject(
      allowed ? { name: 'Renamed', role: 'editor', locales: [] } : { name: 'translator', role: 'translator', locales: ['en'] },
    )
  })

  it('changes a name, role and languages, which apply to the person’s very next request, and audits the change', async () => {
    const admin = await as('admin')
    const translator = await as('translator', ['en'])
    const changed = await admin.call('PUT', `/users/${translator.user.id}`, { locales: ['en', 'ru', 'en'] })
    expect(changed.json()).toMatchObject({ role: 'translator', locales: ['en', 'ru'], name: 'translator' })
    expect((await translator.call('GET', '/session')).json().user.locales).toEqual(['en', 'ru'])
    await admin.call('PUT', `/users/${translator.user.id}`, { role: 'editor', name: '  Олена Редакторка ' })
    expect((await translator.call('GET', '/session')).json().user).toMatchObject({ role: 'editor', name: 'Олена Редакторка' })
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'user_id', 'details'])
      .where('entity_id', '=', translator.user.id)
      .where('action', '=', 'user.update')
      .execute()
    expect(audit.map((a) => [a.user_id, JSON.parse(a.details)])).toEqual([
      [admin.user.id, { locales: ['en', 'ru'] }],
      [admin.user.id, { from: 'translator', role: 'editor' }],
    ])
  })

  it.each([
    ['an unknown role', { role: 'owner' }, 400, 'invalid_input'],
    ['an empty name', { name: '   ' }, 400, 'user_name_required'],
    ['a language the site lacks', { locales: ['de'] }, 400, 'locale_not_configured'],
    ['nothing to change', {}, 400, 'user_change_empty'],
    ['an unknown field', { email: 'other@example.org' }, 400, 'unknown_field'],
    ['a name too long', { name: 'x'.repeat(201) }, 400, 'field_too_long'],
  ])('refuses a change with %s and keeps the account as it was', async (_label, payload, status, code) => {
    const admin = await as('admin')
    const target = await as('author')
    const res = await admin.call('PUT', `/users/${target.user.id}`, payload)
    expect([res.statusCode, res.json().error.code]).toEqual([status, code])
    expect(res.json().error.message).toMatch(/\w/)
    expect((await t.services.users.listUsers(systemActor)).find((u) => u.id === target.user.id)).toMatchObject({
      name: 'author',
      role: 'author',
    })
  })

  it('answers 404 for an account that does not exist', async () => {
    const admin = await as('admin')
    for (const [method, url, body] of [
      ['PUT', '/users/aaaaaaaaaaaa', { name: 'X' }],
      ['POST', '/users/aaaaaaaaaaaa/enable', undefined],
      ['POST', '/users/aaaaaaaaaaaa/disable', undefined],
    ] as const) {
      const res = await admin.call(method, url, body)
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'user_not_found'])
    }
  })

  it('never lets an admin lock themself out, nor anyone disable or demote the last admin', async () => {
    const admin = await as('admin')
    const selfDisable = await admin.call('POST', `/users/${admin.user.id}/disable`)
    expect([selfDisable.statusCode, selfDisable.json().error.code]).toEqual([409, 'cannot_disable_self'])
    const selfDemote = await admin.call('PUT', `/users/${admin.user.id}`, { role: 'editor' })
    expect([selfDemote.statusCode, selfDemote.json().error.code]).toEqual([409, 'cannot_demote_self'])
    // Renaming oneself or changing one's languages is fine.
    expect((await admin.call('PUT', `/users/${admin.user.id}`, { name: 'Головна адмінка', role: 'admin' })).statusCode).toBe(200)
    // Another admin may be demoted while one remains; an API token acting as admin may not remove the last one.
    const other = await as('admin')
    expect((await admin.call('PUT', `/users/${other.user.id}`, { role: 'editor' })).statusCode).toBe(200)
    const token = (await t.services.tokens.createToken({ name: 'Ops', role: 'admin' }, systemActor)).token as string
    const viaToken = await t.app.inject({
      method: 'POST',
      url: `/api/admin/v1/users/${admin.user.id}/disable`,
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'uk' },
    })
    expect([viaToken.statusCode, viaToken.json().error.code]).toEqual([409, 'last_admin'])
    expect(viaToken.json().error.message).toContain('останній')
    expect((await admin.call('GET', '/session')).statusCode).toBe(200)
  })

  it('enables a disabled account: it signs in again with its old password', async () => {
    const admin = await as('admin')
    const target = await as('author')
    const signIn = () =>
      t.app.inject({ method: 'POST', url: '/api/admin/v1/session', payload: { email: target.email, password: PASSWORD } })
    await admin.call('POST', `/users/${target.user.id}/disable`)
    expect((await target.call('GET', '/session')).statusCode).toBe(401)
    expect((await signIn()).json().error.code).toBe('account_disabled')
    const enabled = await admin.call('POST', `/users/${target.user.id}/enable`)
    expect(enabled.json().disabledAt).toBeNull()
    expect((await signIn()).statusCode).toBe(200)
    expect((await admin.call('POST', `/users/${target.user.id}/enable`)).statusCode).toBe(200) // already enabled: nothing changes
    const actions = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', target.user.id).execute()
    expect(actions.map((a) => a.action).filter((a) => a.startsWith('user.') && a !== 'user.create')).toEqual([
      'user.disable',
      'user.enable',
    ])
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
