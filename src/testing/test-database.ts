import { copyFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'
import type { DatabaseConfig } from '../config.js'
import { type Database, type Dialect, openDatabase } from '../db/database.js'
import { adminUrl, databaseUrl } from './postgres-admin.js'

/**
 * The dialects this run tests: both when TEST_DATABASE_URL names a Postgres server, else SQLite.
 * VISTKA_TEST_DIALECTS=sqlite narrows a local run.
 */
export function testDialects(): Dialect[] {
  const all: Dialect[] = inject('postgresTemplate') ? ['sqlite', 'postgres'] : ['sqlite']
  const only = process.env.VISTKA_TEST_DIALECTS?.split(',').map((s) => s.trim())
  return only ? all.filter((d) => only.includes(d)) : all
}

let counter = 0

export type TestDatabase = Database & {
  /** Where it lives, to open a second connection (a second server process) to the same database. */
  location: DatabaseConfig
}

/**
 * A fresh, migrated database of the given dialect that only this test uses; close() drops it.
 * `empty`: not even migrated, as on a first start.
 */
export async function createTestDatabase(dialect: Dialect, options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `vistka_${inject('runId')}_${process.pid}_${++counter}`
  if (dialect === 'sqlite') {
    const template = inject('sqliteTemplate')
    const file = join(dirname(template), `${name}.db`)
    if (!options.empty) copyFileSync(template, file)
    return { ...openDatabase({ dialect: 'sqlite', file }), location: { dialect: 'sqlite', file } }
  }
  const base = process.env.TEST_DATABASE_URL as string
  const admin = new pg.Client({ connectionString: adminUrl(base) })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${options.empty ? 'template0' : inject('postgresTemplate')}`)
  } finally {
    await admin.end()
  }
  const location = { dialect: 'postgres', url: databaseUrl(base, name) } as const
  const database = openDatabase(location)
  return {
    ...database,
    location,
    async close() {
      await database.close()
      // Without FORCE: a pool connection still saying goodbye would be killed mid-way and surface
      // as an uncaught error. If it is still busy after a few tries, global teardown drops it.
      const dropper = new pg.Client({ connectionString: adminUrl(base) })
      await dropper.connect()
      try {
        for (let attempt = 0; attempt < 10; attempt++) {
          const dropped = await dropper.query(`DROP DATABASE IF EXISTS ${name}`).then(
            () => true,
            () => false,
          )
          if (dropped) break
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
      } finally {
        await dropper.end()
      }
    },
  }
}
