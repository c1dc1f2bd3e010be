import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema.js'

/**
 * The search table's indexes as PostgreSQL's catalogue lists them. The month windows
 * (postgres-windows-backend.ts) and the pairs index (postgres-phrase-backend.ts) are built by a
 * serving process in the background and used only once the catalogue says they are valid; a
 * search asks what is there through `knownSearchIndexes`, one catalogue read a minute for both.
 */
export interface SearchIndex {
  name: string
  /** False while CREATE INDEX CONCURRENTLY runs, or when one was cut short: not to be used. */
  valid: boolean
}

/** How long a process trusts what it last read of the catalogue (an index appears or goes once a month, or once). */
const TRUST_MS = 60_000

/** The indexes of search_documents, read now (on `db`, which may be one connection). */
export async function searchIndexes(db: Kysely<DB>): Promise<SearchIndex[]> {
  const rows = await sql<SearchIndex>`SELECT c.relname AS name, i.indisvalid AS valid
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    WHERE i.indrelid = 'search_documents'::regclass`.execute(db)
  return rows.rows
}

const known = new WeakMap<Kysely<DB>, { at: number; indexes: Promise<readonly SearchIndex[]> }>()

/** searchIndexes as this process last read it, at most a minute ago; a failed read is not remembered. */
export function knownSearchIndexes(db: Kysely<DB>): Promise<readonly SearchIndex[]> {
  const hit = known.get(db)
  if (hit && Date.now() - hit.at < TRUST_MS) return hit.indexes
  const indexes = searchIndexes(db)
  indexes.catch(() => known.delete(db))
  known.set(db, { at: Date.now(), indexes })
  return indexes
}

/** After this process built or dropped an index: its next search reads the catalogue again. */
export function forgetSearchIndexes(db: Kysely<DB>): void {
  known.delete(db)
}
