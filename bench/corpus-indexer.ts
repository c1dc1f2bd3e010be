/**
 * The corpus builder's second process: analyses stories for search as the builder imports them,
 * so the analysis runs on the other core. It only reads (WAL lets it beside the writer) and
 * writes each batch's index documents to a JSON file beside the database, printing the file's
 * name; the builder stores them with the search back end, so the database keeps one writer.
 * (Files, not the pipe: megabytes of JSON down a pipe would wait on the builder, whose SQLite
 * calls rarely let its event loop read.) Run by corpus.ts as
 * `node --import tsx bench/corpus-indexer.ts <database file>`; exits once its stdin is closed
 * and it has caught up.
 */
import { writeFileSync } from 'node:fs'
import { sql } from 'kysely'
import { openDatabase } from '../src/db/database.js'
import { loadDocuments } from '../src/search/search-documents.js'

const file = process.argv[2]
if (!file) {
  console.error('usage: corpus-indexer.ts <database file>')
  process.exit(2)
}
const database = openDatabase({ dialect: 'sqlite', file })

let builderDone = false
process.stdin.on('end', () => {
  builderDone = true
})
process.stdin.resume()

let after = 0
let batches = 0
for (;;) {
  // Stories arrive in rowid order, a whole import batch per commit.
  const finishing = builderDone
  const rows = await database.db
    .selectFrom('stories')
    .select([sql<number>`rowid`.as('rowid'), 'id'])
    .where(sql<number>`rowid`, '>', after)
    .orderBy(sql`rowid`)
    .limit(100)
    .execute()
  if (rows.length > 0) {
    const docs = await loadDocuments(
      database.db,
      rows.map((r) => r.id),
    )
    const out = `${file}.docs-${++batches}.json`
    writeFileSync(out, JSON.stringify({ stories: rows.length, docs }))
    process.stdout.write(`${out}\n`)
    after = rows.at(-1)?.rowid ?? after
  } else if (finishing) {
    break // the builder had committed everything before this last look
  } else {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
await database.close()
