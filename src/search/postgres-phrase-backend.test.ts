import { type Kysely, sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openDatabase } from '../db/database.js'
import type { DB } from '../db/schema.js'
import { systemActor } from '../shared/roles.js'
import { paragraphs } from '../testing/factories.js'
import { indexScans } from '../testing/index-scans.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { type TestDatabase, testDialects } from '../testing/test-database.js'
import { searchBackendFor } from './backends.js'
import { searchIndexes } from './postgres-catalogue-backend.js'
import { keepPhraseIndex, PHRASE_INDEX, pairLexeme, pairsQuery, phraseIndexReady } from './postgres-phrase-backend.js'
import { parseQuery } from './query.js'
import { createSearchIndexer } from './search-indexer.js'

describe('pairsQuery', () => {
  it('asks for every pair of neighbouring words of every phrase, and for nothing without a phrase of two words', () => {
    expect(pairsQuery([])).toBeNull()
    expect(pairsQuery([['міст']])).toBeNull()
    expect(pairLexeme('київ', 'міст')).toMatch(/^~[0-9a-f]{5}$/)
    expect(pairLexeme('київ', 'міст')).not.toBe(pairLexeme('міст', 'київ'))
  })
})

describe.each(testDialects().filter((d) => d === 'postgres'))('phrases through the pairs index on %s', (dialect) => {
  let t: TestContext
  beforeEach(async () => {
    t = await createTestContext(dialect)
  })
  afterEach(() => t.close())

  async function story(headline: string, lead: string, body: string) {
    t.clock.advance(60_000)
    const { versions } = await t.services.stories.createStory({ locale: 'uk', headline, lead, body: paragraphs(body) }, systemActor)
    await t.services.stories.transition(versions[0]!.id, { to: 'published' }, systemActor)
    await t.services.searchIndex.settled()
  }

  /** The backend's matches for `q` (headlines, sorted): what a reader's search ranks. */
  async function found(db: Kysely<DB>, q: string) {
    const hits = await searchBackendFor(t.database.db).search(
      db,
      { all: parseQuery(q, 'uk') },
      { locales: ['uk'] },
      { now: t.clock().toISOString(), limit: 50, offset: 0 },
    )
    const rows = await t.database.db.selectFrom('story_versions').select(['id', 'headline']).execute()
    const headlineOf = new Map(rows.map((r) => [r.id, r.headline]))
    return hits.map((h) => headlineOf.get(h.versionId)).sort()
  }

  /**
   * What each query finds before the pairs index is built and, once it is, from a second
   * connection (what the first remembered of the catalogue is not in its way): checked to be the
   * same. `then` runs on the second while it is open.
   */
  async function bothWays(queries: readonly string[], then?: (second: Kysely<DB>) => Promise<void>) {
    expect(await phraseIndexReady(t.database.db)).toBe(false)
    const without = await Promise.all(queries.map((q) => found(t.database.db, q)))
    expect(await keepPhraseIndex(t.database.db)).toBe('built')
    const second = openDatabase((t.database as TestDatabase).location)
    try {
      expect(await phraseIndexReady(second.db)).toBe(true)
      const withIndex = await Promise.all(queries.map((q) => found(second.db, q)))
      expect(withIndex).toEqual(without)
      await then?.(second.db)
      return withIndex
    } finally {
      await second.close()
    }
  }

  it('gives each pair of neighbouring terms the lexeme the search asks for, across fields, in order', async () => {
    const pairs = await sql<{ pairs: string }>`SELECT search_phrase_pairs(
        setweight(to_tsvector('simple', 'нічні автобуси'), 'A') || setweight(to_tsvector('simple', 'київ'), 'D'))::text AS pairs`.execute(
      t.database.db,
    )
    const lexemes = (pairs.rows[0]?.pairs ?? '').split(' ').map((l) => l.replaceAll("'", ''))
    expect(lexemes.sort()).toEqual([pairLexeme('нічні', 'автобуси'), pairLexeme('автобуси', 'київ')].sort())
  })

  it('finds the same phrases with the pairs index as without it, and only phrases', async () => {
    await story('Ремонт мосту', 'Тендер на ремонт мостів оголосили вчора.', 'Мер сказав: ремонт мостів почнеться навесні.')
    await story('Тендер', 'Мостів не ремонтуватимуть: ремонт доріг важливіший.', 'Тендер скасовано.')
    await story('Нічні автобуси', 'Нічні автобуси повертаються на маршрути.', 'Перевізник обіцяє нічні рейси.')
    await story('Автобуси', 'Автобуси нічні не ходять.', 'Рейси скасовано.')
    await story('Довга фраза', 'Вчора ввечері в центрі міста відкрили новий міст.', 'Текст.')
    const queries = [
      '"ремонт мостів"', // neighbours in both the lead and the body of one story; apart in another
      '"мостів ремонт"', // the same words, the other order: nowhere
      '"нічні автобуси"',
      '"автобуси нічні"',
      '"в центрі міста відкрили"', // four words (the stop word dropped in both), three pairs
      '"міста центрі"',
      '"ремонт мостів" тендер', // a phrase and a word
      '"нічні автобуси" "ремонт мостів"', // two phrases, in no story together
      '"сказав ремонт"', // across the colon: neighbours as terms
    ]
    const withIndex = await bothWays(queries, async (second) => {
      // A story written after the index was built is in it.
      await story('Знову ремонт', 'Ремонт мостів продовжать.', 'Текст.')
      expect(await found(second, '"ремонт мостів"')).toEqual(['Знову ремонт', 'Ремонт мосту'])
    })
    expect(withIndex).toEqual([
      ['Ремонт мосту'],
      [],
      ['Нічні автобуси'],
      ['Автобуси', 'Нічні автобуси'], // the headline's last word and the lead's first are neighbours in the vector
      ['Довга фраза'],
      [],
      ['Ремонт мосту'],
      [],
      ['Ремонт мосту'],
    ])
  })

  it('answers a phrase from the pairs index once it is built', async () => {
    await story('Ремонт мосту', 'Ремонт мостів.', 'Текст.')
    await story('Тендер', 'Мостів ремонт.', 'Текст.')
    await keepPhraseIndex(t.database.db)
    const second = openDatabase((t.database as TestDatabase).location)
    try {
      const scans = await second.db.connection().execute(async (conn) => {
        // On a table this small the planner would read it whole; the test is that it can use the index.
        await sql`SET enable_seqscan = off`.execute(conn)
        expect(await found(conn, '"ремонт мостів"')).toEqual(['Ремонт мосту'])
        return indexScans(conn, 'search_documents')
      })
      expect(scans.get(PHRASE_INDEX)).toBeGreaterThan(0)
    } finally {
      await second.close()
    }
  })

  it('finds a phrase left with one word (the rest stop words) as that word, with the index or without', async () => {
    await story('Київ', 'У Києві відкрили міст.', 'Текст.')
    await story('Міст', 'Міст відкрили вчора.', 'Текст.')
    const queries = ['"у києві"', '"відкрили"', '"і в"', '"у києві" міст']
    // Nothing but stop words asks for nothing, as a query of stop words does.
    expect(await bothWays(queries)).toEqual([['Київ'], ['Київ', 'Міст'], [], ['Київ']])
  })

  it('builds the index once, one process of two, and again when a crash left it half-built', async () => {
    await story('Ремонт мосту', 'Ремонт мостів.', 'Текст.')
    const second = openDatabase((t.database as TestDatabase).location)
    try {
      const both = await Promise.all([keepPhraseIndex(t.database.db), keepPhraseIndex(second.db)])
      expect(both.filter((r) => r === 'built').length).toBeGreaterThanOrEqual(1)
      // Built and analysed: the planner has statistics of the index's expression to choose it by.
      const stats = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stats WHERE tablename = ${PHRASE_INDEX}`.execute(second.db)
      expect(Number(stats.rows[0]?.n)).toBeGreaterThan(0)
      expect(await keepPhraseIndex(second.db)).toBe('kept')
      // CREATE INDEX CONCURRENTLY cut short leaves the index invalid: searches must not use it.
      await sql`UPDATE pg_index SET indisvalid = false WHERE indexrelid = ${PHRASE_INDEX}::regclass`.execute(t.database.db)
      const third = openDatabase((t.database as TestDatabase).location)
      try {
        expect(await phraseIndexReady(third.db)).toBe(false)
        expect(await keepPhraseIndex(third.db)).toBe('built')
        expect(await phraseIndexReady(third.db)).toBe(true)
      } finally {
        await third.close()
      }
    } finally {
      await second.close()
    }
  })

  it('makes the index before a rebuild into an empty index writes, so the writes keep it rather than one build over all', async () => {
    await story('Ремонт мосту', 'Ремонт мостів.', 'Текст.')
    await story('Мости ремонтують', 'Нові мости.', 'Ремонт потім.')
    await sql`DELETE FROM search_documents`.execute(t.database.db) // a lost index
    const backend = searchBackendFor(t.database.db)
    const readyAtWrite: boolean[] = []
    const indexer = createSearchIndexer({
      db: t.database.db,
      clock: t.clock,
      backend: {
        ...backend,
        async write(db, docs) {
          const index = (await searchIndexes(db)).find((i) => i.name === PHRASE_INDEX)
          readyAtWrite.push(index?.valid === true)
          await backend.write(db, docs)
        },
      },
    })
    expect(await indexer.reindex({ batchSize: 1 })).toEqual({ done: 2, total: 2 })
    expect(readyAtWrite).toEqual([true, true])
    // The rebuild ends by merging what the writes left in the index's pending list: nothing is left.
    const pending = await sql<{ pages: string }>`SELECT gin_clean_pending_list(${PHRASE_INDEX}::regclass) AS pages`.execute(t.database.db)
    expect(Number(pending.rows[0]?.pages)).toBe(0)
    // A new connection reads the catalogue afresh: the index is used, and it holds the rebuilt documents.
    const second = openDatabase((t.database as TestDatabase).location)
    try {
      expect(await phraseIndexReady(second.db)).toBe(true)
      expect(await found(second.db, '"ремонт мостів"')).toEqual(['Ремонт мосту'])
    } finally {
      await second.close()
    }
  })

  /**
   * A second connection holding a lock on search_documents in `mode` until released: what a
   * statement waits behind, as a build or an analysis at 100,000 stories takes minutes.
   */
  async function holdingLock(mode: 'ROW EXCLUSIVE' | 'SHARE UPDATE EXCLUSIVE') {
    const blocker = openDatabase((t.database as TestDatabase).location)
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let locked = () => {}
    const holding = new Promise<void>((resolve) => {
      locked = resolve
    })
    const holder = blocker.db.transaction().execute(async (trx) => {
      await sql.raw(`LOCK TABLE search_documents IN ${mode} MODE`).execute(trx)
      locked()
      await held
    })
    await holding // a statement must start after the lock is taken, or it has nothing to wait for
    return {
      db: blocker.db,
      /** Until one statement starting with `prefix` waits for the lock. */
      waitingFor: (prefix: string) =>
        vi.waitFor(async () => {
          const waiting = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND query LIKE ${`${prefix}%`} AND wait_event_type = 'Lock'`.execute(blocker.db)
          expect(Number(waiting.rows[0]?.n)).toBe(1)
        }, 10_000), // a busy machine (CI beside a bench) takes more than vi.waitFor's default second
      async release() {
        release()
        await holder
      },
      async close() {
        release() // else closing the pool would wait for its transaction forever
        await holder.catch(() => {})
        await blocker.close()
      },
    }
  }

  it('analyses the table on the next run when a stop cut the analysis after the build short', async () => {
    await story('Ремонт мосту', 'Ремонт мостів.', 'Текст.')
    expect(await keepPhraseIndex(t.database.db)).toBe('built')
    // Built, but without statistics of its expression (as a stop during ANALYZE leaves it).
    await sql`DELETE FROM pg_statistic WHERE starelid = ${PHRASE_INDEX}::regclass`.execute(t.database.db)
    const statistics = async () =>
      Number(
        (await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stats WHERE tablename = ${PHRASE_INDEX}`.execute(t.database.db)).rows[0]?.n,
      )
    expect(await statistics()).toBe(0)
    const lock = await holdingLock('SHARE UPDATE EXCLUSIVE') // ANALYZE waits for it
    try {
      const stop = new AbortController()
      const keeping = keepPhraseIndex(t.database.db, stop.signal)
      await lock.waitingFor('ANALYZE')
      stop.abort()
      expect(await keeping).toBe('stopped')
      await lock.release()
      expect(await statistics()).toBe(0)
      expect(await keepPhraseIndex(t.database.db)).toBe('analysed')
      expect(await statistics()).toBeGreaterThan(0)
      expect(await keepPhraseIndex(t.database.db)).toBe('kept')
    } finally {
      await lock.close()
    }
  })

  it('stops a build in progress when asked, leaving the next run to build it', async () => {
    await story('Ремонт мосту', 'Ремонт мостів.', 'Текст.')
    const lock = await holdingLock('ROW EXCLUSIVE') // a writer's open transaction: CREATE INDEX CONCURRENTLY waits for it to end
    try {
      const stop = new AbortController()
      const building = keepPhraseIndex(t.database.db, stop.signal)
      await lock.waitingFor('CREATE INDEX CONCURRENTLY')
      const started = Date.now()
      stop.abort()
      expect(await building).toBe('stopped')
      expect(Date.now() - started).toBeLessThan(2000)
      await lock.release()
      expect(await phraseIndexReady(lock.db)).toBe(false)
      expect(await keepPhraseIndex(t.database.db)).toBe('built')
      expect(await found(t.database.db, '"ремонт мостів"')).toEqual(['Ремонт мосту'])
    } finally {
      await lock.close()
    }
  })
})
