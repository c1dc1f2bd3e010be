import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { toTimestamp } from '../db/time.js'
import { systemActor } from '../shared/roles.js'
import { buildSiteWorld } from '../site/site.fixtures.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { searchBackendFor } from './backends.js'
import { createSearchService, type SearchRequest } from './search.service.js'
import { SearchBusy, threadSearchGate } from './search-gate.js'
import { SEARCH_THREAD_NICE } from './search-worker.js'

const SITE_SEARCH = (q: string): SearchRequest => ({ q, locales: ['uk'], filters: { visibleAt: '2030-01-01T00:00:00.000Z' }, limit: 10 })

describe('search threads on sqlite', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  afterEach(() => t?.close())

  it('answers on a search thread exactly as the server’s own thread would, and refuses beyond the queue at once', async () => {
    t = await createTestApp('sqlite')
    const world = await buildSiteWorld(t.services)
    await world.story({ uk: 'Нічні автобуси повертаються' })
    await world.story({ uk: 'Автобуси їздитимуть уночі' })
    await t.cacheSettled()
    if (t.location.dialect !== 'sqlite') throw new Error('a SQLite test database')
    const here = createSearchService({ db: t.database.db, backend: searchBackendFor(t.database.db), clock: t.clock })
    const gate = threadSearchGate({ file: t.location.file, threads: 1, queue: 1, onError: (err) => expect.fail(String(err)) })
    try {
      const now = toTimestamp(t.clock())
      const notHere = async () => expect.fail('a thread gate must not search on this thread')
      const expected = await here.search(SITE_SEARCH('автобусами'))
      expect(expected.kind === 'results' && expected.results.length).toBe(2)
      expect(await gate.run(SITE_SEARCH('автобусами'), now, notHere)).toEqual(expected)

      // One searching, one waiting; the third is refused without waiting.
      const runs = [1, 2, 3].map(() => gate.run(SITE_SEARCH('автобуси'), now, notHere))
      const settled = await Promise.allSettled(runs)
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected'])
      expect((settled[2] as PromiseRejectedResult).reason).toBeInstanceOf(SearchBusy)
    } finally {
      await gate.close()
    }
  })

  it.runIf(process.platform === 'linux')('runs searches on threads that yield to the server’s own thread', async () => {
    t = await createTestApp('sqlite')
    if (t.location.dialect !== 'sqlite') throw new Error('a SQLite test database')
    const niceOf = () =>
      new Map(
        readdirSync('/proc/self/task').map((tid) => {
          const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
          // Field 19 of stat, the 17th after the command's closing parenthesis.
          return [tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])] as const
        }),
      )
    const before = niceOf()
    const gate = threadSearchGate({ file: t.location.file, threads: 2, queue: 4, onError: (err) => expect.fail(String(err)) })
    try {
      const runs = [1, 2].map(() => gate.run(SITE_SEARCH('автобуси'), toTimestamp(t.clock()), async () => expect.fail('not here')))
      await Promise.all(runs)
      const after = niceOf()
      const started = [...after].filter(([tid]) => !before.has(tid))
      expect(started.filter(([, nice]) => nice === SEARCH_THREAD_NICE).length).toBe(2)
      // The threads that were there before (the server's among them) are as they were.
      for (const [tid, nice] of before) if (after.has(tid)) expect(after.get(tid)).toBe(nice)
    } finally {
      await gate.close()
    }
  })

  it('answers a search whose thread can’t open the database with an error, not a hang', async () => {
    t = await createTestApp('sqlite')
    const errors: unknown[] = []
    const gate = threadSearchGate({ file: '/etc/hostname/vistka.db', threads: 1, queue: 4, onError: (err) => errors.push(err) })
    try {
      await expect(gate.run(SITE_SEARCH('автобуси'), toTimestamp(t.clock()), async () => expect.fail('not here'))).rejects.toThrow()
      expect(errors.length).toBeGreaterThan(0)
    } finally {
      await gate.close()
    }
  })
})

describe.each(testDialects())('a full search queue on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  afterEach(() => t?.close())

  it('answers 503 with Retry-After, a page for readers and JSON for the newsroom, and serves the rest', async () => {
    t = await createTestApp(dialect, { SEARCH_QUEUE: '0' })
    const world = await buildSiteWorld(t.services)
    await world.story({ uk: 'Нічні автобуси повертаються' })
    await t.cacheSettled()
    const pages = await Promise.all(Array.from({ length: 30 }, () => t.app.inject({ url: '/search?q=автобуси' })))
    const statuses = new Set(pages.map((p) => p.statusCode))
    expect([...statuses].sort()).toEqual([200, 503])
    const busy = pages.find((p) => p.statusCode === 503)
    expect(busy?.headers['retry-after']).toBe('2')
    expect(busy?.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(busy?.headers['cache-control']).toBe('no-store')
    expect(busy?.body).toContain('Пошук зараз перевантажений')
    expect(pages.find((p) => p.statusCode === 200)?.body).toContain('повертаються</a>')

    const token = (await t.services.tokens.createToken({ name: 'app', role: 'editor' }, systemActor)).token
    const api = await Promise.all(
      Array.from({ length: 30 }, () =>
        t.app.inject({ url: '/api/admin/v1/search?q=автобуси', headers: { authorization: `Bearer ${token}` } }),
      ),
    )
    expect([...new Set(api.map((r) => r.statusCode))].sort()).toEqual([200, 503])
    const refused = api.find((r) => r.statusCode === 503)
    expect(refused?.headers['retry-after']).toBe('2')
    expect(refused?.json()).toMatchObject({ error: { code: 'search_busy' } })
    // Nothing stays queued: the next search is served.
    expect((await t.app.inject({ url: '/search?q=автобуси' })).statusCode).toBe(200)
  })
})
