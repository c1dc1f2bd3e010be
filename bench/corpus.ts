import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { type Kysely, sql } from 'kysely'
import sharp from 'sharp'
import type { DatabaseConfig } from '../src/config.js'
import { openDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import type { DB } from '../src/db/schema.js'
import { createEventBus } from '../src/events.js'
import { createLocalStorage } from '../src/media/media.storage.js'
import type { IndexedDocument } from '../src/search/search-backend.js'
import { sqliteSearchBackend } from '../src/search/sqlite-backend.js'
import { createServices } from '../src/services.js'
import { systemActor } from '../src/shared/roles.js'
import type { TopicKind } from '../src/taxonomy/taxonomy.types.js'
import { CORPUS_NOW, CORPUS_SEED, type CorpusSetup, generateBatch, resolveStoryRefs, SPAN_DAYS } from './corpus-batch.js'
import { type BenchLocale, prng } from './corpus-text.js'

const HERE = import.meta.dirname
const LOCALES: BenchLocale[] = ['uk', 'en', 'ru']
/** Stories per import transaction. */
const BATCH = 250
/** Lead pictures, shared round the stories (encoding their variants is most of the fixed cost). */
const IMAGES = 16

export { CORPUS_NOW }

export interface Corpus {
  /** Where the corpus lives: a SQLite file of the cache, or the PostgreSQL database given to the bench. */
  database: DatabaseConfig
  mediaDir: string
  stories: number
  /** Null when the cached corpus was reused. */
  seeding: {
    /** The whole build. */
    seconds: number
    /** Topics, authors and the pictures' variants, before the first story. */
    setupSeconds: number
    /** Stories imported and indexed per second, from the first story to the last one indexed. */
    storiesPerSecond: number
  } | null
}

/**
 * Files that only read what the corpus holds (searching, "read also", the search threads and the
 * indexer's upkeep): changing them must not force a rebuild, which takes most of an hour at 100k.
 */
const READ_SIDE =
  /\.test\.ts$|\.routes\.ts$|^search\.service\.ts$|^snippet\.ts$|^query\.ts$|^related-stories(\.repository)?\.ts$|^topic-lists\.ts$|^search-(gate|worker|indexer)\.ts$/

/**
 * The cache key: the size and the source of everything that decides what the corpus holds — the
 * generator, the schema, the write path of stories, media and topics, the body renderer and the
 * search analysis. A corpus built by the same code is reused; any change to it builds a new one.
 * Read-side code (pages, search ranking, snippets) is left out: changing it needs no new corpus.
 */
export function corpusKey(stories: number): string {
  const hash = createHash('sha256')
  for (const f of ['corpus.ts', 'corpus-batch.ts', 'corpus-text.ts', 'corpus-helper.ts']) hash.update(readFileSync(join(HERE, f)))
  for (const dir of ['db/migrations', 'db', 'stories', 'richtext', 'search', 'taxonomy', 'media']) {
    const abs = join(HERE, '..', 'src', dir)
    for (const f of readdirSync(abs)
      .filter((f) => f.endsWith('.ts') && !READ_SIDE.test(f))
      .sort())
      hash.update(readFileSync(join(abs, f)))
  }
  return `${stories}-${hash.digest('hex').slice(0, 12)}`
}

interface Helper {
  /** Writes the index documents the helper has sent so far. */
  writeReceived(): Promise<void>
  /** Tells the helper the import is complete, and writes documents until it has sent them all. */
  finish(): Promise<void>
  kill(): void
}

/**
 * Starts corpus-helper.ts beside the import: it analyses committed stories for search on the
 * second core; this process — the one writer — generates and imports the stories, and stores the
 * index documents with the search back end between batches.
 */
function startHelper(db: Kysely<DB>, file: string, onIndexed: (stories: number) => void): Helper {
  const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'corpus-helper.ts'), file], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const docs: string[] = [] // files of analysed documents, oldest first
  let wake = () => {}
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [kind, path] = line.split(' ') as [string, string]
    if (kind === 'docs') docs.push(path)
    wake()
  })
  let exitCode: number | null = null
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code) => {
      exitCode = code ?? 1
      wake()
      resolve()
    })
  })
  const failed = () => new Error(`the corpus helper exited with code ${exitCode}`)
  const next = () => new Promise<void>((resolve) => (wake = resolve))
  const take = (path: string) => {
    const text = readFileSync(path, 'utf8')
    rmSync(path)
    return JSON.parse(text)
  }
  let indexed = 0
  async function writeReceived(): Promise<void> {
    // SQLite calls never wait on I/O, so an import loop never lets the helper's messages in
    // unless it yields: give the event loop one turn.
    await new Promise((resolve) => setImmediate(resolve))
    if (exitCode !== null && exitCode !== 0) throw failed()
    for (let path = docs.shift(); path; path = docs.shift()) {
      const batch = take(path) as { stories: number; docs: IndexedDocument[] }
      // One transaction a batch: FTS5 makes one index segment per transaction, not one per document.
      await db.transaction().execute((trx) => sqliteSearchBackend.write(trx, batch.docs))
      indexed += batch.stories
      onIndexed(indexed)
    }
  }
  return {
    writeReceived,
    async finish() {
      child.stdin.end()
      while (exitCode === null || docs.length > 0) {
        await writeReceived()
        if (exitCode === null) await Promise.race([exited, next()])
      }
      if (exitCode !== 0) throw failed()
    },
    kill: () => child.kill('SIGTERM'),
  }
}

