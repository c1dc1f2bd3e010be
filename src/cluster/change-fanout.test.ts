import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type App, buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { createEventBus } from '../events.js'
import { newId } from '../ids.js'
import { systemActor } from '../shared/roles.js'
import { buildSiteWorld } from '../site/site.fixtures.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { type ChangeChannel, fanOutChanges } from './change-fanout.js'

/** Polls `check` until it holds or `ms` pass; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`)
    await new Promise((r) => setTimeout(r, 20))
  }
  return Date.now() - started
}

describe.each(testDialects())('changes reach every process on one %s database', (dialect) => {
  let a: Awaited<ReturnType<typeof createTestApp>>
  let b: App
  beforeEach(async () => {
    a = await createTestApp(dialect)
    // A second server process on the same database: its own page cache, menu and listener.
    b = await buildApp(loadConfig({ MEDIA_DIR: a.mediaDir, LOG_LEVEL: 'silent' }), {
      database: openDatabase(a.location),
      clock: a.clock,
      logger: false,
    })
  })
  afterEach(async () => {
    await b.close()
    await a.close()
  })

  const page = async (app: App, url: string) => {
    const res = await app.app.inject({ url })
    return { status: res.statusCode, body: res.body }
  }

  it('shows a story published on one process on the other’s cached pages within a second, and withdraws it as fast', async () => {
    const world = await buildSiteWorld(a.services)
    const first = await world.story({ uk: 'Перша новина' })
    expect((await page(b, '/')).body).toContain('Перша новина') // now cached on b
    expect((await page(b, '/feed/rss.xml')).body).toContain('Перша новина')
    const story = `/news/persha-novyna-${first.id}`
    expect((await page(b, story)).status).toBe(200)

    await world.story({ uk: 'Друга новина' }) // published on a
    await within(1000, async () => (await page(b, '/')).body.includes('Друга новина'))
    await within(1000, async () => (await page(b, '/feed/rss.xml')).body.includes('Друга новина'))

    await a.services.stories.transition(first.versionIds.uk as string, { to: 'unpublished' }, systemActor)
    await within(1000, async () => (await page(b, story)).status === 410)
    await within(1000, async () => !(await page(b, '/')).body.includes('Перша новина'))
    expect((await page(b, '/ready')).status).toBe(200)
  })

  it('renames a section in the other process’s menu', async () => {
    const world = await buildSiteWorld(a.services)
    await world.story({ uk: 'Новина' })
    const before = (await page(b, '/')).body
    const sectionName = world.section.names.uk?.name as string
    expect(before).toContain(sectionName)
    await a.services.taxonomy.updateTopic(world.section.id, { names: { uk: { name: 'Нова рубрика' } } }, systemActor)
    await within(1000, async () => (await page(b, '/')).body.includes('Нова рубрика'))
  })

  it('forgets the "read also" lists it remembers when a story with their topics is published or withdrawn on the other process', async () => {
    const world = await buildSiteWorld(a.services)
    // Each a minute newer: "read also" orders by likeness, then by publication.
    const story = async (headline: string) => {
      a.clock.advance(60_000)
      return world.story({ uk: headline })
    }
    const first = await story('Нічні автобуси')
    for (const headline of ['Перша новина', 'Друга новина', 'Третя новина', 'Четверта новина']) await story(headline)
    const related = async () => (await b.services.search.related(first.versionIds.uk as string, 4)).map((r) => r.headline)
    expect(await related()).not.toContain('Тролейбуси повертаються') // b now remembers the topics' lists

    // A second on the shared clock: b's lists are well within their minute, so only forgetting them shows the change.
    a.clock.advance(1_000)
    const later = await world.story({ uk: 'Тролейбуси повертаються' })
    await within(1000, async () => (await related()).includes('Тролейбуси повертаються'))
    await a.services.stories.transition(later.versionIds.uk as string, { to: 'unpublished' }, systemActor)
    await within(1000, async () => !(await related()).includes('Тролейбуси повертаються'))
  })

  it.runIf(dialect === 'postgres')(
    'drops its cache when its listener reconnects, so a change it missed is never served stale',
    async () => {
      const world = await buildSiteWorld(a.services)
      await world.story({ uk: 'Стара' })
      expect((await page(b, '/')).body).toContain('Стара')
      // Cut b's LISTEN connection, and change something while it is away.
      await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'LISTEN%'`.execute(
        a.database.db,
      )
      await world.story({ uk: 'Нова, поки не слухали' })
      await within(2000, async () => (await page(b, '/')).body.includes('Нова, поки не слухали'))
      await within(2000, async () => (await page(b, '/ready')).status === 200)
    },
  )
})

describe('change messages', () => {
  /** Two processes' channels joined in memory: what one publishes, the other receives. */
  function joined() {
    const listeners: ((message: string) => void)[] = []
    const sent: string[] = []
    const channel = (): ChangeChannel => ({
      async start(onMessage) {
        listeners.push(onMessage)
      },
      async publish(message) {
        sent.push(message)
        for (const listener of listeners) listener(message)
      },
      connected: () => true,
      async stop() {},
    })
    return { channel, sent }
  }

  it('sends a big import’s ids in slices that each fit in a NOTIFY, and the other process gets every id', async () => {
    const wire = joined()
    const localA = createEventBus()
    const a = fanOutChanges({ local: localA, channel: wire.channel(), onError: (err) => expect.fail(String(err)), onResync: () => {} })
    const b = fanOutChanges({
      local: createEventBus(),
      channel: wire.channel(),
      onError: (err) => expect.fail(String(err)),
      onResync: () => {},
    })
    await a.start()
    await b.start()
    const heard: string[][] = []
    b.cacheEvents.on('stories.imported', ({ storyIds }) => heard.push([...storyIds]))
    const ownHeard: string[][] = []
    a.cacheEvents.on('stories.imported', ({ storyIds }) => ownHeard.push([...storyIds]))

    const storyIds = Array.from({ length: 450 }, () => newId())
    localA.emit('stories.imported', { storyIds })
    await new Promise((r) => setImmediate(r))

    expect(wire.sent).toHaveLength(3)
    for (const message of wire.sent) expect(Buffer.byteLength(message)).toBeLessThan(8000)
    expect(heard.flat()).toEqual(storyIds)
    expect(ownHeard).toEqual([storyIds]) // its own process hears it once, whole, and not again from the wire
  })
})
