import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openDatabase } from '../db/database.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { type TestDatabase, testDialects } from '../testing/test-database.js'
import { againIfCancelled, withBuildLock } from './postgres-builds-backend.js'

describe('againIfCancelled', () => {
  it('runs a statement once when nothing cancelled it, and never again after any other failure', async () => {
    let runs = 0
    expect(await againIfCancelled(async () => ++runs)).toBe(1)
    const broken = Object.assign(new Error('relation does not exist'), { code: '42P01' })
    await expect(
      againIfCancelled(async () => {
        runs++
        throw broken
      }),
    ).rejects.toBe(broken)
    expect(runs).toBe(2)
  })
})

describe.each(testDialects().filter((d) => d === 'postgres'))('index builds on %s', (dialect) => {
  let t: TestContext
  beforeEach(async () => {
    t = await createTestContext(dialect)
  })
  afterEach(() => t.close())

  it('runs a statement again when a cancel request cut it short, once', async () => {
    const other = openDatabase((t.database as TestDatabase).location)
    try {
      const attempts: number[] = []
      const result = await t.database.db.connection().execute(async (conn) => {
        const pid = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(conn)).rows[0]?.pid
        const running = againIfCancelled(async () => {
          attempts.push(attempts.length + 1)
          // The first attempt waits to be cancelled, as an unlock does that a stop's late cancel reaches.
          const rows = await sql<{ n: number }>`SELECT ${attempts.length}::int AS n, pg_sleep(${attempts.length === 1 ? 30 : 0})`.execute(
            conn,
          )
          return rows.rows[0]?.n
        })
        await vi.waitFor(async () => {
          const sleeping = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity
            WHERE pid = ${pid} AND wait_event = 'PgSleep'`.execute(other.db)
          expect(Number(sleeping.rows[0]?.n)).toBe(1)
        }, 10_000)
        await sql`SELECT pg_cancel_backend(${pid})`.execute(other.db)
        return running
      })
      expect(attempts).toEqual([1, 2])
      expect(result).toBe(2)
      // Any other failure is not run again.
      let tries = 0
      await expect(
        againIfCancelled(() => {
          tries++
          return sql`SELECT 1 / 0`.execute(t.database.db)
        }),
      ).rejects.toThrow(/division by zero/)
      expect(tries).toBe(1)
    } finally {
      await other.close()
    }
  })

  it('lets one process at a time build, and releases the lock after a failed build', async () => {
    const other = openDatabase((t.database as TestDatabase).location)
    try {
      const key = 0x74657374
      let release = () => {}
      const held = new Promise<void>((resolve) => {
        release = resolve
      })
      let entered = () => {}
      const inside = new Promise<void>((resolve) => {
        entered = resolve
      })
      const first = withBuildLock(t.database.db, key, async () => {
        entered()
        await held
        return 'built'
      })
      await inside
      expect(await withBuildLock(other.db, key, async () => 'built')).toBe('busy')
      release()
      expect(await first).toBe('built')
      await expect(withBuildLock(other.db, key, () => sql`SELECT 1 / 0`.execute(other.db))).rejects.toThrow(/division by zero/)
      expect(await withBuildLock(t.database.db, key, async () => 'built')).toBe('built')
    } finally {
      await other.close()
    }
  })
})
