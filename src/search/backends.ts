import type { Kysely } from 'kysely'
import { isPostgres } from '../db/dialect.js'
import type { DB } from '../db/schema.js'
import { postgresSearchBackend } from './postgres-backend.js'
import type { SearchBackend } from './search-backend.js'
import { sqliteSearchBackend } from './sqlite-backend.js'

/** The index back end for the database the app runs on. */
export const searchBackendFor = (db: Kysely<DB>): SearchBackend => (isPostgres(db) ? postgresSearchBackend : sqliteSearchBackend)
