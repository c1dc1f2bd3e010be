import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startS3Server, type TestS3Server } from '../testing/s3-server.js'
import { type Caller, makeAccount, type ServerProcess, startServerProcess } from '../testing/server-process.js'
import { createTestDatabase, type TestDatabase, testDialects } from '../testing/test-database.js'

/** Polls `check` until it holds, failing after `ms`; returns how long it took. */
async function within(ms: number, what: string, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`)
    await new Promise((r) => setTimeout(r, 10))
  }
  return Date.now() - started
}

const text = async (base: string, path: string) => {
  const res = await fetch(base + path)
  return { status: res.status, body: await res.text(), cache: res.headers.get('x-cache') }
}

/**
 * Three Vistka processes on one PostgreSQL database and one S3 bucket, on different ports, each
 * with its own media folder (which must stay unused) and page cache: what several servers behind
 * a load balancer are. Everything is checked through their public HTTP alone.
 */
describe.runIf(testDialects().includes('postgres'))('a cluster of three servers on one PostgreSQL database and one bucket', () => {
  let database: TestDatabase
  let s3: TestS3Server
  const dirs: string[] = []
  let servers: ServerProcess[] = []
  let admin: { email: string; password: string }
  let editor: { email: string; password: string }
  const env = (): Record<string, string> => ({ ...s3.env, LOG_LEVEL: 'warn' })

  const start = async (port?: number) => {
    const mediaDir = mkdtempSync(join(tmpdir(), 'vistka-cluster-'))
    dirs.push(mediaDir)
    return startServerProcess({ database: database.location, mediaDir, env: env(), ...(port && { port }) })
  }

  beforeAll(async () => {
    database = await createTestDatabase('postgres')
    s3 = await startS3Server()
    admin = await makeAccount(database, 'admin')
    editor = await makeAccount(database, 'editor')
    servers = await Promise.all([start(), start(), start()])
  }, 120_000)

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    await s3?.close()
    await database?.close()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  const server = (i: number) => servers[i] as ServerProcess
  const publishOn = async (as: Caller, headline: string, move: object = { to: 'published' }) => {
    const created = await as('POST', '/stories', { locale: 'uk', headline })
    expect(created.status).toBe(201)
    const { story, versions } = await created.json()
    const moved = await as('POST', `/story-versions/${versions[0].id}/transitions`, move)
    expect(moved.status, JSON.stringify(await moved.json())).toBe(200)
    return { storyId: story.id as string, versionId: versions[0].id as string, path: `/news/${versions[0].slug}-${story.id}` }
  }

  it('serves an image uploaded on one server from the others, out of the bucket', async () => {
    const onA = await server(0).signIn(editor.email, editor.password)
    const form = new FormData()
    const photo = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2a9d8f' } })
      .jpeg()
      .toBuffer()
    form.set('file', new Blob([photo], { type: 'image/jpeg' }), 'photo.jpg')
    const uploaded = await onA('POST', '/media', undefined, form)
    expect(uploaded.status).toBe(201)
    const { variants } = (await uploaded.json()) as { variants: { key: string }[] }
    const variant = variants[0]?.key as string
    for (const s of [server(1), server(2)]) {
      const res = await fetch(`${s.base}/media/${variant}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0)
    }
  })

  it('shows a story published on A on B’s and C’s cached pages within 1 s, and takes it off within 1 s when withdrawn', async () => {
    const onA = await server(0).signIn(editor.email, editor.password)
    const others = [server(1), server(2)]
    const watched = ['/', '/feed/rss.xml', '/sitemaps/news.xml']
    // Cached on B and C before the change.
    for (const s of others) for (const path of watched) await text(s.base, path)
    for (const s of others) expect((await text(s.base, '/')).cache).toBe('HIT')

    const headline = `Кластер: новина ${Date.now()}`
    const story = await publishOn(onA, headline)
    const waits: number[] = []
    for (const s of others) {
      waits.push(await within(1000, 'home page', async () => (await text(s.base, '/')).body.includes(headline)))
      waits.push(await within(1000, 'feed', async () => (await text(s.base, '/feed/rss.xml')).body.includes(headline)))
      waits.push(await within(1000, 'news sitemap', async () => (await text(s.base, '/sitemaps/news.xml')).body.includes(story.path)))
      waits.push(await within(1000, 'story page', async () => (await text(s.base, story.path)).status === 200))
    }
    // The story page is now cached on B and C as well.
    for (const s of others) expect((await text(s.base, story.path)).cache).toBe('HIT')

    const withdrawn = await onA('POST', `/story-versions/${story.versionId}/transitions`, { to: 'unpublished' })
    expect(withdrawn.status).toBe(200)
    for (const s of others) {
      waits.push(await within(1000, 'withdrawn page', async () => (await text(s.base, story.path)).status === 410))
      waits.push(await within(1000, 'home page without it', async () => !(await text(s.base, '/')).body.includes(headline)))
      waits.push(await within(1000, 'feed without it', async () => !(await text(s.base, '/feed/rss.xml')).body.includes(headline)))
    }
    expect(Math.max(...waits)).toBeLessThan(1000)
  })

  it('publishes a scheduled story once, whichever server claims it, and all three show it', async () => {
    const onB = await server(1).signIn(editor.email, editor.password)
    const at = new Date(Date.now() + 2500).toISOString()
    const headline = `Кластер: за розкладом ${Date.now()}`
    const story = await publishOn(onB, headline, { to: 'scheduled', at })
    for (const s of servers) {
      await within(8000, 'scheduled story live', async () => (await text(s.base, story.path)).status === 200)
    }
    const published = await database.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'story_version.published')
      .where('entity_id', '=', story.versionId)
      .execute()
    expect(published).toHaveLength(1)
    const jobs = await database.db.selectFrom('jobs').select(['status', 'attempts']).execute()
    expect(jobs.filter((j) => j.status !== 'done')).toEqual([])
  })

  it('refuses a disabled user’s session on all three servers at once', async () => {
    const author = await makeAccount(database, 'author')
    const asAuthor = await Promise.all(servers.map((s) => s.signIn(author.email, author.password)))
    for (const as of asAuthor) expect((await as('GET', '/session')).status).toBe(200)
    const { id } = await database.db.selectFrom('users').select('id').where('email', '=', author.email).executeTakeFirstOrThrow()
    const onC = await server(2).signIn(admin.email, admin.password)
    expect((await onC('POST', `/users/${id}/disable`)).status).toBe(200)
    const after = await Promise.all(asAuthor.map((as) => as('GET', '/session')))
    expect(after.map((r) => r.status)).toEqual([401, 401, 401])
  })

  it('counts sign-in attempts spread over the three servers against one limit', async () => {
    const target = await makeAccount(database, 'editor')
    const attempt = (s: ServerProcess, password: string) =>
      fetch(`${s.base}/api/admin/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: target.email, password }),
      })
    // Five wrong guesses (the account's limit per 15 minutes), round-robin over A, B and C.
    const statuses = []
    for (let i = 0; i < 5; i++) statuses.push((await attempt(server(i % 3), 'a wrong password guess')).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401])
    for (const s of servers) {
      const refused = await attempt(s, target.password)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    }
  })

  it('keeps A and C serving without an error while B is killed mid-load, loses no acknowledged write, and B rejoins with an empty cache', async () => {
    const [a, b, c] = [server(0), server(1), server(2)]
    const onB = await b.signIn(editor.email, editor.password)
    const onA = await a.signIn(editor.email, editor.password)
    const story = await publishOn(onA, `Кластер: під навантаженням ${Date.now()}`)
    const paths = ['/', story.path, '/feed/rss.xml', '/en/']
    let loading = true
    const failures: string[] = []
    let served = 0
    const reader = async (s: ServerProcess) => {
      for (let i = 0; loading; i++) {
        const path = paths[i % paths.length] as string
        try {
          const res = await fetch(s.base + path)
          await res.arrayBuffer()
          if (res.status === 200) served++
          else failures.push(`${s.base}${path}: ${res.status}`)
        } catch (err) {
          failures.push(`${s.base}${path}: ${(err as Error).message}`)
        }
      }
    }
    // Writes on B until it dies: every one it acknowledged must survive it.
    const acknowledged: string[] = []
    const writer = async () => {
      for (let i = 0; ; i++) {
        const res = await onB('POST', '/stories', { locale: 'uk', headline: `Записано на B ${i}` }).catch(() => null)
        if (res?.status !== 201) return
        acknowledged.push((await res.json()).story.id)
      }
    }
    const readers = [a, c, a, c].map(reader)
    const writing = writer()
    await new Promise((r) => setTimeout(r, 500))
    b.kill('SIGKILL')
    await b.exited()
    await writing
    await new Promise((r) => setTimeout(r, 1000)) // A and C keep serving with B gone
    loading = false
    await Promise.all(readers)
    expect(failures).toEqual([])
    expect(served).toBeGreaterThan(20)
    expect(acknowledged.length).toBeGreaterThan(0)
    for (const id of acknowledged) expect((await onA('GET', `/stories/${id}`)).status).toBe(200)

    // B comes back on its port: nothing cached, and what changed while it was away is there.
    const headline = `Кластер: поки B не було ${Date.now()}`
    await publishOn(onA, headline)
    const port = Number(new URL(b.base).port)
    const rejoined = await start(port)
    servers[1] = rejoined
    expect((await fetch(`${rejoined.base}/ready`)).status).toBe(200)
    const first = await text(rejoined.base, '/')
    expect(first.cache).toBe('MISS')
    expect(first.body).toContain(headline)
    expect((await text(rejoined.base, '/')).cache).toBe('HIT')
  })
})
