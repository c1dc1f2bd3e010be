import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { openDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { CORPUS_NOW, type Corpus, corpusKey, corpusServices, createSetup, importCorpusStories } from './corpus.js'
import { SPAN_DAYS } from './corpus-batch.js'

const HERE = import.meta.dirname

/** The table that marks a database as the bench's, and says which corpus it holds. */
const MARK = 'bench_corpus'

/**
 * Builds (or reuses) the corpus in the PostgreSQL database at `url` (`npm run bench -- --database
 * postgres://…`): the same stories as the SQLite corpus, through the same import service; the
 * search index is built after the import by the indexer a server runs (`reindex`), as an
 * archive moved into Vistka would be. The database must be empty or one the bench built before
 * (it says so in the bench_corpus table): the bench drops what it built, never anything else.
 */
export async function buildPostgresCorpus(options: {
  url: string
  stories: number
  cacheDir?: string
  onProgress?: (done: number, total: number, what: string) => void
}): Promise<Corpus> {
  const key = `pg-${corpusKey(options.stories)}`
  const mediaDir = join(options.cacheDir ?? join(HERE, '.cache'), `media-${key}`)
  const location = { dialect: 'postgres' as const, url: options.url }
  const database = openDatabase(location)
  const db = database.db.withTables<{ bench_corpus: { key: string } }>()
  try {
    const tables = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public'`.execute(db)
    const names = new Set(tables.rows.map((t) => t.name))
    if (names.has(MARK)) {
      const held = await db.selectFrom(MARK).select('key').executeTakeFirst()
      if (held?.key === key) return { database: location, mediaDir, stories: options.stories, seeding: null }
      console.error(`The database holds another bench corpus (${held?.key ?? 'unfinished'}): building ${key} in its place.`)
    } else if (names.size > 0) {
      throw new Error(
        `bench: the database at --database holds ${names.size} tables the bench did not make. Give it an empty database (e.g. createdb vistka_bench): the bench drops and rebuilds what it builds there.`,
      )
    }
    await sql`drop schema if exists public cascade`.execute(db)
    await sql`create schema public`.execute(db)
    // Marked first, so that a build cut short is the bench's to drop on the next run.
    await db.schema
      .createTable(MARK)
      .addColumn('key', 'text', (c) => c.notNull())
      .execute()
    await db.insertInto(MARK).values({ key: 'unfinished' }).execute()
    rmSync(mediaDir, { recursive: true, force: true })
    mkdirSync(mediaDir, { recursive: true })

    const started = Date.now()
    await migrateToLatest(database.db)
    const clock = { now: new Date(CORPUS_NOW.getTime() - SPAN_DAYS * 86_400_000) }
    // Indexed after the import, in batches, as `vistka reindex` does: not story by story on events.
    const services = corpusServices(database.db, mediaDir, clock, false)
    const setup = await createSetup(services, options.stories)
    const storiesStarted = Date.now()
    await importCorpusStories(services, setup, clock, async (done) => options.onProgress?.(done, options.stories, 'stories imported'))
    await services.searchIndex.reindex({ onProgress: (p) => options.onProgress?.(p.done, p.total, 'stories indexed') })
    // The reindex wrote every story's documents: what the triggers queued for indexing is done.
    await sql`delete from search_queue`.execute(db)
    const storiesSeconds = (Date.now() - storiesStarted) / 1000
    await sql`vacuum analyze`.execute(db)
    await db.updateTable(MARK).set({ key }).execute()
    const seeding = {
      seconds: (Date.now() - started) / 1000,
      setupSeconds: (storiesStarted - started) / 1000,
      storiesPerSecond: options.stories / storiesSeconds,
    }
    return { database: location, mediaDir, stories: options.stories, seeding }
  } finally {
    await database.close()
  }
}
