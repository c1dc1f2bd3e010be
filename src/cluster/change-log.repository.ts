import { type Generated, type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema.js'

/** PostgreSQL: the channel every Vistka process on the database listens on. */
export const PG_CHANNEL = 'vistka_changes'

export async function notifyChange(db: Kysely<DB>, message: string): Promise<void> {
  await sql`select pg_notify(${PG_CHANNEL}, ${message})`.execute(db)
}

/** SQLite: migration 0015's table, a short log of changes the processes on one file read. */
type LogTables = { change_log: { seq: Generated<number>; origin: string; message: string; at: string } }
const log = (db: Kysely<DB>) => db.withTables<LogTables>()

export async function appendChange(db: Kysely<DB>, message: string, at: string): Promise<void> {
  await log(db).insertInto('change_log').values({ origin: '', message, at }).execute()
}

export async function lastChangeSeq(db: Kysely<DB>): Promise<number> {
  const row = await log(db)
    .selectFrom('change_log')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst()
  return Number(row?.seq ?? 0)
}

export async function changesAfter(db: Kysely<DB>, seq: number): Promise<{ seq: number; message: string }[]> {
  return log(db).selectFrom('change_log').select(['seq', 'message']).where('seq', '>', seq).orderBy('seq').execute()
}

export async function pruneChanges(db: Kysely<DB>, before: string): Promise<void> {
  await log(db).deleteFrom('change_log').where('at', '<', before).execute()
}

/** SQLite's counter of commits made by other connections to the file since this one last looked. */
export async function dataVersion(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(db)
  return Number(rows[0]?.data_version ?? 0)
}
