import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import sharp from 'sharp'
import { openDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { createEventBus } from '../src/events.js'
import { createLocalStorage } from '../src/media/media.storage.js'
import { createServices } from '../src/services.js'
import type { TopicKind } from '../src/taxonomy/taxonomy.types.js'
import { systemActor } from '../src/users/roles.js'
import { type BenchLocale, body, headline, lead, prng } from './corpus-text.js'

const HERE = import.meta.dirname
const LOCALES: BenchLocale[] = ['uk', 'en', 'ru']
/** Stories get published over this many days before the corpus's "now". */
const SPAN_DAYS = 3 * 365
export const CORPUS_NOW = new Date('2026-11-24T08:00:00.000Z')

export interface Corpus {
  file: string
  mediaDir: string
  stories: number
  /** Null when the cached corpus was reused. */
  seeding: { seconds: number; storiesPerSecond: number } | null
}

/**
 * The cache key: the size and the source of the generator, the schema and the search analysis. A
 * corpus built by the same code is reused; any change to it builds a new one.
 */
function corpusKey(stories: number): string {
  const hash = createHash('sha256')
  for (const f of ['corpus.ts', 'corpus-text.ts']) hash.update(readFileSync(join(HERE, f)))
  // The schema, and the analysis that fills the search index.
  for (const dir of ['db/migrations', 'search']) {
    const abs = join(HERE, '..', 'src', dir)
    for (const f of readdirSync(abs)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort())
      hash.update(readFileSync(join(abs, f)))
  }
  return `${stories}-${hash.digest('hex').slice(0, 12)}`
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
  if (existsSync(file)) return { file, mediaDir, stories: options.stories, seeding: null }

  mkdirSync(cacheDir, { recursive: true })
  const building = `${file}.building`
  rmSync(building, { force: true })
  rmSync(`${building}-wal`, { force: true })
  rmSync(`${building}-shm`, { force: true })
  const database = openDatabase({ dialect: 'sqlite', file: building })
  const started = Date.now()
  try {
    await sql`PRAGMA synchronous = OFF`.execute(database.db)
    await migrateToLatest(database.db)
    let now = new Date(CORPUS_NOW.getTime() - SPAN_DAYS * 86_400_000)
    const services = createServices({
      db: database.db,
      events: createEventBus((err) => {
        throw err
      }),
      site: { locales: LOCALES, defaultLocale: 'uk' },
      clock: () => now,
      storage: createLocalStorage(mediaDir),
    })
    const r = prng(20261124)

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
    for (let i = 0; i < 40; i++) {
      const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: `hsl(${i * 9}, 60%, 45%)` } })
        .jpeg()
        .toBuffer()
      images.push((await services.media.createImage({ data, originalName: `bench-${i}.jpg`, credit: 'Bench' }, systemActor)).id)
    }

    const storyIds: string[] = []
    const step = (SPAN_DAYS * 86_400_000) / options.stories
    for (let i = 0; i < options.stories; i++) {
      now = new Date(CORPUS_NOW.getTime() - SPAN_DAYS * 86_400_000 + i * step)
      const people = [r.pick(topics.person), r.pick(topics.person)]
      const topicIds = [...new Set([r.skewed(topics.tag), r.skewed(topics.tag), r.pick(topics.place), ...people].slice(0, r.int(3, 6)))]
      const recent = storyIds.slice(-500)
      const { story, versions } = await services.stories.createStory(
        {
          locale: 'uk',
          headline: headline(r, 'uk'),
          lead: lead(r, 'uk'),
          body: body(r, 'uk', recent, people[0]),
          sectionId: r.pick(topics.section),
          topicIds,
          authorIds: [r.pick(authors)],
          leadMediaId: r.pick(images),
          isBreaking: r.next() < 0.01,
          isImportant: r.next() < 0.05,
        },
        systemActor,
      )
      const versionIds = [versions[0]?.id as string]
      // Most stories in all three languages; some in Ukrainian only or with one translation.
      const targets = r.next() < 0.85 ? (['en', 'ru'] as const) : r.next() < 0.5 ? (['en'] as const) : []
      for (const locale of targets) {
        const v = await services.translations.createTranslation(
          {
            storyId: story.id,
            sourceLocale: 'uk',
            targetLocale: locale,
            headline: headline(r, locale),
            lead: lead(r, locale),
            body: body(r, locale, recent, people[0]),
          },
          systemActor,
        )
        versionIds.push(v.id)
      }
      for (const id of versionIds) await services.stories.transition(id, { to: 'published' }, systemActor)
      storyIds.push(story.id)
      if (i % 50 === 0) await services.searchIndex.settled() // keep the index's queue short
      options.onProgress?.(i + 1, options.stories)
    }
    await services.searchIndex.settled()
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(database.db)
    await sql`ANALYZE`.execute(database.db)
  } finally {
    await database.close()
  }
  const seconds = (Date.now() - started) / 1000
  renameSync(building, file)
  return { file, mediaDir, stories: options.stories, seeding: { seconds, storiesPerSecond: options.stories / seconds } }
}