/**
 * Builds (or reuses) a corpus database through the project's own services: topics, authors, a
 * pool of real images, and `stories` stories — most in all three languages — published over
 * three years, with internal links to earlier stories. Bulk mode: SQLite's fsyncs are off while
 * building (the file is disposable until it is renamed into place).
 */
export async function buildCorpus(options: {
  stories: number
  cacheDir?: string
  onProgress?: (done: number, total: number) => void
}): Promise<Corpus> {
  const cacheDir = options.cacheDir ?? join(HERE, '.cache')
  const key = corpusKey(options.stories)
  const file = join(cacheDir, `corpus-${key}.db`)
  const mediaDir = join(cacheDir, `media-${key}`)
  if (existsSync(file)) return { database: { dialect: 'sqlite', file }, mediaDir, stories: options.stories, seeding: null }

  mkdirSync(cacheDir, { recursive: true })
  const building = `${file}.building`
  rmSync(building, { force: true })
  rmSync(`${building}-wal`, { force: true })
  rmSync(`${building}-shm`, { force: true })
  const database = openDatabase({ dialect: 'sqlite', file: building })
  const started = Date.now()
  let helper: Helper | null = null
  let storiesStarted = started
  let storiesSeconds = 0
  try {
    await sql`PRAGMA synchronous = OFF`.execute(database.db)
    // A 17 GB file whose indexes take rows at random places (ids are random): with SQLite's default
    // 2 MB page cache nearly every insert re-reads index pages from the OS, and the build slowed as
    // the corpus grew (~105 → ~70 stories/s). A GiB keeps the indexes' working set in the cache.
    await sql`PRAGMA cache_size = -1048576`.execute(database.db)
    await migrateToLatest(database.db)
    const clock = { now: new Date(CORPUS_NOW.getTime() - SPAN_DAYS * 86_400_000) }
    const services = corpusServices(database.db, mediaDir, clock, false) // corpus-helper.ts analyses in its own process; startHelper writes what it sends
    const setup = await createSetup(services, options.stories)

    // FTS5 merges its index segments as it goes (automerge 4); merging less often while loading
    // rewrites each posting fewer times. Put back to the default once the corpus is in.
    await sql`INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 16)`.execute(database.db)
    storiesStarted = Date.now()
    const running = startHelper(database.db, building, (indexed) => options.onProgress?.(indexed, options.stories))
    helper = running
    await importCorpusStories(services, setup, clock, () => running.writeReceived())
    await running.finish()
    helper = null
    // The helper wrote every story's documents: what the triggers queued for indexing is done.
    await sql`DELETE FROM search_queue`.execute(database.db)
    storiesSeconds = (Date.now() - storiesStarted) / 1000
    await sql`INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4)`.execute(database.db)
    // As `vistka import-wordpress` and `vistka reindex` end: the index's segments merged.
    await sqliteSearchBackend.compact(database.db)
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(database.db)
    // Full statistics (~9 s at 100,000 stories). Sampled ones (analysis_limit) put status='published' at
    // 1,000 rows and sent a monthly sitemap's translation lookup through the status index: 87 s a request.
    await sql`ANALYZE`.execute(database.db)
  } finally {
    helper?.kill()
    await database.close()
  }
  const seconds = (Date.now() - started) / 1000
  renameSync(building, file)
  const seeding = { seconds, setupSeconds: (storiesStarted - started) / 1000, storiesPerSecond: options.stories / storiesSeconds }
  return { database: { dialect: 'sqlite', file }, mediaDir, stories: options.stories, seeding }
}

