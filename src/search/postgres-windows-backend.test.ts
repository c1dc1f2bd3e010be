import { type Kysely, sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../db/database.js'
import type { DB } from '../db/schema.js'
import { systemActor } from '../shared/roles.js'
import { paragraphs } from '../testing/factories.js'
import { indexScans } from '../testing/index-scans.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { type TestDatabase, testDialects } from '../testing/test-database.js'
import { searchBackendFor } from './backends.js'
import { stretchesOf } from './postgres-backend.js'
import { keepWindows, plannedWindows, WINDOW_MONTHS, windowBounds, windowName } from './postgres-windows-backend.js'
import { parseQuery } from './query.js'

const day = (iso: string) => Date.parse(iso) / 86_400_000

describe('plannedWindows', () => {
  it('gives a window a month up to the month after now, and an open one after it', () => {
    const windows = plannedWindows(new Date('2026-12-06T18:00:00Z'), day('2026-11-24T08:00:00Z'))
    expect(windows).toHaveLength(WINDOW_MONTHS + 1)
    expect(windows[0]).toEqual({ start: day('2025-12-01T00:00:00Z'), end: day('2026-01-01T00:00:00Z') })
    expect(windows.at(-2)).toEqual({ start: day('2027-01-01T00:00:00Z'), end: day('2027-02-01T00:00:00Z') })
    expect(windows.at(-1)).toEqual({ start: day('2027-02-01T00:00:00Z'), end: null })
    // They tile time: each starts where the one before ends.
    for (let i = 1; i < windows.length; i++) expect(windows[i]?.start).toBe(windows[i - 1]?.end)
  })

  it('follows the newest document when it is later than the clock', () => {
    const windows = plannedWindows(new Date('2026-12-06T18:00:00Z'), day('2027-05-10T00:00:00Z'))
    expect(windows.at(-1)).toEqual({ start: day('2027-07-01T00:00:00Z'), end: null })
  })
})

describe('stretchesOf', () => {
  it('cuts time at the bounds, newest first, the last month first and the rest after', () => {
    const [nov, dec, jan, feb] = [20758, 20788, 20819, 20850]
    expect(stretchesOf([], 20790)).toEqual([[{ from: null, to: null }]])
    expect(stretchesOf([nov, dec, jan, feb], dec + 5)).toEqual([
      [
        { from: feb, to: null },
        { from: jan, to: feb },
        { from: dec, to: jan },
        { from: nov, to: dec },
      ],
      [{ from: null, to: nov }],
    ])
    // Long after the last window: only the open one first.
    expect(stretchesOf([nov, dec], feb + 400)[0]).toEqual([{ from: dec, to: null }])
  })
})

describe.each(testDialects().filter((d) => d === 'postgres'))('search windows on %s', (dialect) => {
  let t: TestContext
  beforeEach(async () => {
    t = await createTestContext(dialect)
  })
  afterEach(() => t.close())

  async function story(at: string, headline: string, body: string) {
    t.clock.set(at)
    const { versions } = await t.services.stories.createStory({ locale: 'uk', headline, lead: '', body: paragraphs(body) }, systemActor)
    await t.services.stories.transition(versions[0]!.id, { to: 'published' }, systemActor)
    await t.services.searchIndex.settled()
  }

  const windowIndexes = async (db: Kysely<DB>) =>
    (
      await sql<{ name: string }>`SELECT indexname AS name FROM pg_indexes
        WHERE tablename = 'search_documents' AND indexname LIKE 'search_documents_w%' ORDER BY 1`.execute(db)
    ).rows.map((r) => r.name)

  /** The backend's newest `newest` matches for `q` (no older headline matches), headlines sorted. */
  async function newest(db: Kysely<DB>, q: string, count: number) {
    const hits = await searchBackendFor(t.database.db).search(
      db,
      { all: parseQuery(q, 'uk') },
      { locales: ['uk'] },
      { now: t.clock().toISOString(), limit: 50, offset: 0, candidates: { newest: count, olderHeadlines: 0 } },
    )
    const rows = await t.database.db.selectFrom('story_versions').select(['id', 'headline']).execute()
    const headlineOf = new Map(rows.map((r) => [r.id, r.headline]))
    return hits.map((h) => headlineOf.get(h.versionId)).sort()
  }

  it('builds the planned windows once, drops those time has left behind, and rebuilds a half-built one', async () => {
    await story('2026-11-24T08:00:00.000Z', 'Ремонт мосту', 'Текст')
    const now = new Date('2026-12-06T18:00:00Z')
    expect(await keepWindows(t.database.db, now)).toEqual({ created: WINDOW_MONTHS + 1, dropped: 0 })
    const planned = plannedWindows(now, day('2026-11-24T08:00:00Z')).map((w) => windowName(w.start, w.end))
    expect(await windowIndexes(t.database.db)).toEqual([...planned].sort())
    expect(await keepWindows(t.database.db, now)).toEqual({ created: 0, dropped: 0 })
    expect(await windowBounds(t.database.db)).toHaveLength(WINDOW_MONTHS + 1)

    // Two months on: two new months and a new open window; the two oldest months and the old open window go.
    expect(await keepWindows(t.database.db, new Date('2027-02-06T18:00:00Z'))).toEqual({ created: 3, dropped: 3 })
    expect(await windowIndexes(t.database.db)).toHaveLength(WINDOW_MONTHS + 1)

    // An index a crash left half-built (CREATE INDEX CONCURRENTLY leaves it invalid) is built again.
    const [first] = await windowIndexes(t.database.db)
    await sql`UPDATE pg_index SET indisvalid = false WHERE indexrelid = ${first}::regclass`.execute(t.database.db)
    expect(await keepWindows(t.database.db, new Date('2027-02-06T18:00:00Z'))).toEqual({ created: 1, dropped: 1 })
    const valid = await sql<{ valid: boolean }>`SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = ${first}::regclass`.execute(
      t.database.db,
    )
    expect(valid.rows[0]?.valid).toBe(true)
  })

  it('does not remember a failed read of the windows: the next search reads them again', async () => {
    await story('2026-11-24T08:00:00.000Z', 'Ремонт мосту', 'Текст')
    await keepWindows(t.database.db, new Date('2026-12-06T18:00:00Z'))
    // A second connection, so nothing this test's other steps read is remembered for it.
    const second = openDatabase((t.database as TestDatabase).location)
    try {
      await sql`ALTER TABLE search_documents RENAME TO search_documents_away`.execute(t.database.db)
      await expect(windowBounds(second.db)).rejects.toThrow(/search_documents/)
      await sql`ALTER TABLE search_documents_away RENAME TO search_documents`.execute(t.database.db)
      expect(await windowBounds(second.db)).toHaveLength(WINDOW_MONTHS + 1)
    } finally {
      await second.close()
    }
  })

  it('lets one of two servers on the same database build the windows, the other leaving at once', async () => {
    await story('2026-11-24T08:00:00.000Z', 'Ремонт мосту', 'Текст')
    const second = openDatabase((t.database as TestDatabase).location)
    try {
      const now = new Date('2026-12-06T18:00:00Z')
      const both = await Promise.all([keepWindows(t.database.db, now), keepWindows(second.db, now)])
      // Whoever got the lock built them all; the other built none (or only what was left).
      expect(both.reduce((n, r) => n + r.created, 0)).toBe(WINDOW_MONTHS + 1)
      expect(await windowIndexes(t.database.db)).toHaveLength(WINDOW_MONTHS + 1)
      expect(await keepWindows(second.db, now)).toEqual({ created: 0, dropped: 0 })
    } finally {
      await second.close()
    }
  })

  it('finds the same newest matches with windows as without, across months and beyond the windows', async () => {
    const months = ['2025-06-15', '2026-02-10', '2026-09-03', '2026-10-20', '2026-11-05', '2026-11-24']
    for (const [i, date] of months.entries()) {
      await story(`${date}T08:00:00.000Z`, `Тендер ${i}`, 'Тендер на ремонт мостів.')
      await story(`${date}T09:00:00.000Z`, `Погода ${i}`, 'Сонячно.')
    }
    const before = [1, 2, 3, 6, 20].map((n) => newest(t.database.db, 'тендер ремонт', n))
    const beforeAll = await Promise.all(before)
    await keepWindows(t.database.db, new Date('2026-12-06T18:00:00Z'))
    const after = await Promise.all([1, 2, 3, 6, 20].map((n) => newest(t.database.db, 'тендер ремонт', n)))
    expect(after).toEqual(beforeAll)
    expect(after[2]).toEqual(['Тендер 3', 'Тендер 4', 'Тендер 5'])
    expect(after[4]).toHaveLength(6) // the 2025 one too, older than every window
    // A phrase is still a phrase in a window: the words apart do not match it.
    await story('2026-11-25T08:00:00.000Z', 'Мости', 'Ремонт доріг і тендер на асфальт.')
    expect(await newest(t.database.db, 'тендер ремонт', 1)).toEqual(['Мости'])
    expect(await newest(t.database.db, '"тендер ремонт"', 2)).toEqual(['Тендер 4', 'Тендер 5'])
    // A story published after the windows were built, in a month that has none yet (the open window).
    await story('2027-03-01T08:00:00.000Z', 'Тендер 6', 'Тендер на ремонт мостів.')
    expect(await newest(t.database.db, 'тендер ремонт', 1)).toEqual(['Тендер 6'])
  })

  it('answers from the newest window’s index, not the whole index, when that window holds enough', async () => {
    for (const date of ['2026-09-03', '2026-11-20', '2026-11-22', '2026-11-24']) {
      await story(`${date}T08:00:00.000Z`, `Тендер ${date}`, 'Тендер на ремонт мостів.')
    }
    await keepWindows(t.database.db, new Date('2026-12-06T18:00:00Z'))
    const november = windowName(day('2026-11-01T00:00:00Z'), day('2026-12-01T00:00:00Z'))
    const september = windowName(day('2026-09-01T00:00:00Z'), day('2026-10-01T00:00:00Z'))
    const scans = await t.database.db.connection().execute(async (conn) => {
      // On a table this small the planner would read it whole; the test is that it can use the
      // windows (their bounds are written into the SQL, so their predicates are proven).
      await sql`SET enable_seqscan = off`.execute(conn)
      expect(await newest(conn, 'тендер', 3)).toHaveLength(3)
      const scans = await indexScans(conn, 'search_documents')
      await sql`RESET enable_seqscan`.execute(conn)
      return scans
    })
    expect(scans.get(november)).toBeGreaterThan(0)
    expect(scans.get(september)).toBe(0) // never reached: November had the three
    expect(scans.get('search_documents_terms')).toBe(0)
  })
})
