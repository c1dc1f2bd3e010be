import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { systemActor } from '../shared/roles.js'
import { signInAs } from '../testing/admin-client.js'
import { overHttp } from '../testing/http-client.js'
import { startServerProcess } from '../testing/server-process.js'
import { startTcpProxy } from '../testing/tcp-proxy.js'
import { testClock } from '../testing/test-context.js'
import { createTestDatabase, type TestDatabase, testDialects } from '../testing/test-database.js'
import { openDatabase } from './database.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const postgresUrl = (database: TestDatabase) => (database.location.dialect === 'postgres' ? database.location.url : '')

/** What a PostgreSQL restart or fail-over does to every connection of the database. */
async function terminateBackends(database: TestDatabase): Promise<number> {
  const url = new URL(postgresUrl(database))
  const name = url.pathname.slice(1)
  url.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  try {
    const { rowCount } = await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    )
    return rowCount ?? 0
  } finally {
    await admin.end()
  }
}

/** The app in this process, on a test database reached through a proxy the test can take down. */
async function appBehindProxy() {
  const database = await createTestDatabase('postgres')
  const url = new URL(postgresUrl(database))
  const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) })
  url.host = `127.0.0.1:${proxy.port}`
  const mediaDir = mkdtempSync(join(tmpdir(), 'vistka-media-'))
  const proxied = openDatabase({ dialect: 'postgres', url: url.toString() })
  const app = await buildApp(loadConfig({ MEDIA_DIR: mediaDir, LOG_LEVEL: 'silent', PAGE_CACHE_MB: '0' }), {
    database: proxied,
    clock: testClock(),
    logger: false,
  })
  cleanups.push(async () => {
    await proxy.up().catch(() => {})
    await app.close()
    await database.close()
    rmSync(mediaDir, { recursive: true, force: true })
  })
  return { ...app, proxy, database }
}

/** Waits until `check` holds, for at most 5 s. */
async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('did not happen within 5 s')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe.skipIf(!testDialects().includes('postgres'))('when PostgreSQL drops its connections', () => {
  it('answers 503 with Retry-After while the database is away, says not ready, and serves again once it is back', async () => {
    const { app, services, proxy } = await appBehindProxy()
    const editor = await signInAs({ app, services }, 'editor')
    await services.stories.createStory({ locale: 'uk', headline: 'Перед збоєм' }, systemActor)
    expect((await overHttp(app, { url: '/ready' })).statusCode).toBe(200)

    await proxy.down()
    const ready = await overHttp(app, { url: '/ready' })
    expect(ready.statusCode).toBe(503)
    expect(ready.json()).toMatchObject({ ready: false })
    for (const res of [
      await editor.call('GET', '/story-versions'),
      await editor.call('POST', '/stories', { locale: 'uk', headline: 'Під час збою' }),
      await overHttp(app, { url: '/' }),
    ]) {
      expect(res.statusCode).toBe(503)
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
      expect(res.json().error.code).toBe('service_unavailable')
    }
    expect((await overHttp(app, { url: '/health' })).statusCode).toBe(200) // alive, only not ready

    await proxy.up()
    // Ready again once the pool and the change listener (reconnecting with backoff) are back.
    await until(async () => (await overHttp(app, { url: '/ready' })).statusCode === 200)
    expect((await editor.call('POST', '/stories', { locale: 'uk', headline: 'Після збою' })).statusCode).toBe(201)
    const listed = await editor.call('GET', '/story-versions')
    expect(listed.statusCode).toBe(200)
    expect(JSON.stringify(listed.json())).not.toContain('Під час збою') // the refused write left nothing
  })

  it('survives every backend being terminated mid-traffic: each request succeeds or gets 503, never 500', async () => {
    const { app, services, database } = await appBehindProxy()
    const editor = await signInAs({ app, services }, 'editor')
    const statuses: number[] = []
    let stop = false
    const traffic = Array.from({ length: 6 }, async (_, i) => {
      for (let n = 0; !stop; n++) {
        const res =
          n % 2 ? await editor.call('POST', '/stories', { locale: 'uk', headline: `Потік ${i}-${n}` }) : await overHttp(app, { url: '/' })
        statuses.push(res.statusCode)
        if (res.statusCode === 503) expect(res.headers['retry-after']).toBeDefined()
      }
    })
    let terminated = 0
    for (let round = 0; round < 5; round++) {
      await new Promise((resolve) => setTimeout(resolve, 150))
      terminated += await terminateBackends(database)
    }
    await new Promise((resolve) => setTimeout(resolve, 150))
    stop = true
    await Promise.all(traffic)
    expect(terminated).toBeGreaterThan(0)
    expect(statuses.filter((s) => s !== 200 && s !== 201 && s !== 503)).toEqual([])
    expect((await editor.call('POST', '/stories', { locale: 'uk', headline: 'Знову працює' })).statusCode).toBe(201)
  })

  it('keeps a server process alive when its backends are terminated (it used to exit on an unhandled pool error)', async () => {
    const database = await createTestDatabase('postgres')
    const mediaDir = mkdtempSync(join(tmpdir(), 'vistka-media-'))
    const server = await startServerProcess({ database: database.location, mediaDir })
    cleanups.push(async () => {
      await server.stop()
      await database.close()
      rmSync(mediaDir, { recursive: true, force: true })
    })
    for (let i = 0; i < 5; i++) expect((await fetch(`${server.base}/`)).status).toBe(200) // the pool holds idle connections
    for (let round = 0; round < 3; round++) {
      expect(await terminateBackends(database)).toBeGreaterThan(0)
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(server.running()).toBe(true)
      const statuses = await Promise.all(Array.from({ length: 5 }, () => fetch(`${server.base}/ready`).then((r) => r.status)))
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true)
    }
    await until(async () => (await fetch(`${server.base}/ready`)).status === 200)
    expect((await fetch(`${server.base}/`)).status).toBe(200)
  })
})