type Services = ReturnType<typeof createServices>

/** The project's services on the corpus database, on the import's clock. */
export function corpusServices(db: Kysely<DB>, mediaDir: string, clock: { now: Date }, indexOnEvents: boolean): Services {
  return createServices({
    indexOnEvents,
    db,
    events: createEventBus((err) => {
      throw err
    }),
    site: { locales: LOCALES, defaultLocale: 'uk' },
    clock: () => clock.now,
    storage: createLocalStorage(mediaDir),
  })
}

/** Topics, authors and the pool of pictures the stories refer to. */
export async function createSetup(services: Services, stories: number): Promise<CorpusSetup> {
  const topics: Record<TopicKind, string[]> = { section: [], tag: [], person: [], organisation: [], place: [] }
  const counts: Record<TopicKind, number> = { section: 6, tag: 300, person: 200, organisation: 80, place: 60 }
  for (const kind of Object.keys(counts) as TopicKind[]) {
    for (let i = 0; i < counts[kind]; i++) {
      const names = Object.fromEntries(LOCALES.map((l) => [l, { name: `${kind} ${l} ${i}` }]))
      topics[kind].push((await services.taxonomy.createTopic({ kind, names }, systemActor)).id)
    }
  }
  const authors: string[] = []
  for (let i = 0; i < 60; i++) {
    const names = Object.fromEntries(LOCALES.map((l) => [l, { name: `Author ${l} ${i}` }]))
    authors.push((await services.taxonomy.createAuthor({ names }, systemActor)).id)
  }
  const images: string[] = []
  for (let i = 0; i < IMAGES; i++) {
    const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: `hsl(${i * 9}, 60%, 45%)` } })
      .jpeg()
      .toBuffer()
    images.push((await services.media.createImage({ data, originalName: `bench-${i}.jpg`, credit: 'Bench' }, systemActor)).id)
  }

  return { stories, batch: BATCH, topics, authors, images }
}

/**
 * Generates and imports every story, a batch a transaction, through the bulk import service;
 * `afterBatch` runs after each (the SQLite build writes the helper's index documents there).
 */
export async function importCorpusStories(
  services: Services,
  setup: CorpusSetup,
  clock: { now: Date },
  afterBatch: (done: number) => Promise<void>,
): Promise<void> {
  const r = prng(CORPUS_SEED)
  const storyIds: string[] = []
  for (let first = 0; first < setup.stories; first += BATCH) {
    const batch = generateBatch(r, setup, first)
    resolveStoryRefs(batch, storyIds)
    clock.now = new Date(batch.at(-1)?.versions[0]?.publishedAt ?? clock.now) // the import's clock: the batch's last publication
    storyIds.push(...(await services.storyImport.importStories(batch, systemActor)))
    await afterBatch(storyIds.length)
  }
}
