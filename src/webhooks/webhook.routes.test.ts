import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PostFailed, safePost } from '../outbound/safe-post.js'
import { systemActor } from '../shared/roles.js'
import { signInAs } from '../testing/admin-client.js'
import { makeAccount, startServerProcess } from '../testing/server-process.js'
import { createTestApp } from '../testing/test-context.js'
import { createTestDatabase, testDialects } from '../testing/test-database.js'
import { startReceiver } from '../testing/webhook-receiver.js'

describe.each(testDialects())('the webhooks admin API on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  afterEach(async () => {
    await t.close()
    await receiver.close()
  })
  const start = async (env: Record<string, string> = {}) => {
    t = await createTestApp(dialect, env)
    receiver = await startReceiver()
    return (await signInAs(t, 'admin')).call
  }

  it('registers an endpoint (its secret shown once), lists, changes, logs, redelivers, tests and deletes it', async () => {
    const admin = await start({ WEBHOOKS_ALLOW_PRIVATE: 'true' })
    const created = await admin('POST', '/webhooks', {
      url: `${receiver.url}/in`,
      events: ['story.published', 'ping'],
      description: 'Telegram bot',
    })
    expect(created.statusCode).toBe(201)
    const hook = created.json()
    expect(hook).toMatchObject({
      url: `${receiver.url}/in`,
      events: ['story.published', 'ping'],
      enabled: true,
      description: 'Telegram bot',
    })
    expect(hook.secret).toMatch(/^whsec_[\w-]{32}$/)
    const listed = (await admin('GET', '/webhooks')).json()
    expect(listed).toEqual([expect.objectContaining({ id: hook.id })])
    expect(JSON.stringify(listed)).not.toContain(hook.secret)
    expect((await admin('GET', `/webhooks/${hook.id}`)).json().secret).toBeUndefined()

    const ping = await admin('POST', `/webhooks/${hook.id}/ping`)
    expect(ping.statusCode).toBe(202)
    await t.deliveries.runDue()
    expect(receiver.received.map((r) => r.json.event)).toEqual(['ping'])
    const log = (await admin('GET', `/webhooks/${hook.id}/deliveries`)).json()
    expect(log).toEqual([
      expect.objectContaining({
        id: ping.json().deliveryId,
        event: 'ping',
        status: 'delivered',
        attempts: [expect.objectContaining({ statusCode: 200 })],
      }),
    ])
    expect((await admin('POST', `/webhooks/${hook.id}/deliveries/${log[0].id}/redeliver`)).statusCode).toBe(202)
    await t.deliveries.runDue()
    expect(receiver.received).toHaveLength(2)
    expect((await admin('GET', `/webhooks/${hook.id}/deliveries?before=${log[0].id}`)).json()).toEqual([])

    const changed = await admin('PUT', `/webhooks/${hook.id}`, { events: ['story.updated'], enabled: false })
    expect(changed.json()).toMatchObject({ events: ['story.updated'], enabled: false })
    expect((await admin('DELETE', `/webhooks/${hook.id}`)).statusCode).toBe(204)
    expect((await admin('GET', `/webhooks/${hook.id}`)).statusCode).toBe(404)
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'webhook').execute()
    expect(audit.map((a) => a.action).sort()).toEqual(['webhook.create', 'webhook.delete', 'webhook.redeliver', 'webhook.update'])
  })

  it('refuses addresses that are not http(s), events it does not send, and bad fields, with a 400 naming them', async () => {
    const admin = await start({ WEBHOOKS_ALLOW_PRIVATE: 'true' })
    const cases: [object, string][] = [
      [{ url: 'ftp://files.example/x', events: ['ping'] }, 'webhook_url_invalid'],
      [{ url: 'not a url', events: ['ping'] }, 'webhook_url_invalid'],
      [{ url: 'javascript:alert(1)', events: ['ping'] }, 'webhook_url_invalid'],
      [{ url: `${receiver.url}/x`, events: [] }, 'webhook_events_required'],
      [{ url: `${receiver.url}/x`, events: ['story.deleted'] }, 'webhook_event_unknown'],
      [{ url: `${receiver.url}/x`, events: ['ping'], secret: 'mine' }, 'unknown_field'],
      [{ url: `${receiver.url}/x` }, 'invalid_input'],
      [{ url: `${receiver.url}/${'x'.repeat(2001)}`, events: ['ping'] }, 'field_too_long'],
    ]
    for (const [body, code] of cases) {
      const res = await admin('POST', '/webhooks', body)
      expect(res.statusCode, JSON.stringify(body)).toBe(400)
      expect(res.json().error.code, JSON.stringify(body)).toBe(code)
    }
    expect((await admin('GET', '/webhooks')).json()).toEqual([])
    const editor = (await signInAs(t, 'editor')).call
    expect((await editor('POST', '/webhooks', { url: `${receiver.url}/x`, events: ['ping'] })).statusCode).toBe(403)
  })

  it('refuses private, loopback and link-local addresses unless WEBHOOKS_ALLOW_PRIVATE, and again at connect time', async () => {
    const admin = await start()
    for (const url of [
      receiver.url,
      'http://localhost:9/hook',
      'http://10.1.2.3/hook',
      'http://192.168.0.10/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:8080/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://0.0.0.0/hook',
    ]) {
      const res = await admin('POST', '/webhooks', { url, events: ['ping'] })
      expect(res.statusCode, url).toBe(400)
      expect(res.json().error.code, url).toBe('webhook_url_private')
      expect(res.json().error.message, url).toContain('WEBHOOKS_ALLOW_PRIVATE')
    }
    // A name that resolved to a public address when registered and to a private one now (DNS
    // rebinding) is refused when the delivery connects: here, a row written behind the API's back.
    const at = t.clock().toISOString()
    await t.database.db
      .insertInto('webhooks')
      .values({
        id: 'rebind000001',
        url: `http://localhost:${new URL(receiver.url).port}/in`,
        events: 'ping',
        secret: 's',
        created_at: at,
        updated_at: at,
      })
      .execute()
    await t.services.webhooks.ping('rebind000001', systemActor)
    await t.deliveries.runDue()
    expect(receiver.received).toEqual([])
    const [log] = await t.services.webhooks.listDeliveries('rebind000001', { limit: 5 }, systemActor)
    expect(log).toMatchObject({ status: 'failed' })
    expect(log?.attempts[0]?.error).toMatch(/private or local address/)
  })

  it('times out a receiver that never answers', async () => {
    receiver = await startReceiver(() => {}) // never answers
    t = await createTestApp(dialect)
    const post = safePost({
      url: `${receiver.url}/slow`,
      body: '{}',
      headers: {},
      timeoutMs: 300,
      allowPrivate: true,
      maxResponseBytes: 1024,
    })
    await expect(post).rejects.toBeInstanceOf(PostFailed)
    await expect(post).rejects.toMatchObject({ reason: 'timeout' })
  })
})

