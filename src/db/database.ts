import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  SqliteDriver,
  sql,
} from 'kysely'
import type pg from 'pg'
import type { DatabaseConfig } from '../config.js'
import { packages } from '../packages-on-use.js'
import { statementNames } from './prepared.js'
import type { DB } from './schema.js'

export type Dialect = DatabaseConfig['dialect']

export interface Database {
  readonly db: Kysely<DB>
  readonly dialect: Dialect
  /** Where it lives: a second connection (the change listener, another process) opens it from this. */
  readonly location: DatabaseConfig
  close(): Promise<void>
}

export interface DatabaseOptions {
  /**
   * Where errors of idle PostgreSQL connections go (a restart or fail-over terminates them).
   * Without a listener, pg's pool re-emits them as an 'error' event that ends the process.
   */
  onConnectionError?: (err: Error) => void
  /** SQLite's page cache for this connection in KiB (SQLite's default is 2 MB). */
  sqliteCacheKb?: number
}

/** Opens the database named by the config: SQLite (the embedded default) or PostgreSQL. */
export function openDatabase(config: DatabaseConfig, options: DatabaseOptions = {}): Database {
  const db =
    config.dialect === 'sqlite'
      ? new Kysely<DB>({ dialect: sqliteDialect(config.file, options.sqliteCacheKb) })
      : new Kysely<DB>({ dialect: postgresDialect(config.url, options.onConnectionError ?? (() => {})) })
  return { db, dialect: config.dialect, location: config, close: () => db.destroy() }
}

/** The cheapest round trip to the database: resolves when it answers. */
export async function pingDatabase(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db)
}

/** How long a writer waits for another process's write lock before giving up (then: 503, try again). */
const SQLITE_BUSY_TIMEOUT_MS = 5000

function sqliteDialect(file: string, cacheKb: number | undefined): SqliteDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL') // readers never wait for the writer
  sqlite.pragma('synchronous = NORMAL') // durable at checkpoints; safe with WAL
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`) // a second process (CLI beside the server) waits instead of failing
  if (cacheKb !== undefined) sqlite.pragma(`cache_size = ${-Math.trunc(cacheKb)}`) // negative: KiB, not pages
  return new WriterTransactionsDialect(sqlite, withStatementCache(sqlite))
}

/**
 * Transactions on SQLite begin as writers (`BEGIN IMMEDIATE`). A deferred transaction that read
 * first and then writes cannot wait for another process's lock: SQLite answers SQLITE_BUSY at once,
 * ignoring the busy timeout, because waiting could deadlock. Taking the write lock at BEGIN lets
 * the timeout apply. Most of our transactions write; the few that only read are short.
 */
class WriterTransactionsDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly database: SqliteDatabase,
  ) {
    super({ database })
  }
  override createDriver(): Driver {
    const sqlite = this.sqlite
    return new (class extends SqliteDriver {
      override async beginTransaction(connection: DatabaseConnection): Promise<void> {
        await connection.executeQuery(CompiledQuery.raw('begin immediate'))
      }
      /**
       * SQLite rolls back by itself on some errors (SQLITE_FULL, SQLITE_IOERR); a second rollback
       * would fail with "cannot rollback - no transaction is active" and hide the real cause.
       */
      override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
        if (sqlite.inTransaction) await super.rollbackTransaction(connection)
      }
    })({ database: this.database })
  }
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
    oid === INT8_OID ? (value: string) => Number(value) : packages.pg().types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

function postgresDialect(url: string, onConnectionError: (err: Error) => void): PostgresDialect {
  const pool = new (packages.pg().Pool)({
    connectionString: url,
    max: 10,
    types: pgTypes,
    // A database that doesn't answer fails the request (503) rather than holding it forever.
    connectionTimeoutMillis: 5000,
  })
  // A terminated backend (restart, fail-over, pg_terminate_backend) surfaces as an 'error' event on
  // the pool for idle clients and on the client itself while Kysely holds it between queries. Either
  // unheard ends the process. The query in flight fails on its own (503); the broken client is not
  // queryable any more, so the pool drops it on release and the next request connects afresh.
  pool.on('error', onConnectionError)
  pool.on('connect', (client) => {
    client.on('error', onConnectionError)
    runPreparedAsNamed(client)
  })
  return new PostgresDialect({ pool })
}

/**
 * Kysely runs every query as `client.query(sql, parameters)`: an unnamed statement, parsed and
 * planned each time. The SQL of preparedQuery (prepared.ts) goes as a named statement instead,
 * which the connection prepares on first use and then only binds and executes.
 */
function runPreparedAsNamed(client: pg.PoolClient): void {
  const query = client.query.bind(client)
  // pg's query() has a dozen overloads; this wrapper changes only the (text, values) call Kysely makes.
  const named = (config: unknown, values?: unknown, callback?: unknown) => {
    const name = typeof config === 'string' && Array.isArray(values) && callback === undefined ? statementNames.get(config) : undefined
    if (name !== undefined) return query({ name, text: config as string, values: values as unknown[] })
    return (query as (...args: unknown[]) => unknown)(config, values, callback)
  }
  client.query = named as typeof client.query
}
