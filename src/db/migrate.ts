import { type Kysely, Migrator, SqliteAdapter, sql } from 'kysely'
import { migrationProvider } from './migrations/index.js'
import type { DB } from './schema.js'

export interface MigrationReport {
  applied: string[]
}

/** How long a server starting beside another that is migrating waits for it before giving up. */
const MIGRATION_WAIT_MS = 10 * 60_000

/**
 * Brings the schema to the latest migration; throws if one fails (Kysely itself only reports it).
 * Safe when several servers start at once: one migrates while the others wait, then find nothing
 * to do. On PostgreSQL Kysely holds an advisory lock for that; on SQLite, where Kysely takes no
 * lock, every migration runs in one `BEGIN IMMEDIATE` transaction (which also makes a failed
 * upgrade leave the schema as it was).
 */
export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: migrationProvider })
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return reportOf(await migrator.migrateToLatest())
  await beginWriting(db)
  const outcome = await migrator.migrateToLatest()
  await sql.raw(outcome.error ? 'rollback' : 'commit').execute(db)
  return reportOf(outcome)
}

/** SQLite's write lock, waited for past the busy timeout: another process's migrations may take minutes. */
async function beginWriting(db: Kysely<DB>): Promise<void> {
  const deadline = Date.now() + MIGRATION_WAIT_MS
  for (;;) {
    try {
      await sql`begin immediate`.execute(db)
      return
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err
    }
  }
}

function reportOf({ error, results = [] }: Awaited<ReturnType<Migrator['migrateToLatest']>>): MigrationReport {
  const failed = results.find((r) => r.status === 'Error')
  if (error || failed) {
    const name = failed?.migrationName ?? 'unknown'
    throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
  return { applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) }
}

/** Whether every migration this code knows has been applied (a server started mid-upgrade is not ready). */
export async function migrationsCurrent(db: Kysely<DB>): Promise<boolean> {
  const migrations = await new Migrator({ db, provider: migrationProvider }).getMigrations()
  return migrations.every((m) => m.executedAt !== undefined)
}
