import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEventBus } from '../events.js'
import { createLocalStorage } from '../media/media.storage.js'
import { createServices, type Services } from '../services.js'
import { systemActor } from '../shared/roles.js'
import { makeTopic, paragraphs } from '../testing/factories.js'
import { loseSearchIndex } from '../testing/lost-search-index.js'
import { TEST_SITE, testClock } from '../testing/test-context.js'
import { createTestDatabase, type TestDatabase, testDialects } from '../testing/test-database.js'
import { searchBackendFor } from './backends.js'
import { type SearchBackend, topicTerm } from './search-backend.js'
import { createSearchIndexer } from './search-indexer.js'
import { drainSearchQueue, inLanes } from './search-queue.js'

describe('inLanes', () => {
  /** Hands out `pieces` pieces of work, each waiting a tick, recording how many run at once. */
  function work(pieces: number, fail?: number) {
    let handed = 0
    let running = 0
    const seen = { most: 0, done: [] as number[], handedOut: () => handed }
    const next = async () => {
      if (handed === pieces) return null
      const piece = handed++
      return async () => {
        running++
        seen.most = Math.max(seen.most, running)
        await new Promise((resolve) => setTimeout(resolve, piece === 0 ? 20 : 1))
        running--
        if (piece === fail) throw new Error(`piece ${piece} failed`)
        seen.done.push(piece)
      }
    }
    return { next, seen }
  }

  it('runs every piece, never more than its lanes at once', async () => {
    const { next, seen } = work(7)
    await inLanes(2, next)
    expect(seen.most).toBe(2)
    expect([...seen.done].sort()).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(seen.done[0]).not.toBe(0) // the slow first piece did not hold the other lane up
  })

  it('stops handing out work at the first failure and throws it once the running pieces have finished', async () => {
    const { next, seen } = work(20, 2)
    await expect(inLanes(2, next)).rejects.toThrow('piece 2 failed')
    expect(seen.handedOut()).toBeLessThan(20)
    expect(seen.done).toContain(0) // the slow piece running beside the failure was waited for
  })
})

