import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely'
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
  return new SqliteDialect({ database: withStatementCache(sqlite) })
}

/** How many prepared statements to keep: more than the distinct queries the app makes. */
const STATEMENT_CACHE_SIZE = 1000

/**
 * Kysely prepares every statement anew; better-sqlite3's prepare costs as much as running a
 * small query, so the prepared statement of each SQL text is kept and reused. Safe because
 * Kysely runs one query at a time on SQLite's single connection. The oldest entry goes when full.
 */
export function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(query: string) {
      let statement = cache.get(query)
      if (!statement) {
        statement = sqlite.prepare(query)
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string)
        cache.set(query, statement)
      }
      return statement
    },
  }
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
