import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import type { DatabaseConfig } from '../config.js'
import type { DB } from './schema.js'

export type Dialect = DatabaseConfig['dialect']

export interface Database {
  readonly db: Kysely<DB>
  readonly dialect: Dialect
  close(): Promise<void>
}

/** Opens the database named by the config: SQLite (the embedded default) or PostgreSQL. */
export function openDatabase(config: DatabaseConfig): Database {
  const db =
    config.dialect === 'sqlite'
      ? new Kysely<DB>({ dialect: sqliteDialect(config.file) })
      : new Kysely<DB>({ dialect: postgresDialect(config.url) })
  return { db, dialect: config.dialect, close: () => db.destroy() }
}

function sqliteDialect(file: string): SqliteDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL') // readers never wait for the writer
  sqlite.pragma('synchronous = NORMAL') // durable at checkpoints; safe with WAL
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000') // a second process (CLI beside the server) waits instead of failing
  return new SqliteDialect({ database: sqlite })
}

// COUNT(*) and other int8 values arrive from pg as strings; every count we keep fits a JS number.
const INT8_OID = 20
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

function postgresDialect(url: string): PostgresDialect {
  return new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10, types: pgTypes }) })
}
