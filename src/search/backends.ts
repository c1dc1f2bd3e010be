import { type Kysely, PostgresAdapter } from 'kysely'
import type { DB } from '../db/schema.js'
import { postgresSearchBackend } from './postgres-backend.js'
import type { SearchBackend } from './search-backend.js'
import { sqliteSearchBackend } from './sqlite-backend.js'

/** The index back end for the database the app runs on. */
export const searchBackendFor = (db: Kysely<DB>): SearchBackend =>
  db.getExecutor().adapter instanceof PostgresAdapter ? postgresSearchBackend : sqliteSearchBackend
