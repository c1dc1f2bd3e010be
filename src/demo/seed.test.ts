import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEventBus } from '../events.js'
import { createLocalStorage } from '../media/media.storage.js'
import { createTestContext, TEST_SITE, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { verifyPassword } from '../users/password.js'
import { demoUsers } from './demo-users.js'
import { isEmptyDatabase, type SeedReport, seedDemo } from './seed.js'
import { demoStories } from './stories/index.js'

describe('demo content', () => {
  it('is 40 stories across 5 sections, mostly in three languages, with unique keys and valid links', () => {
    expect(demoStories).toHaveLength(40)
    expect(new Set(demoStories.map((s) => s.key)).size).toBe(40)
    expect(new Set(demoStories.map((s) => s.section)).size).toBe(5)
    const trilingual = demoStories.filter((s) => s.versions.en && s.versions.ru).length
    expect(trilingual).toBeGreaterThan(20)
    expect(trilingual).toBeLessThan(40)
    const keys = new Set(demoStories.map((s) => s.key))
    for (const s of demoStories) {
      for (const v of Object.values(s.versions)) {
        const text = JSON.stringify(v.body)
        expect(text, s.key).toMatch(/\]\(story:/)
        for (const [, key] of text.matchAll(/\]\(story:([a-z0-9-]+)\)/g)) expect(keys.has(key as string), `${s.key} → ${key}`).toBe(true)
        expect(v.body.some((b) => 'h' in b)).toBe(true)
        expect(v.body.some((b) => 'quote' in b)).toBe(true)
      }
    }
  })
})

describe.each(testDialects())('the demo seed on %s', (dialect) => {
  let ctx: TestContext
  let report: SeedReport
  const now = new Date('2026-11-24T08:00:00.000Z')

  beforeAll(async () => {
    ctx = await createTestContext(dialect)
    expect(await isEmptyDatabase(ctx.database.db)).toBe(true)
    report = await seedDemo(
      { db: ctx.database.db, site: TEST_SITE, storage: createLocalStorage(ctx.mediaDir), events: createEventBus() },
      { now },
    )
  }, 120_000)
  afterAll(() => ctx?.close())

  it('fills the newsroom: stories, versions, pictures and one account per role', async () => {
    expect(report).toMatchObject({ stories: 40, media: 40 })
    expect(report.versions).toBeGreaterThan(100)
    const db = ctx.database.db
    const versions = await db.selectFrom('story_versions').select(['locale', 'status']).execute()
    expect(versions).toHaveLength(report.versions)
    expect(new Set(versions.map((v) => v.status))).toEqual(new Set(['published']))
    const users = await db.selectFrom('users').select(['email', 'role', 'password_hash']).execute()
    expect(users.map((u) => u.role).sort()).toEqual(['admin', 'author', 'contributor', 'editor', 'translator'])
    const admin = users.find((u) => u.role === 'admin')!
    expect(await verifyPassword(admin.password_hash, demoUsers[0]!.password)).toBe(true)
    expect(await isEmptyDatabase(db)).toBe(false)
  })

  it('leaves exactly one story’s translations outdated', async () => {
    const outdated = await ctx.services.translations.listOutdatedTranslations()
    expect(new Set(outdated.map((o) => o.storyId)).size).toBe(1)
    expect(outdated.map((o) => o.locale).sort()).toEqual(['en', 'ru'])
  })

  it('resolves internal links and speakers, and captions pictures in each language', async () => {
    const db = ctx.database.db
    const rows = await db.selectFrom('story_versions').select(['locale', 'body_html', 'story_id']).execute()
    const ids = new Set(rows.map((r) => r.story_id))
    for (const r of rows) {
      const linked = [...r.body_html.matchAll(/data-story-id="([0-9a-z]{12})"/g)].map((m) => m[1])
      expect(linked.length).toBeGreaterThan(0)
      for (const id of linked) expect(ids.has(id as string)).toBe(true)
      expect(r.body_html).toMatch(/<figcaption>— [^<]+<\/figcaption>/)
    }
    const texts = await db.selectFrom('media_locales').select(['locale']).execute()
    expect(texts).toHaveLength(120)
  })

  it('spreads publication times over the past weeks with some in the last 48 hours', async () => {
    const published = await ctx.database.db.selectFrom('story_versions').select('published_at').where('locale', '=', 'uk').execute()
    const hoursAgo = published.map((p) => (now.getTime() - new Date(p.published_at as string).getTime()) / 3_600_000)
    expect(Math.min(...hoursAgo)).toBeGreaterThan(0)
    expect(hoursAgo.filter((h) => h < 48).length).toBeGreaterThanOrEqual(6)
    expect(Math.max(...hoursAgo)).toBeGreaterThan(24 * 14)
  })
})
