import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { systemActor } from '../shared/roles.js'
import { signInAs, TEST_PASSWORD } from '../testing/admin-client.js'
import { type HttpResponse, overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

const PASSWORD = 'correct horse battery staple'
type TestApp = Awaited<ReturnType<typeof createTestApp>>

const count = (responses: HttpResponse[], status: number) => responses.filter((r) => r.statusCode === status).length

describe.each(testDialects())('sign-in throttling under load on %s', (dialect) => {
  const apps: TestApp[] = []
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()))
  })
  const start = async (env: Record<string, string> = {}) => {
    const t = await createTestApp(dialect, env)
    apps.push(t)
    await t.services.users.createUser({ email: 'editor@example.org', name: 'Editor', role: 'editor', password: PASSWORD }, systemActor)
    return t
  }
  const signIn = (t: TestApp, email: string, password: string, headers: Record<string, string> = {}) =>
    overHttp(t.app, { method: 'POST', url: '/api/admin/v1/session', payload: { email, password }, headers })

  it('checks exactly five of 100 simultaneous wrong passwords and refuses the rest, then the right one, with 429', async () => {
    const t = await start()
    const all = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(t, 'editor@example.org', `wrong ${i}`)))
    expect(count(all, 401)).toBe(5)
    expect(count(all, 429)).toBe(95)
    for (const r of all.filter((r) => r.statusCode === 429)) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0)
    const right = await signIn(t, 'editor@example.org', PASSWORD)
    expect(right.statusCode).toBe(429)
    expect(right.headers['retry-after']).toBe('900')
    t.clock.advance(15 * 60_000)
    expect((await signIn(t, 'editor@example.org', PASSWORD)).statusCode).toBe(200)
  })

  it('holds the address limit when 100 sign-ins for different accounts arrive at once', async () => {
    const t = await start()
    const all = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(t, `nobody${i}@example.org`, 'wrong')))
    expect(count(all, 401)).toBe(20)
    expect(count(all, 429)).toBe(80)
  })

  it('does not count a successful sign-in, nor a refused one, against the address', async () => {
    const t = await start()
    for (let i = 0; i < 19; i++) expect((await signIn(t, `nobody${i}@example.org`, 'wrong')).statusCode).toBe(401)
    for (let i = 0; i < 3; i++) expect((await signIn(t, 'editor@example.org', PASSWORD)).statusCode).toBe(200)
    expect((await signIn(t, 'nobody19@example.org', 'wrong')).statusCode).toBe(401)
    expect((await signIn(t, 'editor@example.org', PASSWORD)).statusCode).toBe(429)
    expect((await signIn(t, 'editor@example.org', PASSWORD)).statusCode).toBe(429)
    t.clock.advance(15 * 60_000)
    expect((await signIn(t, 'editor@example.org', PASSWORD)).statusCode).toBe(200)
  })

  it('shares the counts between two servers on one database', async () => {
    const t = await start()
    const second = await buildApp(loadConfig({ MEDIA_DIR: t.mediaDir, LOG_LEVEL: 'silent' }), {
      database: openDatabase(t.location),
      clock: t.clock,
      logger: false,
    })
    try {
      const both = [t.app, second.app]
      const all = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          overHttp(both[i % 2] as TestApp['app'], {
            method: 'POST',
            url: '/api/admin/v1/session',
            payload: { email: 'editor@example.org', password: `wrong ${i}` },
          }),
        ),
      )
      expect(count(all, 401)).toBe(5)
      expect((await signIn(t, 'editor@example.org', PASSWORD)).statusCode).toBe(429)
    } finally {
      await second.close()
    }
  })

  it('counts two forwarded addresses from one socket as one client unless TRUST_PROXY names the proxy', async () => {
    const failFrom = async (t: TestApp, forwardedFor: string) => {
      for (let i = 0; i < 20; i++) await signIn(t, `nobody${i}@example.org`, 'wrong', { 'x-forwarded-for': forwardedFor })
      return signIn(t, 'editor@example.org', PASSWORD, { 'x-forwarded-for': '198.51.100.2' })
    }
    expect((await failFrom(await start(), '198.51.100.1')).statusCode).toBe(429)
    expect((await failFrom(await start({ TRUST_PROXY: '127.0.0.1' }), '198.51.100.1')).statusCode).toBe(200)
    // A forged header from a peer that is not a trusted proxy changes nothing.
    expect((await failFrom(await start({ TRUST_PROXY: '10.0.0.0/8' }), '198.51.100.1')).statusCode).toBe(429)
  })

  it('records the forwarded client address on the session behind a trusted proxy', async () => {
    const t = await start({ TRUST_PROXY: 'loopback' })
    expect((await signIn(t, 'editor@example.org', PASSWORD, { 'x-forwarded-for': '198.51.100.7' })).statusCode).toBe(200)
    const session = await t.database.db.selectFrom('sessions').select('ip').executeTakeFirstOrThrow()
    expect(session.ip).toBe('198.51.100.7')
  })
})

describe.each(testDialects())('password change throttling on %s', (dialect) => {
  let t: TestApp
  afterEach(() => t.close())

  it('refuses a sixth current-password guess with 429, even a right one, until the window passes', async () => {
    t = await createTestApp(dialect)
    const me = await signInAs(t, 'author')
    const change = (currentPassword: string) =>
      me.call('PUT', '/session/password', { currentPassword, newPassword: 'a brand new long password' })
    const guesses = await Promise.all(Array.from({ length: 30 }, (_, i) => change(`guess ${i}`)))
    expect(count(guesses, 400)).toBe(5)
    expect(count(guesses, 429)).toBe(25)
    const right = await change(TEST_PASSWORD)
    expect(right.statusCode).toBe(429)
    expect(right.headers['retry-after']).toBe('900')
    expect(right.json().error.message).toBe('Too many wrong current passwords. Try again in 900 s.')
    t.clock.advance(15 * 60_000)
    expect((await change(TEST_PASSWORD)).statusCode).toBe(204)
  })
})
