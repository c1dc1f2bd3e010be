import { type RawBuilder, sql } from 'kysely'
import { containsPattern, foldedWords } from '../shared/fold.js'

/**
 * SQL conditions, one per word of `query`, that a row's folded `search_key` column contains the
 * word (AND them together). Same SQL on SQLite and Postgres; the ESCAPE clause makes a typed % or
 * _ match itself.
 */
export function containsEveryWord(column: string, query: string): RawBuilder<boolean>[] {
  return foldedWords(query).map((word) => sql<boolean>`${sql.ref(column)} like ${containsPattern(word)} escape '\\'`)
}
