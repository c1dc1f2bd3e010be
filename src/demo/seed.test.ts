import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEventBus } from '../events.js'
import { createJobRunner } from '../jobs/job.runner.js'
import { createLocalStorage } from '../media/media.storage.js'
import { linkedStoryIds, parseBody } from '../richtext/rendered-body.js'
import { systemActor } from '../shared/roles.js'
import { bodyHtmlOf } from '../testing/body-html.js'
import { storedRenderingText } from '../testing/stored-rendering.js'
import { createTestContext, TEST_SITE, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { verifyPassword } from '../users/password.js'
import { demoUsers } from './demo-users.js'
import { SCHEDULED_IN_HOURS } from './desk.js'
import { deskStories } from './desk-stories.js'
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
    expect(report).toMatchObject({ stories: 40 + Object.keys(deskStories).length, media: 40 })
    expect(report.versions).toBeGreaterThan(100)
    const db = ctx.database.db
    const versions = await db.selectFrom('story_versions').select(['locale', 'status']).execute()
    expect(versions).toHaveLength(report.versions)
    expect(new Set(versions.map((v) => v.status))).toEqual(new Set(['published', 'draft', 'in_review', 'scheduled']))
    const users = await db.selectFrom('users').select(['email', 'role', 'password_hash']).execute()
    expect(users.map((u) => u.role).sort()).toEqual(['admin', 'author', 'contributor', 'editor', 'translator'])
    const admin = users.find((u) => u.role === 'admin')!
    expect(await verifyPassword(admin.password_hash, demoUsers[0]!.password)).toBe(true)
    expect(await isEmptyDatabase(db)).toBe(false)
  })

  it('publishes the site’s pages in every language, in the footer’s order', async () => {
    const pages = await ctx.services.stories.listPages()
    expect(pages.map((p) => p.versions.find((v) => v.locale === 'en')?.slug)).toEqual(['about-us', 'editorial-policy', 'contacts'])
    for (const page of pages) {
      expect(page.versions.map((v) => v.status)).toEqual(['published', 'published', 'published'])
      expect(page.versions.find((v) => v.locale === 'uk')?.bodyText.length).toBeGreaterThan(20)
    }
  })

  it('leaves two stories’ translations outdated, one of them the demo translator’s', async () => {
    const outdated = await ctx.services.translations.listOutdatedTranslations({}, systemActor)
    expect(new Set(outdated.map((o) => o.storyId)).size).toBe(2)
    expect(outdated.map((o) => o.locale).sort()).toEqual(['en', 'en', 'ru'])
    const translator = await user('translator')
    const work = await ctx.services.stories.listVersions({ translateInto: 'en', translation: 'outdated', limit: 10 }, systemActor)
    expect(work.map((v) => v.headline)).toContain(deskStories.kyivStudentPass.versions.en?.headline)
    const pass = await versionsOf(deskStories.kyivStudentPass.versions.uk.headline)
    expect(pass.map((v) => [v.locale, v.status, v.updated_by])).toEqual([
      ['en', 'published', expect.any(String)],
      ['ru', 'draft', translator],
      ['uk', 'published', await user('editor')], // the update after translation
    ])
  })

  const user = async (role: string) =>
    (
      await ctx.database.db
        .selectFrom('users')
        .select('id')
        .where('role', '=', role as never)
        .executeTakeFirstOrThrow()
    ).id
  /** A story's versions by its Ukrainian headline, in locale order. */
  async function versionsOf(ukHeadline: string) {
    const db = ctx.database.db
    const { story_id } = await db
      .selectFrom('story_versions')
      .select('story_id')
      .where('headline', '=', ukHeadline)
      .executeTakeFirstOrThrow()
    return db
      .selectFrom('story_versions')
      .innerJoin('stories', 'stories.id', 'story_versions.story_id')
      .select(['locale', 'status', 'story_versions.updated_by', 'stories.created_by', 'scheduled_at'])
      .where('story_id', '=', story_id)
      .orderBy('locale')
      .execute()
  }

  it('puts work on every role’s desk: drafts, stories awaiting review, a scheduled story', async () => {
    const [author, contributor, translator] = [await user('author'), await user('contributor'), await user('translator')]
    const list = (status: 'draft' | 'in_review' | 'scheduled', createdBy?: string) =>
      ctx.services.stories.listVersions({ status, limit: 50, ...(createdBy && { createdBy }) }, systemActor)
    // Authors and contributors see their own stories (the desk's "My drafts"); editors see all.
    const headlines = async (...args: Parameters<typeof list>) => (await list(...args)).map((v) => v.headline).sort()
    expect(await headlines('draft', author)).toEqual(
      [deskStories.lvivTrams.versions.uk.headline, deskStories.kyivStudentPass.versions.ru?.headline].sort(), // with a translation of theirs
    )
    expect(await headlines('draft', contributor)).toEqual([deskStories.chernihivBikes.versions.uk.headline])
    expect(await headlines('in_review', author)).toEqual(
      [deskStories.odesaNightShifts.versions.uk.headline, deskStories.kharkivLibraries.versions.en?.headline].sort(),
    )
    const drafts = await list('draft')
    expect(drafts.length).toBeGreaterThanOrEqual(3)
    expect(drafts.filter((v) => v.locale === 'ru')).toHaveLength(1) // the translator's, in progress
    const inReview = await list('in_review')
    expect(inReview.map((v) => v.locale).sort()).toEqual(['en', 'uk'])
    expect((await versionsOf(deskStories.kharkivLibraries.versions.uk.headline)).map((v) => [v.locale, v.status, v.updated_by])).toEqual([
      ['en', 'in_review', translator],
      ['uk', 'published', await user('editor')],
    ])
    const goLive = new Date(now.getTime() + SCHEDULED_IN_HOURS * 3_600_000).toISOString()
    const scheduled = await versionsOf(deskStories.uzhhorodGreenhouse.versions.uk.headline)
    expect(scheduled.map((v) => [v.locale, v.status, v.scheduled_at, v.created_by])).toEqual([
      ['en', 'scheduled', goLive, author],
      ['uk', 'scheduled', goLive, author],
    ])
  })

  it('resolves internal links and speakers, and captions pictures in each language', async () => {
    const db = ctx.database.db
    // Stories, not the site's pages (About us…), which are plain text.
    const rows = await db
      .selectFrom('story_versions')
      .innerJoin('stories', 'stories.id', 'story_versions.story_id')
      .where('stories.kind', '=', 'story')
      .select(['story_versions.locale', 'story_versions.body', 'story_versions.body_parts', 'story_versions.story_id'])
      .execute()
    const ids = new Set(rows.map((r) => r.story_id))
    for (const r of rows) {
      const body = parseBody(storedRenderingText(r))
      const linked = linkedStoryIds(body)
      expect(linked.length).toBeGreaterThan(0)
      for (const id of linked) expect(ids.has(id)).toBe(true)
      expect(bodyHtmlOf({ renderedBody: body })).toMatch(/<figcaption>— [^<]+<\/figcaption>/)
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

  it('lets the scheduler publish the scheduled story on its own once its time comes', async () => {
    const headline = deskStories.uzhhorodGreenhouse.versions.uk.headline
    const clock = () => new Date(now.getTime() + SCHEDULED_IN_HOURS * 3_600_000 + 1000)
    const runner = createJobRunner({
      db: ctx.database.db,
      dialect,
      clock,
      handlers: {
        publish_version: async (p) => void (await ctx.services.stories.publishScheduled(String(p.versionId), String(p.scheduledAt))),
      },
      onError: (err) => {
        throw err
      },
    })
    expect(await runner.runDue()).toBe(2)
    expect((await versionsOf(headline)).map((v) => v.status)).toEqual(['published', 'published'])
  })
})
