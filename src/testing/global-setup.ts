import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { ensureNewsroomBuilt } from '../newsroom/newsroom-build.js'
import { adminUrl, databaseUrl, testRunId } from './postgres-admin.js'

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplate: string
    postgresTemplate: string | null
    runId: string
  }
}

/**
 * Migrates one template database per dialect before any test runs; each test then gets a fresh
 * copy (a file copy on SQLite, CREATE DATABASE … TEMPLATE on Postgres) and never shares state.
 */
export default async function setup(project: TestProject) {
  const runId = testRunId()
  await ensureNewsroomBuilt() // once per run, and only when its sources changed: the browser tests use the real build
  const dir = mkdtempSync(join(tmpdir(), 'vistka-test-'))
  const sqliteTemplate = join(dir, 'template.db')
  const sqlite = openDatabase({ dialect: 'sqlite', file: sqliteTemplate })
  await migrateToLatest(sqlite.db)
  await sqlite.close()
  copyFileSync(sqliteTemplate, `${sqliteTemplate}.check`) // fails early if the file isn't closed cleanly
  project.provide('sqliteTemplate', sqliteTemplate)
  project.provide('runId', runId)

  const pgBase = process.env.TEST_DATABASE_URL
  if (!pgBase && process.env.CI === 'true') {
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the PostgreSQL suite must run in CI (e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test).',
    )
  }
  let postgresTemplate: string | null = null
  if (pgBase) {
    postgresTemplate = `vistka_${runId}_template`
    const admin = new pg.Client({ connectionString: adminUrl(pgBase) })
    await admin.connect().catch((err: Error) => {
      throw new Error(`Cannot reach PostgreSQL at TEST_DATABASE_URL (${pgBase}): ${err.message}`)
    })
    await admin.query(`CREATE DATABASE ${postgresTemplate}`)
    await admin.end()
    const database = openDatabase({ dialect: 'postgres', url: databaseUrl(pgBase, postgresTemplate) })
    await migrateToLatest(database.db)
    await database.close()
  } else {
    console.warn('\n[vistka] TEST_DATABASE_URL is not set: running the SQLite suite only.\n')
  }
  project.provide('postgresTemplate', postgresTemplate)

  return async () => {
    rmSync(dir, { recursive: true, force: true })
    if (pgBase) {
      const admin = new pg.Client({ connectionString: adminUrl(pgBase) })
      await admin.connect()
      const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
        `vistka_${runId}_%`,
      ])
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
      await admin.end()
    }
  }
}