describe.each(testDialects())('webhooks with two server processes on %s', (dialect) => {
  it('delivers each event exactly once', async () => {
    const database = await createTestDatabase(dialect)
    const receiver = await startReceiver()
    const dirs = [mkdtempSync(join(tmpdir(), 'vistka-hooks-')), mkdtempSync(join(tmpdir(), 'vistka-hooks-'))]
    const env = { WEBHOOKS_ALLOW_PRIVATE: 'true' }
    const servers = await Promise.all(dirs.map((mediaDir) => startServerProcess({ database: database.location, mediaDir, env })))
    try {
      const account = await makeAccount(database, 'admin')
      const [a, b] = await Promise.all(servers.map((s) => s.signIn(account.email, account.password)))
      if (!a || !b) throw new Error('two servers')
      const hook = await a('POST', '/webhooks', { url: `${receiver.url}/in`, events: ['story.published', 'ping'] })
      expect(hook.status).toBe(201)
      const { id } = (await hook.json()) as { id: string }
      const expected = 16
      for (let i = 0; i < expected / 2; i++) {
        const on = i % 2 === 0 ? a : b
        const created = (await (await on('POST', '/stories', { locale: 'uk', headline: `Подвійна ${i}` })).json()) as {
          versions: { id: string }[]
        }
        expect((await on('POST', `/story-versions/${created.versions[0]?.id}/transitions`, { to: 'published' })).status).toBe(200)
        expect((await (i % 2 === 0 ? b : a)('POST', `/webhooks/${id}/ping`)).status).toBe(202)
      }
      const started = Date.now()
      while (receiver.received.length < expected && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 50))
      await new Promise((r) => setTimeout(r, 2500)) // both processes poll every second: any second sending would be here by now
      const ids = receiver.received.map((r) => r.json.id as string)
      expect(ids).toHaveLength(expected)
      expect(new Set(ids).size).toBe(expected)
      expect(receiver.received.filter((r) => r.json.event === 'story.published')).toHaveLength(expected / 2)
    } finally {
      await Promise.all(servers.map((s) => s.stop()))
      await receiver.close()
      await database.close()
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
