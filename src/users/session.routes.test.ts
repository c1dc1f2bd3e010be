import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

const PASSWORD = 'correct horse battery staple'

describe.each(testDialects())('newsroom sign-in on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let userId: string
  beforeEach(async () => {
    t = await createTestApp(dialect)
    userId = (
      await t.services.users.createUser({ email: 'editor@example.org', name: 'Editor', role: 'editor', password: PASSWORD }, systemActor)
    ).id
  })
  afterEach(() => t.close())

  const signIn = (email = 'editor@example.org', password = PASSWORD, headers: Record<string, string> = {}) =>
    overHttp(t.app, { method: 'POST', url: '/api/admin/v1/session', payload: { email, password }, headers })
  const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
    res.cookies.find((c) => c.name === 'vistka_session')?.value as string
  const me = (cookie?: string) => overHttp(t.app, { url: '/api/admin/v1/session', cookies: cookie ? { vistka_session: cookie } : {} })
  const sessions = () => t.database.db.selectFrom('sessions').selectAll().execute()

  it('signs in with an HttpOnly SameSite=Lax cookie and stores only a hash of the token', async () => {
    const res = await signIn('Editor@Example.org')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.user).toEqual({ id: userId, email: 'editor@example.org', name: 'Editor', role: 'editor', locales: [] })
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const setCookie = String(res.headers['set-cookie'])
    expect(setCookie).toMatch(/^vistka_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/)
    const stored = await sessions()
    expect(stored).toHaveLength(1)
    expect(stored[0]?.id).not.toContain(cookieOf(res))
    expect((await me(cookieOf(res))).json().user.id).toBe(userId)
  })

  it('sets the Secure flag when the site is served over https', async () => {
    const https = await createTestApp(dialect, { SITE_URL: 'https://news.example.com' })
    try {
      await https.services.users.createUser({ email: 'a@example.org', name: 'A', role: 'admin', password: PASSWORD }, systemActor)
      const res = await overHttp(https.app, {
        method: 'POST',
        url: '/api/admin/v1/session',
        payload: { email: 'a@example.org', password: PASSWORD },
      })
      expect(String(res.headers['set-cookie'])).toContain('; Secure')
    } finally {
      await https.close()
    }
  })

  it('refuses a wrong password and an unknown email with the same message, and opens no session', async () => {
    const wrong = await signIn('editor@example.org', 'wrong password', { 'accept-language': 'uk' })
    const unknown = await signIn('nobody@example.org', PASSWORD, { 'accept-language': 'uk' })
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401)
      expect(res.json().error).toMatchObject({ code: 'login_failed', message: 'Неправильна адреса електронної пошти або пароль.' })
    }
    expect(await sessions()).toEqual([])
  })

  it('limits failed sign-ins per account and says when to try again', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn('editor@example.org', `wrong ${i}`)).statusCode).toBe(401)
    const limited = await signIn('editor@example.org', PASSWORD, { 'accept-language': 'en' })
    expect(limited.statusCode).toBe(429)
    expect(limited.headers['retry-after']).toBe('900')
    expect(limited.json().error.message).toBe('Too many sign-in attempts. Try again in 900 s.')
    t.clock.advance(15 * 60_000 + 1000)
    expect((await signIn()).statusCode).toBe(200)
  })

  it('limits failed sign-ins per address across accounts', async () => {
    for (let i = 0; i < 20; i++) await signIn(`user${i}@example.org`, 'wrong')
    expect((await signIn()).statusCode).toBe(429)
  })

  it('ends a session after 8 idle hours, and after 7 days however busy', async () => {
    const idle = cookieOf(await signIn())
    t.clock.advance(8 * 3_600_000)
    expect((await me(idle)).statusCode).toBe(401)

    const busy = cookieOf(await signIn())
    for (let hour = 1; hour < 7 * 24; hour++) {
      t.clock.advance(3_600_000)
      expect((await me(busy)).statusCode, `hour ${hour}`).toBe(200)
    }
    t.clock.advance(3_600_000)
    expect((await me(busy)).statusCode).toBe(401)
  })

  it('signs out only with the CSRF token, and the session is gone afterwards', async () => {
    const res = await signIn()
    const cookie = cookieOf(res)
    const without = await overHttp(t.app, { method: 'DELETE', url: '/api/admin/v1/session', cookies: { vistka_session: cookie } })
    expect(without.statusCode).toBe(403)
    expect(without.json().error.code).toBe('csrf_failed')
    const forged = await overHttp(t.app, {
      method: 'DELETE',
      url: '/api/admin/v1/session',
      cookies: { vistka_session: cookie },
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    })
    expect(forged.statusCode).toBe(403)
    const out = await overHttp(t.app, {
      method: 'DELETE',
      url: '/api/admin/v1/session',
      cookies: { vistka_session: cookie },
      headers: { 'x-csrf-token': res.json().csrfToken },
    })
    expect(out.statusCode).toBe(204)
    expect(String(out.headers['set-cookie'])).toMatch(/^vistka_session=; /)
    expect((await me(cookie)).statusCode).toBe(401)
  })

  it('ends a disabled user’s sessions at once and refuses their sign-in', async () => {
    const cookie = cookieOf(await signIn())
    await t.services.users.disableUser(userId, systemActor)
    expect((await me(cookie)).statusCode).toBe(401)
    const again = await signIn()
    expect(again.statusCode).toBe(403)
    expect(again.json().error.code).toBe('account_disabled')
  })

  it('asks a visitor without a session to sign in', async () => {
    const res = await overHttp(t.app, { url: '/api/admin/v1/session', headers: { 'accept-language': 'ru' } })
    expect(res.statusCode).toBe(401)
    expect(res.json().error).toEqual({
      code: 'session_required',
      message: 'Ваш сеанс завершился или вы не вошли. Войдите, чтобы продовжить.'.replace('продовжить', 'продолжить'),
    })
    expect((await me('not-a-real-token')).statusCode).toBe(401)
  })

  it.each([
    ['no body', undefined],
    ['an unknown field', { email: 'editor@example.org', password: PASSWORD, admin: true }],
    ['a missing password', { email: 'editor@example.org' }],
    ['a number for the email', { email: 42, password: PASSWORD }],
    ['a huge password', { email: 'editor@example.org', password: 'x'.repeat(5000) }],
  ])('answers %s with a 400 naming the problem', async (_label, payload) => {
    const res = await overHttp(t.app, { method: 'POST', url: '/api/admin/v1/session', payload: payload as object })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.message).toMatch(/.+/)
  })

  it('answers malformed JSON with a 400', async () => {
    const res = await overHttp(t.app, {
      method: 'POST',
      url: '/api/admin/v1/session',
      payload: '{"email":',
      headers: { 'content-type': 'application/json' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBeDefined()
  })
})
