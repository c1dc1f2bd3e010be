/**
 * The corpus builder's second process, so that the builder — the one writer — does little but
 * write. It runs ahead of the import, generating the next batches of stories, and behind it,
 * analysing committed stories for the search index (WAL lets it read beside the writer). Both go
 * to JSON files beside the database, announced on stdout as `inputs <file>` or `docs <file>`;
 * the builder reads and deletes them. (Files, not the pipe: megabytes down a pipe would wait on
 * the builder, whose SQLite calls rarely let its event loop read.) Run by corpus.ts as
 * `node --import tsx bench/corpus-helper.ts <database file> <setup file>`; exits once its stdin
 * is closed and it has caught up.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { sql } from 'kysely'
import { openDatabase } from '../src/db/database.js'
import { loadDocuments } from '../src/search/search-documents.js'
import { CORPUS_SEED, type CorpusSetup, generateBatch } from './corpus-batch.js'
import { prng } from './corpus-text.js'

const [file, setupFile] = process.argv.slice(2)
if (!file || !setupFile) {
  console.error('usage: corpus-helper.ts <database file> <setup file>')
  process.exit(2)
}
const setup = JSON.parse(readFileSync(setupFile, 'utf8')) as CorpusSetup
const database = openDatabase({ dialect: 'sqlite', file })

let builderDone = false
process.stdin.on('end', () => {
  builderDone = true
})
process.stdin.resume()

/** Batches generated but not yet taken by the builder, at most this many. */
const AHEAD = 3
const r = prng(CORPUS_SEED)
const unread: string[] = []
let nextFirst = 0
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
  while (unread.length > 0 && !existsSync(unread[0] as string)) unread.shift()
  if (nextFirst < setup.stories && unread.length < AHEAD) {
    const out = `${file}.inputs-${++files}.json`
    writeFileSync(out, JSON.stringify(generateBatch(r, setup, nextFirst)))
    process.stdout.write(`inputs ${out}\n`)
    unread.push(out)
    nextFirst += setup.batch
    continue
  }
  if (await analyseCommitted()) continue
  if (finishing) break // the builder had committed everything before this last look
  await new Promise((resolve) => setTimeout(resolve, 10))
}
await database.close()
