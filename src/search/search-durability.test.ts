import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEventBus } from '../events.js'
import { createLocalStorage } from '../media/media.storage.js'
import { createServices } from '../services.js'
import { systemActor } from '../shared/roles.js'
import { TEST_PASSWORD } from '../testing/admin-client.js'
import { paragraphs } from '../testing/factories.js'
import { type ServerProcess, startServerProcess } from '../testing/server-process.js'
import { TEST_SITE } from '../testing/test-context.js'
import { createTestDatabase, type TestDatabase, testDialects } from '../testing/test-database.js'

/** A signed-in editor's calls to a server process's admin API over real HTTP. */
async function signIn(base: string, email: string) {
  const res = await fetch(`${base}/api/admin/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  expect(res.status).toBe(200)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return async (server: ServerProcess, method: 'GET' | 'POST' | 'PUT', url: string, body?: object) => {
    const r = await fetch(`${server.base}/api/admin/v1${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'accept-language': 'en', ...(body && { 'content-type': 'application/json' }) },
      ...(body && { body: JSON.stringify(body) }),
    })
    // biome-ignore lint/suspicious/noExplicitAny: response bodies of several shapes
    return { status: r.status, json: (await r.json()) as any }
  }
}

describe.each(testDialects())('search index after a crash on %s', (dialect) => {
  let database: TestDatabase
  let mediaDir: string
  let server: ServerProcess | undefined
  beforeEach(async () => {
    database = await createTestDatabase(dialect)
    mediaDir = mkdtempSync(join(tmpdir(), 'vistka-media-'))
  })
  afterEach(async () => {
    await server?.stop()
    await database.close()
    rmSync(mediaDir, { recursive: true, force: true })
  })

  it('finds a story saved just before a kill -9 once the server is back, every time', { timeout: 180_000 }, async () => {
    const email = 'editor-durability@example.org'
    const services = createServices({
      db: database.db,
      events: createEventBus(),
      site: TEST_SITE,
      clock: () => new Date(),
      storage: createLocalStorage(mediaDir),
      indexOnEvents: false,
    })
    await services.users.createUser({ email, name: 'Editor', role: 'editor', password: TEST_PASSWORD, locales: [] }, systemActor)
    server = await startServerProcess({ database: database.location, mediaDir })
    const call = await signIn(server.base, email)

    /** SIGKILL right after the acknowledged write, start again, and wait for the word in staff search. */
    async function crashAndFind(word: string): Promise<string[]> {
      server?.kill('SIGKILL')
      await server?.exited()
      server = await startServerProcess({ database: database.location, mediaDir })
      const deadline = Date.now() + 10_000
      for (;;) {
        const found = (await call(server, 'GET', `/search?q=${encodeURIComponent(word)}`)).json.items.map(
          (i: { headline: string }) => i.headline,
        )
        if (found.length > 0 || Date.now() > deadline) return found
        await new Promise((r) => setTimeout(r, 100))
      }
    }

    const words = ['журавлина', 'ожина', 'смородина']
    for (const [i, word] of words.entries()) {
      const created = await call(server, 'POST', '/stories', { locale: 'uk', headline: `Урожай: ${word}`, body: paragraphs('Текст') })
      expect(created.status).toBe(201)
      expect(await crashAndFind(word), `created ${word}`).toEqual([`Урожай: ${word}`])

      const version = created.json.versions[0]
      const edited = `Ціни на ${word}, спроба ${i}`
      const saved = await call(server, 'PUT', `/story-versions/${version.id}`, { expectedRevision: version.revision, headline: edited })
      expect(saved.status).toBe(200)
      expect(await crashAndFind(`ціни ${word}`), `saved ${word}`).toEqual([edited])
      expect(await call(server, 'GET', `/search?q=${encodeURIComponent('урожай')}`)).toMatchObject({ json: { items: [] } })
    }
  })
})
