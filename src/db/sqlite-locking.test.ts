import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { makeStory } from '../testing/factories.js'
import { type Caller, makeAccount, type ServerProcess, startServerProcess } from '../testing/server-process.js'
import { createTestContext } from '../testing/test-context.js'
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function twoServersOnOneFile(): Promise<{ database: TestDatabase; servers: ServerProcess[]; file: string }> {
  const database = await createTestDatabase('sqlite')
  const mediaDir = mkdtempSync(join(tmpdir(), 'vistka-media-'))
  cleanups.push(async () => {
    await database.close()
    rmSync(mediaDir, { recursive: true, force: true })
  })
  const servers = await Promise.all([0, 1].map(() => startServerProcess({ database: database.location, mediaDir })))
  cleanups.push(() => Promise.all(servers.map((s) => s.stop())).then(() => {}))
  return { database, servers, file: database.location.dialect === 'sqlite' ? database.location.file : '' }
}

/** Creates a story, then saves it `saves` times; returns every status the server answered. */
async function writeStories(call: Caller, label: string, saves: number): Promise<number[]> {
  const statuses: number[] = []
  const created = await call('POST', '/stories', { locale: 'uk', headline: `Історія ${label}` })
  statuses.push(created.status)
  if (created.status !== 201) return statuses
  const version = (await created.json()).versions[0]
  let revision = version.revision
  for (let i = 0; i < saves; i++) {
    const res = await call('PUT', `/story-versions/${version.id}`, { expectedRevision: revision, lead: `Оновлення ${label} ${i}` })
    statuses.push(res.status)
    if (res.status === 200) revision = (await res.json()).revision
  }
  return statuses
}

describe('two server processes on one SQLite file', () => {
  it('both take writes at once without a single 500 or "database is locked"', async () => {
    const { database, servers } = await twoServersOnOneFile()
    const callers = await Promise.all(
      servers.flatMap((server) =>
        [0, 1, 2].map(async () => {
          const account = await makeAccount(database, 'editor')
          return server.signIn(account.email, account.password)
        }),
      ),
    )
    const statuses = (await Promise.all(callers.map((call, i) => writeStories(call, String(i), 15)))).flat()
    expect(statuses).toHaveLength(callers.length * 16)
    expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([])
    for (const server of servers) {
      expect(server.output()).not.toContain('database is locked')
      expect(server.running()).toBe(true)
    }
  })

  it('answers 503 with Retry-After when another process holds the write lock past the busy timeout, and keeps serving reads', async () => {
    const { database, servers, file } = await twoServersOnOneFile()
    const [server] = servers as [ServerProcess]
    const account = await makeAccount(database, 'editor')
    const call = await server.signIn(account.email, account.password)
    const holder = new SQLite(file)
    cleanups.push(() => {
      if (holder.inTransaction) holder.exec('rollback')
      holder.close()
    })
    holder.exec('begin immediate') // a writer (e.g. a long import) that keeps the lock for more than five seconds
    const blocked = call('POST', '/stories', { locale: 'uk', headline: 'Не встигла' })
    const res = await blocked
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    expect((await res.json()).error.code).toBe('service_unavailable')
    expect((await fetch(`${servers[1]?.base}/`)).status).toBe(200) // readers are not held up by the writer (WAL)
    holder.exec('rollback')
    const retried = await call('POST', '/stories', { locale: 'uk', headline: 'Встигла' })
    expect(retried.status).toBe(201)
  }, 30_000)

  it('keeps taking writes without a 500 while `vistka reindex` rebuilds the search index beside the server', async () => {
    const context = await createTestContext('sqlite')
    const mediaDir = mkdtempSync(join(tmpdir(), 'vistka-media-'))
    cleanups.push(async () => {
      await context.close()
      rmSync(mediaDir, { recursive: true, force: true })
    })
    for (let i = 0; i < 300; i++) await makeStory(context.services)
    const location = (context.database as TestDatabase).location
    const server = await startServerProcess({ database: location, mediaDir })
    cleanups.push(() => server.stop())
    const account = await makeAccount(context.database, 'editor')
    const call = await server.signIn(account.email, account.password)

    const reindex = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'vistka.js'), 'reindex', '--batch-size', '20'], {
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: `sqlite:${location.dialect === 'sqlite' ? location.file : ''}`,
        MEDIA_DIR: mediaDir,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let reindexErrors = ''
    reindex.stderr.on('data', (d) => {
      reindexErrors += d
    })
    const reindexed = new Promise<number | null>((resolve) => reindex.once('exit', resolve))
    let running = true
    void reindexed.then(() => {
      running = false
    })
    const statuses: number[] = []
    await Promise.all(
      [0, 1, 2].map(async (client) => {
        for (let n = 0; running || n < 5; n++) statuses.push(...(await writeStories(call, `${client}-${n}`, 2)))
      }),
    )
    expect(await reindexed, reindexErrors).toBe(0)
    expect(statuses.length).toBeGreaterThan(15)
    expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([])
  }, 60_000)
})
