import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServerProcess } from '../testing/server-process.js'
import { createTestApp } from '../testing/test-context.js'
import { createTestDatabase, testDialects } from '../testing/test-database.js'
import { migrationProvider } from './migrations/index.js'

/** Kysely's own bookkeeping table, which our schema type leaves out. */
type Migrations = { kysely_migration: { name: string; timestamp: string } }

describe.each(testDialects())('several servers starting at once on %s', (dialect) => {
  const cleanups: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  it('migrates a fresh database once: one server runs the migrations, the others wait and then serve', async () => {
    const database = await createTestDatabase(dialect, { empty: true })
    cleanups.push(() => database.close())
    const mediaDir = mkdtempSync(join(tmpdir(), 'vistka-start-'))
    cleanups.push(() => rmSync(mediaDir, { recursive: true, force: true }))

    const started = await Promise.allSettled(
      [1, 2, 3].map(() => startServerProcess({ database: database.location, mediaDir, env: { LOG_LEVEL: 'info' } })),
    )
    // Stop the ones that started even when another failed: no server may outlive the test.
    for (const s of started) if (s.status === 'fulfilled') cleanups.push(() => s.value.stop())
    const servers = started.map((s) => {
      if (s.status === 'rejected') throw s.reason
      return s.value
    })

    for (const server of servers) expect((await fetch(`${server.base}/ready`)).status).toBe(200)
    const known = Object.keys(await migrationProvider.getMigrations()).sort()
    const applied = await database.db.withTables<Migrations>().selectFrom('kysely_migration').select('name').orderBy('name').execute()
    expect(applied.map((m) => m.name)).toEqual(known)
    const migrators = servers.filter((s) => s.output().includes('"applied migrations"'))
    expect(migrators).toHaveLength(1)
    expect(servers.every((s) => !/error|fail/i.test(s.output().replace(/"level":\d+/g, '')))).toBe(true)
  })

  it('is not ready while a migration this code knows has not been applied', async () => {
    const t = await createTestApp(dialect)
    cleanups.push(() => t.close())
    const db = t.database.db.withTables<Migrations>()
    const last = await db.selectFrom('kysely_migration').select('name').orderBy('name', 'desc').executeTakeFirstOrThrow()
    const row = await db.selectFrom('kysely_migration').selectAll().where('name', '=', last.name).executeTakeFirstOrThrow()
    await db.deleteFrom('kysely_migration').where('name', '=', last.name).execute()
    const pending = await t.app.inject({ url: '/ready' })
    expect(pending.statusCode).toBe(503)
    expect(pending.json()).toMatchObject({ ready: false, problem: 'migrations_pending' })
    expect(pending.headers['retry-after']).toBeDefined()

    await db.insertInto('kysely_migration').values(row).execute()
    expect((await t.app.inject({ url: '/ready' })).statusCode).toBe(200)
  })
})
