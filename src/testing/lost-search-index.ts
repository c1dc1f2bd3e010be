import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../db/dialect.js'

/** Empties the search index, as a migration that had to drop it or a lost index leaves it (the stories stay). */
export async function loseSearchIndex<T>(db: Kysely<T>): Promise<void> {
  await sql`DELETE FROM ${sql.table(isPostgres(db) ? 'search_documents' : 'search_rows')}`.execute(db)
}
