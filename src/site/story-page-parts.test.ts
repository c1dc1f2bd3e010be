import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { packBytes, packBytesAgainst, unpackBytesAgainst, unpackTextBytes } from '../db/packed-text.js'
import { toTimestamp } from '../db/time.js'
import { systemActor } from '../shared/roles.js'
import { indexScans } from '../testing/index-scans.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { loadSiteAssets } from './assets.js'
import { createPageContexts } from './page-context.js'
import { storyPage } from './pages/story.page.js'
import { buildSiteWorld } from './site.fixtures.js'
import { loadStoryPage } from './story.loader.js'
import { readAlso } from './story.producer.js'
import { createStoryPageParts } from './story-page-parts.js'
import { deletePartsTagged, findVersionsNeedingParts, storePart } from './story-page-parts.repository.js'

const SITE = 'http://localhost:3000'

describe.each(testDialects())('story pages rendered ahead of readers on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let world: Awaited<ReturnType<typeof buildSiteWorld>>
  // No page cache: every request reads the stored page, so what it serves is what is stored.
  beforeEach(async () => {
    t = await createTestApp(dialect, { PAGE_CACHE_MB: '0' })
    world = await buildSiteWorld(t.services)
  })
  afterEach(() => t.close())
  const get = (url: string) => t.app.inject({ url })

  /** When each version's stored page was rendered (the test clock moves between steps), by version id. */
  async function stored(): Promise<Map<string, string>> {
    const rows = await t.database.db
      .withTables<{ story_page_parts: { version_id: string; rendered_at: string } }>()
      .selectFrom('story_page_parts')
      .select(['version_id', 'rendered_at'])
      .execute()
    return new Map(rows.map((r) => [r.version_id, r.rendered_at]))
  }

  /**
   * A version's stored page as the table holds it, and its HTML read back as the server reads it:
   * against the language's skeleton, and on PostgreSQL the version's JSON after it (decisions 026, 028).
   */
  async function storedPage(versionId: string, locale: string) {
    const row = await t.database.db
      .withTables<{ story_page_parts: { version_id: string; html: Uint8Array; rendered_at: string } }>()
      .selectFrom('story_page_parts')
      .innerJoin('story_versions', 'story_versions.id', 'story_page_parts.version_id')
      .select(['story_page_parts.html', 'story_page_parts.rendered_at', 'story_versions.body'])
      .where('story_page_parts.version_id', '=', versionId)
      .executeTakeFirstOrThrow()
    const dictionary = Buffer.concat([t.storyPages.skeleton(locale), ...(dialect === 'postgres' ? [unpackTextBytes(row.body)] : [])])
    return { html: row.html, renderedAt: row.rendered_at, page: unpackBytesAgainst(row.html, dictionary) }
  }

  async function forgetStored() {
    // A page rendered on a reader's request is stored after the response: let that land first.
    await t.cacheSettled()
    await t.database.db.withTables<{ story_page_parts: { version_id: string } }>().deleteFrom('story_page_parts').execute()
    expect((await stored()).size).toBe(0)
  }

  /** Lets every change's deletion and re-render finish, then moves the clock so the next renders are told apart. */
  async function settle() {
    await t.cacheSettled()
    t.clock.advance(60_000)
  }

  async function unrelatedStory() {
    const sport = await t.services.taxonomy.createTopic({ kind: 'section', names: { uk: { name: 'Спорт', slug: 'sport' } } }, systemActor)
    const { story, versions } = await t.services.stories.createStory(
      { locale: 'uk', headline: 'Футбольний матч', lead: 'Лід', sectionId: sport.id },
      systemActor,
    )
    await t.services.stories.transition(versions[0]!.id, { to: 'published' }, systemActor)
    return { id: story.id, versionId: versions[0]!.id }
  }

  it('serves a stored page byte for byte as the whole page rendered at once, menu and latest news filled in', async () => {
    const a = await world.story({ uk: 'Нічні автобуси', en: 'Night buses', ru: 'Ночные автобусы' })
    await world.story({ uk: 'Новий міст' })
    await settle()
    expect((await stored()).size).toBe(4) // rendered as each was published
    expect(await t.storyPages.renderAll()).toBe(0) // nothing left for the start-up walk
    await forgetStored()
    expect(await t.storyPages.renderAll()).toBe(4)
    expect((await stored()).size).toBe(4)

    const pages = createPageContexts({
      db: t.database.db,
      site: { locales: ['uk', 'en', 'ru'], defaultLocale: 'uk' },
      siteUrl: SITE,
      mediaRoot: '/media',
      timezone: 'Europe/Kyiv',
      assets: await loadSiteAssets(),
    })
    const search = t.services.search
    for (const [locale, path] of [
      ['uk', `/news/nichni-avtobusy-${a.id}`],
      ['en', `/en/news/night-buses-${a.id}`],
      ['ru', `/ru/news/nochnye-avtobusy-${a.id}`],
    ] as const) {
      const res = await get(path)
      expect(res.statusCode, path).toBe(200)
      const whole = await loadStoryPage(t.database.db, a.id, locale, toTimestamp(t.clock()), readAlso(search))
      if (whole.kind !== 'ok') throw new Error(`${path} is not public`)
      expect(res.body).toBe(storyPage(await pages.context(locale), whole.data))
      expect(res.body).not.toContain('vistka-hole')
    }
    const uk = (await get(`/news/nichni-avtobusy-${a.id}`)).body
    // Stored deflated (decision 018): a fraction of the page it makes.
    const sizes = await t.database.db
      .withTables<{ story_page_parts: { html: Uint8Array } }>()
      .selectFrom('story_page_parts')
      .select('html')
      .execute()
    for (const { html } of sizes) expect(html.length).toBeLessThan(Buffer.byteLength(uk) / 2)
    // Against the language's skeleton (decision 028), and on PostgreSQL the version's JSON too
    // (decision 026): zlib's header says a preset dictionary was used.
    for (const { html } of sizes) expect(((html[1] as number) & 0x20) !== 0).toBe(true)
    // The markup every page shares costs next to nothing: well under what deflating the page alone takes.
    const { html, page } = await storedPage(a.versionIds.uk as string, 'uk')
    expect(page?.toString('utf8')).toContain('Нічні автобуси')
    expect(html.length).toBeLessThan(packBytes(page as Buffer).length * 0.7)
    expect(uk).toContain('<nav class="sections"')
    expect(uk).toMatch(/aria-current="page"[^>]*>Політика</)
    expect(uk).toContain('Новий міст') // in the latest news and "read also"
  })

  it('walks the versions needing a page a window at a time, newest first, each once, one language at a time', async () => {
    for (let i = 0; i < 7; i++) {
      await world.story(i % 2 ? { uk: `Історія ${i}`, en: `Story ${i}` } : { uk: `Історія ${i}` })
      if (i % 3 === 2) t.clock.advance(60_000) // some published at the same instant: the id decides
    }
    await settle()
    await forgetStored()
    const expected = await t.database.db
      .selectFrom('story_versions')
      .select('id')
      .where('locale', '=', 'uk')
      .where('status', '=', 'published')
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .execute()
    const walk = async () => {
      const seen: string[] = []
      let windows = 0
      let after: { publishedAt: string; id: string } | undefined
      for (;;) {
        const { versions, next } = await findVersionsNeedingParts(t.database.db, {
          locale: 'uk',
          now: toTimestamp(t.clock()),
          fingerprint: t.storyPages.fingerprint,
          staleBefore: '2000-01-01T00:00:00.000Z',
          scan: 2,
          ...(after && { after }),
        })
        windows++
        seen.push(...versions.map((v) => v.id))
        if (!next) break
        after = next
      }
      return { seen, windows }
    }
    expect(await walk()).toEqual({ seen: expected.map((v) => v.id), windows: 4 })
    expect(await t.storyPages.renderAll()).toBe(10) // 7 in Ukrainian, 3 in English
    // Every page current (a restart): the same windows, nothing to render.
    expect(await walk()).toEqual({ seen: [], windows: 4 })
  })

  it('walks several pages at once when asked (PostgreSQL), each once, and ends at a failure once those in flight are done', async () => {
    for (let i = 0; i < 7; i++) await world.story({ uk: `Історія ${i}` })
    await settle()
    await forgetStored()
    const walkWith = (fail?: number) => {
      const seen: string[] = []
      let active = 0
      let most = 0
      const parts = createStoryPageParts({
        db: t.database.db,
        locales: ['uk'],
        fingerprint: 'a walk of its own',
        skeleton: () => Buffer.from('<!DOCTYPE html>'),
        now: () => toTimestamp(t.clock()),
        render: async (versionId) => {
          const n = seen.push(versionId)
          most = Math.max(most, ++active)
          await new Promise((r) => setTimeout(r, 5))
          active--
          if (n === fail) throw new Error(`render ${n} failed`)
          return undefined // as for a version no longer public: nothing is stored
        },
        onError: (err) => {
          throw err
        },
        walkAtOnce: 3,
      })
      return { parts, seen, most: () => most, active: () => active }
    }
    const whole = walkWith()
    expect(await whole.parts.renderAll()).toBe(7)
    expect(new Set(whole.seen).size).toBe(7)
    expect(whole.most()).toBe(3)

    const failing = walkWith(2)
    await expect(failing.parts.renderAll()).rejects.toThrow('render 2 failed')
    expect(failing.active()).toBe(0) // nothing left running
    expect(failing.seen.length).toBeLessThan(7)
  })

  it('renders a page on a reader’s request when none is stored, and keeps it', async () => {
    const a = await world.story({ uk: 'Нічні автобуси' })
    await settle()
    await forgetStored()
    const res = await get(`/news/nichni-avtobusy-${a.id}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<h1>Нічні автобуси</h1>')
    await t.cacheSettled()
    expect([...(await stored()).keys()]).toEqual([a.versionIds.uk])
    expect((await get(`/news/nichni-avtobusy-${a.id}`)).body).toBe(res.body)
  })

  it('finds the pages a change drops by their tags, through the tags index on PostgreSQL (migration 0029)', async () => {
    const a = await world.story({ uk: 'Нічні автобуси' })
    const b = await world.story({ uk: 'Футбол' })
    await settle()
    await forgetStored()
    for (const story of [a, b]) await get(`/news/${story.id === a.id ? 'nichni-avtobusy' : 'futbol'}-${story.id}`)
    await t.cacheSettled()
    expect((await stored()).size).toBe(2)
    const tags = (
      await t.database.db
        .withTables<{ story_page_parts: { version_id: string; tags: string } }>()
        .selectFrom('story_page_parts')
        .select('tags')
        .where('version_id', '=', a.versionIds.uk as string)
        .executeTakeFirstOrThrow()
    ).tags.split(' ')
    const own = tags.filter((tag) => tag.includes(a.id))
    expect(own.length).toBeGreaterThan(0)
    const deleted = await t.database.db.connection().execute(async (conn) => {
      if (dialect === 'postgres') await sql`SET enable_seqscan = off`.execute(conn)
      const versions = await deletePartsTagged(conn, [...own, 'story:nothing-shows-this'])
      if (dialect === 'postgres') expect((await indexScans(conn, 'story_page_parts')).get('story_page_parts_tags')).toBeGreaterThan(0)
      return versions
    })
    expect(deleted).toEqual([a.versionIds.uk])
    expect([...(await stored()).keys()]).toEqual([b.versionIds.uk])
  })

  it('renders again, never serves, a stored page packed against another body than its version holds', async () => {
    const a = await world.story({ uk: 'Нічні автобуси' })
    await settle()
    const path = `/news/nichni-avtobusy-${a.id}`
    const first = (await get(path)).body
    const versionId = a.versionIds.uk as string
    const table = t.database.db.withTables<{ story_page_parts: { version_id: string; html: Uint8Array; rendered_at: string } }>()
    const row = await table
      .selectFrom('story_page_parts')
      .select(['html', 'rendered_at'])
      .where('version_id', '=', versionId)
      .executeTakeFirstOrThrow()
    // What a page stored against the body before an edit, or a restored backup of one table, would hold.
    const foreign = packBytesAgainst(Buffer.from(first.replace('Нічні автобуси', 'Чужий текст')), '{"type":"doc","content":[]}')
    await table.updateTable('story_page_parts').set({ html: foreign }).where('version_id', '=', versionId).execute()
    t.clock.advance(60_000)
    const again = await get(path)
    expect(again.statusCode).toBe(200)
    expect(again.body).toBe(first)
    expect(again.body).not.toContain('Чужий текст')
    await t.cacheSettled()
    const stored = await table
      .selectFrom('story_page_parts')
      .select('rendered_at')
      .where('version_id', '=', versionId)
      .executeTakeFirstOrThrow()
    expect(stored.rendered_at > row.rendered_at).toBe(true) // rendered and kept again
  })

  it('reads each language’s stored page back with that language’s skeleton, and serves it without rendering it again', async () => {
    const a = await world.story({ uk: 'Нічні автобуси', en: 'Night buses', ru: 'Ночные автобусы' })
    await settle()
    const paths = { uk: `/news/nichni-avtobusy-${a.id}`, en: `/en/news/night-buses-${a.id}`, ru: `/ru/news/nochnye-avtobusy-${a.id}` }
    for (const path of Object.values(paths)) expect((await get(path)).statusCode).toBe(200)
    await t.cacheSettled()
    const first = new Map<string, string>()
    for (const [locale, headline] of [
      ['uk', 'Нічні автобуси'],
      ['en', 'Night buses'],
      ['ru', 'Ночные автобусы'],
    ] as const) {
      const row = await storedPage(a.versionIds[locale] as string, locale)
      expect(row.page?.toString('utf8')).toContain(`<html lang="${locale}">`)
      expect(row.page?.toString('utf8')).toContain(headline)
      first.set(locale, row.renderedAt)
    }
    t.clock.advance(60_000)
    for (const path of Object.values(paths)) expect((await get(path)).statusCode).toBe(200)
    await t.cacheSettled()
    for (const locale of ['uk', 'en', 'ru'] as const)
      expect((await storedPage(a.versionIds[locale] as string, locale)).renderedAt).toBe(first.get(locale)) // served as stored
  })

  it('serves a page stored deflated alone (before decision 026) as it is, without rendering it again', async () => {
    const a = await world.story({ uk: 'Нічні автобуси' })
    await settle()
    const path = `/news/nichni-avtobusy-${a.id}`
    expect((await get(path)).statusCode).toBe(200)
    await t.cacheSettled()
    const versionId = a.versionIds.uk as string
    const table = t.database.db.withTables<{ story_page_parts: { version_id: string; html: Uint8Array; rendered_at: string } }>()
    const row = await storedPage(versionId, 'uk')
    const html = row.page?.toString('utf8') ?? ''
    expect(html).toContain('Нічні автобуси')
    // What a server before decision 026 stored on either database (and SQLite before decision 028).
    const marked = html.replace('</body>', '<!-- stored alone --></body>')
    await table
      .updateTable('story_page_parts')
      .set({ html: packBytes(Buffer.from(marked)) })
      .where('version_id', '=', versionId)
      .execute()
    t.clock.advance(60_000)
    const again = await get(path)
    expect(again.statusCode).toBe(200)
    expect(again.body).toContain('<!-- stored alone -->')
    await t.cacheSettled()
    const stored = await table
      .selectFrom('story_page_parts')
      .select('rendered_at')
      .where('version_id', '=', versionId)
      .executeTakeFirstOrThrow()
    expect(stored.rendered_at).toBe(row.renderedAt) // kept, not rendered again
  })

  it('refuses to store a page under a tag that is empty or holds white space, which the tags column would split', async () => {
    const a = await world.story({ uk: 'Нічні автобуси' })
    await settle()
    await forgetStored()
    const part = { fingerprint: 'f', sectionId: null, html: Buffer.from('<p>x</p>'), digest: 'd', renderedAt: toTimestamp(t.clock()) }
    const skeleton = t.storyPages.skeleton('uk')
    for (const bad of ['topic:a b', '', 'story:x\ty']) {
      await expect(storePart(t.database.db, a.versionIds.uk as string, { ...part, tags: ['nav', bad] }, skeleton)).rejects.toThrow(
        /cache tag/,
      )
    }
    expect((await stored()).size).toBe(0)
    expect(await storePart(t.database.db, a.versionIds.uk as string, { ...part, tags: ['nav', `story:${a.id}`] }, skeleton)).toBe(true)
    expect([...(await stored()).keys()]).toEqual([a.versionIds.uk])
  })

  it('renders again exactly the pages an edit, a withdrawal, a topic rename or a published translation makes stale', async () => {
    const a = await world.story({ uk: 'Нічні автобуси', en: 'Night buses' }, { publish: ['uk'] })
    const b = await world.story({ uk: 'Новий міст' })
    const other = await unrelatedStory()
    const draft = await world.story({ uk: 'Чернетка' }, { publish: [] })
    await settle()
    // Start from every page rendered by the start-up walk, with b in a's "read also".
    await forgetStored()
    await t.storyPages.renderAll()
    const before = await stored()
    expect(before.size).toBe(3) // a (uk), b, other: no draft, no unpublished translation
    const aPage = `/news/nichni-avtobusy-${a.id}`
    const readAlso = async () => (await get(aPage)).body.split('id="read-also"')[1] ?? ''
    expect(await readAlso()).toContain('Новий міст')

    // A draft edit changes no public page.
    await t.services.stories.saveVersion({ versionId: draft.versionIds.uk as string, baseRevision: 1, changes: { lead: 'x' } }, systemActor)
    await settle()
    expect(await stored()).toEqual(before)

    // An edit of b: its page, and a's (b is in its "read also"); not the unrelated story's.
    await t.services.stories.saveVersion(
      { versionId: b.versionIds.uk as string, baseRevision: 1, changes: { headline: 'Міст відкрито' } },
      systemActor,
    )
    await settle()
    let after = await stored()
    expect(after.get(other.versionId)).toBe(before.get(other.versionId))
    expect(after.get(a.versionIds.uk as string)).not.toBe(before.get(a.versionIds.uk as string))
    expect(after.get(b.versionIds.uk as string)).not.toBe(before.get(b.versionIds.uk as string))
    expect(await readAlso()).toContain('Міст відкрито')
    expect(await readAlso()).not.toContain('>Новий міст<')

    // A topic renamed: every page naming it.
    const previous = after
    await t.services.taxonomy.updateTopic(world.tag.id, { names: { uk: { name: 'громадський транспорт' } } }, systemActor)
    await settle()
    after = await stored()
    expect(after.get(other.versionId)).toBe(previous.get(other.versionId))
    expect(after.get(a.versionIds.uk as string)).not.toBe(previous.get(a.versionIds.uk as string))
    expect((await get(aPage)).body).toContain('громадський транспорт')

    // A translation published: the story's page in every language (the switcher links it).
    await t.services.stories.transition(a.versionIds.en as string, { to: 'published' }, systemActor)
    await settle()
    expect((await get(aPage)).body).toContain(`href="/en/news/night-buses-${a.id}"`)
    expect((await stored()).has(a.versionIds.en as string)).toBe(true)

    // A withdrawal: its own page answers 410 and leaves the store; "read also" elsewhere drops it.
    await t.services.stories.transition(b.versionIds.uk as string, { to: 'unpublished' }, systemActor)
    await settle()
    expect((await get(`/news/mist-vidkryto-${b.id}`)).statusCode).toBe(410)
    expect((await stored()).has(b.versionIds.uk as string)).toBe(false)
    expect((await get(aPage)).body).not.toContain('Міст відкрито')
    expect((await stored()).get(other.versionId)).toBe(before.get(other.versionId))
  })

  it('gives a page rendered after a publish, a withdrawal or a topic change the "read also" that change made, though topics’ lists are remembered', async () => {
    // Enough stories sharing the topics that "read also" (four, newest first at equal likeness) comes from them alone.
    // Each a minute newer than the one before: "read also" orders by likeness, then by publication.
    const story = async (headline: string) => {
      t.clock.advance(60_000)
      return world.story({ uk: headline })
    }
    const a = await story('Нічні автобуси')
    for (const headline of ['Перша новина', 'Друга новина', 'Третя новина', 'Четверта новина']) await story(headline)
    const b = await story('Новий міст')
    await settle()
    // Well within the minute a remembered list lives: only forgetting it on the change can show the change.
    const settleBriefly = async () => {
      await t.cacheSettled()
      t.clock.advance(1_000)
    }
    /** The page's "read also" cards alone (the latest news below them list every story). */
    const readAlsoOf = async (id: string, slug: string) => {
      await forgetStored()
      return (await get(`/news/${slug}-${id}`)).body.split('id="read-also"')[1]?.split('</ul>')[0] ?? ''
    }
    expect(await readAlsoOf(a.id, 'nichni-avtobusy')).toContain('Новий міст') // the topics' lists are now remembered
    expect(await readAlsoOf(b.id, 'novyi-mist')).not.toContain('Тролейбуси')

    const c = await world.story({ uk: 'Тролейбуси повертаються' })
    await settleBriefly()
    expect(await readAlsoOf(b.id, 'novyi-mist')).toContain('Тролейбуси повертаються')
    expect(await readAlsoOf(a.id, 'nichni-avtobusy')).toContain('Тролейбуси повертаються')

    await t.services.stories.transition(c.versionIds.uk as string, { to: 'unpublished' }, systemActor)
    await settleBriefly()
    expect(await readAlsoOf(b.id, 'novyi-mist')).not.toContain('Тролейбуси')
    expect(await readAlsoOf(a.id, 'nichni-avtobusy')).not.toContain('Тролейбуси')

    // A story taken out of the topics: their lists forget it too.
    await t.services.stories.updateStory(b.id, { topicIds: [] }, systemActor)
    await settleBriefly()
    expect(await readAlsoOf(a.id, 'nichni-avtobusy')).not.toContain('Новий міст')
  })

  it('never serves a stored page of a version readers may not see', async () => {
    const a = await world.story({ uk: 'Під ембарго' })
    await world.story({ uk: 'Запланована' }, { publish: [] })
    await settle()
    await t.storyPages.renderAll()
    expect((await stored()).size).toBe(1)
    // The row outlives the change in the store only if its deletion is missed: make that happen, and look.
    await t.database.db
      .updateTable('story_versions')
      .set({ embargo_until: '2030-01-01T00:00:00.000Z' })
      .where('id', '=', a.versionIds.uk as string)
      .execute()
    expect((await stored()).size).toBe(1)
    expect((await get(`/news/pid-embarho-${a.id}`)).statusCode).toBe(404)
    await t.database.db
      .updateTable('story_versions')
      .set({ embargo_until: null, status: 'unpublished' })
      .where('id', '=', a.versionIds.uk as string)
      .execute()
    expect((await get(`/news/pid-embarho-${a.id}`)).statusCode).toBe(410)
  })

  it('does not keep a page whose render raced a change to what it shows', async () => {
    const a = await world.story({ uk: 'Нічні автобуси' })
    await settle()
    const startedAt = t.storyPages.begin()
    await get(`/news/nichni-avtobusy-${a.id}`) // rendered and kept: nothing raced it
    await t.cacheSettled()
    expect((await stored()).size).toBe(1)
    await t.storyPages.invalidate([`story:${a.id}`])
    expect((await stored()).size).toBe(0)
    await t.cacheSettled()
    // The re-render the change queued is stored; one begun before the change is not.
    expect((await stored()).size).toBe(1)
    await t.storyPages.invalidate([`topic:${world.tag.id}`])
    await t.cacheSettled()
    const part = {
      versionId: a.versionIds.uk as string,
      sectionId: null,
      html: Buffer.from('stale'),
      digest: 'x',
      locale: 'uk',
      related: [],
      tags: [`topic:${world.tag.id}`],
    }
    t.storyPages.keep(part, startedAt)
    await t.cacheSettled()
    expect((await get(`/news/nichni-avtobusy-${a.id}`)).body).toContain('<h1>Нічні автобуси</h1>')
  })

  it('renders again, instead of serving, a page stored under another site address', async () => {
    const a = await world.story({ uk: 'Нічні автобуси' })
    await settle()
    await t.storyPages.renderAll()
    const path = `/news/nichni-avtobusy-${a.id}`
    expect((await get(path)).body).toContain(`<link rel="canonical" href="${SITE}${path}"/>`)
    const before = await stored()
    t.clock.advance(60_000)
    // The same database served under another address: the pages stored for the first are not this one's.
    const moved = await buildApp(
      loadConfig({ MEDIA_DIR: t.mediaDir, LOG_LEVEL: 'silent', PAGE_CACHE_MB: '0', SITE_URL: 'https://vistka.example' }),
      {
        database: openDatabase(t.location),
        clock: t.clock,
        logger: false,
      },
    )
    try {
      const res = await moved.app.inject({ url: path })
      expect(res.statusCode).toBe(200)
      expect(res.body).toContain(`<link rel="canonical" href="https://vistka.example${path}"/>`)
      expect(res.body).not.toContain(SITE)
      await moved.cacheSettled()
      expect((await stored()).get(a.versionIds.uk as string)).not.toBe(before.get(a.versionIds.uk as string))
    } finally {
      await moved.close()
    }
  })
})
