import type { Kysely } from 'kysely'
import { Migrator } from 'kysely'
import { migrationProvider } from './migrations/index.js'
import type { DB } from './schema.js'

export interface MigrationReport {
  applied: string[]
}

/** Brings the schema to the latest migration; throws if one fails (Kysely itself only reports it). */
export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: migrationProvider })
  const { error, results = [] } = await migrator.migrateToLatest()
  const failed = results.find((r) => r.status === 'Error')
  if (error || failed) {
    const name = failed?.migrationName ?? 'unknown'
    throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
  return { applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) }
}