describe.each(testDialects())('search queue on %s', (dialect) => {
  let database: TestDatabase
  let mediaDir: string
  const clock = testClock()
  beforeEach(async () => {
    clock.set('2026-11-24T08:00:00.000Z')
    database = await createTestDatabase(dialect)
    mediaDir = mkdtempSync(join(tmpdir(), 'vistka-media-'))
  })
  afterEach(async () => {
    await database.close()
    rmSync(mediaDir, { recursive: true, force: true })
  })

  /** Services over the test database; with indexOnEvents false, nothing indexes what they write (a crash before indexing). */
  const servicesWith = (indexOnEvents: boolean) =>
    createServices({
      db: database.db,
      events: createEventBus((err) => {
        throw err
      }),
      site: TEST_SITE,
      clock,
      storage: createLocalStorage(mediaDir),
      indexOnEvents,
      onBackgroundError: (err) => {
        throw err
      },
    })
  const queued = async () =>
    Number((await database.db.withTables<{ search_queue: { seq: number } }>().selectFrom('search_queue').select('seq').execute()).length)
  const staffSearch = async (services: Services, q: string, statuses?: string[]) => {
    const outcome = await services.search.search({ q, locales: ['uk'], limit: 10, ...(statuses && { filters: { statuses } }) })
    return outcome.kind === 'results' ? outcome.results.map((r) => r.headline).sort() : [outcome.kind]
  }
  async function story(services: Services, headline: string, topicIds: string[] = []) {
    const { story, versions } = await services.stories.createStory(
      { locale: 'uk', headline, body: paragraphs('Текст'), topicIds },
      systemActor,
    )
    return { story, version: versions[0]! }
  }

  it('stops draining between batches when asked, leaving the rest queued for the next drain', async () => {
    const crashed = servicesWith(false)
    for (let i = 0; i < 5; i++) await story(crashed, `Новина ${i}`)
    expect(await queued()).toBe(5)
    const indexer = createSearchIndexer({ db: database.db, backend: searchBackendFor(database.db), clock })
    let batches = 0
    const indexStories = async (ids: readonly string[]) => {
      batches++
      await indexer.indexStories(ids)
    }
    // A stopping server: asked once the second batch is done.
    expect(await drainSearchQueue(database.db, 1, indexStories, () => batches === 2)).toBe(2)
    expect(await queued()).toBe(3)
    expect(await drainSearchQueue(database.db, 2, indexStories)).toBe(3)
    expect(await queued()).toBe(0)
    expect(await staffSearch(crashed, 'новина')).toHaveLength(5)
  })

  /** Four stories whose index was lost (their documents gone, nothing queued); the services that wrote them. */
  async function fourStoriesLostFromTheIndex() {
    const live = servicesWith(true)
    for (let i = 0; i < 4; i++) await story(live, `Вибори ${i}`)
    await live.searchIndex.settled()
    await loseSearchIndex(database.db)
    expect(await staffSearch(live, 'вибори')).toEqual([])
    return live
  }

  /** The next start: the index is no longer empty, so it is not rebuilt; the queue holds the rest, and all four are found. */
  async function nextStartIndexesTheRest(live: Services) {
    const next = createSearchIndexer({ db: database.db, clock, backend: searchBackendFor(database.db) })
    expect(await next.catchUp()).toEqual({ rebuilt: null })
    expect(await queued()).toBe(0)
    expect(await staffSearch(live, 'вибори')).toHaveLength(4)
  }

  it('rebuilds a lost index through the queue: a stop midway leaves the rest queued, which the next start indexes', async () => {
    const live = await fourStoriesLostFromTheIndex()
    const backend = searchBackendFor(database.db)
    let writes = 0
    const stopping = createSearchIndexer({
      db: database.db,
      clock,
      drainBatch: 1,
      backend: {
        ...backend,
        async write(db, docs) {
          await backend.write(db, docs)
          if (++writes === 2) stopping.stop() // the server is told to stop while it rebuilds
        },
      },
    })
    expect(await stopping.catchUp()).toEqual({ rebuilt: { done: 2, total: 4 } })
    expect(await queued()).toBe(2)
    await nextStartIndexesTheRest(live)
  })

  it('leaves what a rebuild into an empty index did not reach queued, so a kill midway costs no story', async () => {
    const live = await fourStoriesLostFromTheIndex()
    const backend = searchBackendFor(database.db)
    let writes = 0
    const killed = createSearchIndexer({
      db: database.db,
      clock,
      backend: {
        ...backend,
        async write(db, docs) {
          if (++writes > 2) throw new Error('killed') // the process dies after two batches
          await backend.write(db, docs)
        },
      },
    })
    await expect(killed.reindex({ batchSize: 1 })).rejects.toThrow('killed')
    expect(await queued()).toBe(2)
    await nextStartIndexesTheRest(live)
  })

  it("rebuilds an empty index oldest story first, by its versions' time, so its documents lie as a grown site's do", async () => {
    const live = servicesWith(true)
    // Written in one order, published in another; the draft counts by when it was last saved.
    const at = ['2026-11-20T10:00:00.000Z', '2026-11-02T10:00:00.000Z', '2026-11-24T07:00:00.000Z', '2026-11-10T10:00:00.000Z']
    const versions: string[] = []
    for (const [i, time] of at.entries()) {
      clock.set(time)
      const { version } = await story(live, `Подія ${i}`)
      if (i !== 3) await live.stories.transition(version.id, { to: 'published' }, systemActor)
      versions.push(version.id)
    }
    await live.searchIndex.settled()
    const oldestFirst = [1, 3, 0, 2].map((i) => versions[i])
    const recording = () => {
      const real = searchBackendFor(database.db)
      const written: string[] = []
      const backend: SearchBackend = {
        ...real,
        async write(db, docs) {
          written.push(...docs.map((d) => d.versionId))
          await real.write(db, docs)
        },
      }
      return { written, backend }
    }
    await loseSearchIndex(database.db)
    const rebuilt = recording()
    await createSearchIndexer({ db: database.db, clock, backend: rebuilt.backend }).reindex({ batchSize: 1 })
    expect(rebuilt.written).toEqual(oldestFirst)
    // The start-up rebuild drains the same queue.
    await loseSearchIndex(database.db)
    const atStart = recording()
    expect(await createSearchIndexer({ db: database.db, clock, drainBatch: 1, backend: atStart.backend }).catchUp()).toEqual({
      rebuilt: { done: 4, total: 4 },
    })
    expect(atStart.written).toEqual(oldestFirst)
    expect(await staffSearch(live, 'подія')).toHaveLength(4)
  })

  it('counts a story by its newest version: one translated lately is rebuilt after one written since in a single language', async () => {
    const live = servicesWith(true)
    clock.set('2026-11-02T10:00:00.000Z')
    const translated = await story(live, 'Вибори в громаді')
    await live.stories.transition(translated.version.id, { to: 'published' }, systemActor)
    clock.set('2026-11-10T10:00:00.000Z')
    const later = await story(live, 'Ремонт школи')
    await live.stories.transition(later.version.id, { to: 'published' }, systemActor)
    clock.set('2026-11-24T07:00:00.000Z')
    const en = await live.translations.createTranslation(
      { storyId: translated.story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'Community elections' },
      systemActor,
    )
    await live.stories.transition(en.id, { to: 'published' }, systemActor)
    await live.searchIndex.settled()
    await loseSearchIndex(database.db)
    const real = searchBackendFor(database.db)
    const written: string[][] = []
    const backend: SearchBackend = {
      ...real,
      async write(db, docs) {
        written.push(docs.map((d) => d.versionId).sort())
        await real.write(db, docs)
      },
    }
    await createSearchIndexer({ db: database.db, clock, backend }).reindex({ batchSize: 1 })
    expect(written).toEqual([[later.version.id], [translated.version.id, en.id].sort()])
  })

  it('indexes at start-up every change that was saved but never indexed, and empties the queue', async () => {
    const live = servicesWith(true)
    const topic = await makeTopic(live, 'tag', { uk: { name: 'Енергетика' } })
    const edited = await story(live, 'Тарифи на світло')
    const published = await story(live, 'Ремонт мостів')
    await live.stories.transition(published.version.id, { to: 'published' }, systemActor)
    const retagged = await story(live, 'Новини регіону')
    const fuel = await story(live, 'Ціни на пальне', [topic.id])
    const scheduled = await story(live, 'Графік відключень')
    for (const v of [retagged.version, fuel.version]) await live.stories.transition(v.id, { to: 'published' }, systemActor)
    await live.searchIndex.settled()
    // The index's topic terms (what related stories match on), read straight from the back end.
    const taggedInIndex = async () => {
      const hits = await searchBackendFor(database.db).search(
        database.db,
        { any: [topicTerm(topic.id)] },
        {},
        { now: clock().toISOString(), limit: 10, offset: 0 },
      )
      return hits.map((h) => h.versionId).sort()
    }
    expect(await taggedInIndex()).toEqual([fuel.version.id])
    expect(await queued()).toBe(0)

    // Saved and committed, but the process that would have indexed them is gone.
    const crashed = servicesWith(false)
    await crashed.stories.saveVersion(
      { versionId: edited.version.id, baseRevision: edited.version.revision, changes: { headline: 'Тарифи на газ' } },
      systemActor,
    )
    await crashed.stories.transition(published.version.id, { to: 'unpublished' }, systemActor)
    await crashed.stories.updateStory(retagged.story.id, { topicIds: [topic.id] }, systemActor)
    await story(crashed, 'Вибори мера')
    const at = new Date(clock().getTime() + 3_600_000).toISOString()
    await crashed.stories.transition(scheduled.version.id, { to: 'scheduled', at }, systemActor)
    clock.set(at)
    await crashed.stories.publishScheduled(scheduled.version.id, at) // the scheduler's job, then the crash
    expect(await staffSearch(crashed, 'газ')).toEqual([])
    expect(await staffSearch(crashed, 'вибори')).toEqual([])
    expect(await taggedInIndex()).toEqual([fuel.version.id])
    expect(await queued()).toBeGreaterThan(0)

    const restarted = servicesWith(true)
    expect(await restarted.searchIndex.catchUp()).toEqual({ rebuilt: null })
    expect(await staffSearch(restarted, 'газ')).toEqual(['Тарифи на газ'])
    expect(await staffSearch(restarted, 'світло')).toEqual([])
    expect(await staffSearch(restarted, 'вибори')).toEqual(['Вибори мера'])
    expect(await staffSearch(restarted, 'мости', ['published'])).toEqual([])
    expect(await staffSearch(restarted, 'мости', ['unpublished'])).toEqual(['Ремонт мостів'])
    expect(await staffSearch(restarted, 'відключення', ['published'])).toEqual(['Графік відключень'])
    expect(await taggedInIndex()).toEqual([fuel.version.id, retagged.version.id].sort()) // a story-level field
    expect(await queued()).toBe(0)
  })

  it('keeps a change queued while indexing fails, and indexes it on a later try', async () => {
    const crashed = servicesWith(false)
    await story(crashed, 'Погода на вихідні')
    const errors: unknown[] = []
    let failing = true
    const backend = searchBackendFor(database.db)
    const indexer = createSearchIndexer({
      db: database.db,
      backend: { ...backend, write: (db, docs) => (failing ? Promise.reject(new Error('disk full')) : backend.write(db, docs)) },
      clock: () => new Date(),
      onError: (err) => errors.push(err),
    })
    await indexer.catchUp()
    expect(errors).toHaveLength(1)
    expect(await queued()).toBeGreaterThan(0)
    failing = false
    await indexer.catchUp()
    expect(await staffSearch(crashed, 'погода')).toEqual(['Погода на вихідні'])
    expect(await queued()).toBe(0)
  })
})
