/**
 * The corpus builder's second process, so that the builder — the one writer — does little but
 * generate and write. It runs behind the import, analysing committed stories for the search
 * index (WAL lets it read beside the writer), and writes their index documents to JSON files
 * beside the database, announced on stdout as `docs <file>`; the builder reads and deletes them.
 * (Files, not the pipe: megabytes down a pipe would wait on the builder, whose SQLite calls rarely
 * let its event loop read.) Run by corpus.ts as `node --import tsx bench/corpus-helper.ts
 * <database file>`; exits once its stdin is closed and it has caught up.
 *
 * It generated the stories too, once: but then the builder sat idle a sixth of the time waiting
 * for it, and read and parsed every story again from a file. Generating in the builder keeps both
 * cores busy.
 */
import { writeFileSync } from 'node:fs'
import { sql } from 'kysely'
import { openDatabase } from '../src/db/database.js'
import { loadDocuments } from '../src/search/search-documents.js'

const [file] = process.argv.slice(2)
if (!file) {
  console.error('usage: corpus-helper.ts <database file>')
  process.exit(2)
}
const database = openDatabase({ dialect: 'sqlite', file })

let builderDone = false
process.stdin.on('end', () => {
  builderDone = true
})
process.stdin.resume()

let after = 0
let files = 0

async function analyseCommitted(): Promise<boolean> {
  // Stories arrive in rowid order, a whole import batch per commit.
  const rows = await database.db
    .selectFrom('stories')
    .select([sql<number>`rowid`.as('rowid'), 'id'])
    .where(sql<number>`rowid`, '>', after)
    .orderBy(sql`rowid`)
    .limit(100)
    .execute()
  if (rows.length === 0) return false
  const docs = await loadDocuments(
    database.db,
    rows.map((row) => row.id),
  )
  const out = `${file}.docs-${++files}.json`
  writeFileSync(out, JSON.stringify({ stories: rows.length, docs }))
  process.stdout.write(`docs ${out}\n`)
  after = rows.at(-1)?.rowid ?? after
  return true
}

for (;;) {
  const finishing = builderDone
  if (await analyseCommitted()) continue
  if (finishing) break // the builder had committed everything before this last look
  await new Promise((resolve) => setTimeout(resolve, 10))
}
await database.close()
