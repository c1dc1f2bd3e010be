import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Actor, systemActor } from '../shared/roles.js'
import { makeStory } from '../testing/factories.js'
import { refusal } from '../testing/refusal.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

/**
 * The rules hold whoever calls: the services check them, so the CLI, imports, jobs and the APIs
 * obey the same table (the permission matrix covers the same rules over HTTP).
 */
describe.each(testDialects())('services refuse what the actor may not do, on %s', (dialect) => {
  let ctx: TestContext
  const actors: Record<string, Actor> = {}
  beforeEach(async () => {
    ctx = await createTestContext(dialect)
    for (const [name, role, locales] of [
      ['author', 'author', []],
      ['otherAuthor', 'author', []],
      ['translatorEn', 'translator', ['en']],
      ['contributor', 'contributor', []],
    ] as const) {
      const user = await ctx.services.users.createUser(
        { email: `${name}@example.org`, name, role, password: 'a long enough password', locales: [...locales] },
        systemActor,
      )
      actors[name] = { userId: user.id, role, locales: [...locales] }
    }
  })
  afterEach(() => ctx.close())

  const a = (name: string) => actors[name] as Actor

  it('refuses to create a story to a translator, and in a language outside one’s own', async () => {
    expect((await refusal(ctx.services.stories.createStory({ locale: 'uk', headline: 'Ні' }, a('translatorEn')))).kind).toBe('Forbidden')
  })

  it('keeps another author’s history, moves and restores to those who may edit it', async () => {
    const { version } = await makeStory(ctx.services, { headline: 'Чуже' }, a('author'))
    const other = a('otherAuthor')
    expect((await refusal(ctx.services.revisions.listRevisions(version.id, other))).kind).toBe('Forbidden')
    expect((await refusal(ctx.services.revisions.getRevision(version.id, 1, other))).kind).toBe('Forbidden')
    expect((await refusal(ctx.services.revisions.diffRevisions(version.id, 1, 1, other))).kind).toBe('Forbidden')
    expect((await refusal(ctx.services.stories.restoreRevision({ versionId: version.id, number: 1, baseRevision: 1 }, other))).kind).toBe(
      'Forbidden',
    )
    expect((await refusal(ctx.services.stories.transition(version.id, { to: 'in_review' }, other))).kind).toBe('Forbidden')
    // The author may read it, but not publish it: that takes an editor.
    expect(await ctx.services.revisions.listRevisions(version.id, a('author'))).toHaveLength(1)
    expect((await refusal(ctx.services.stories.transition(version.id, { to: 'published' }, a('author')))).kind).toBe('Forbidden')
    expect((await refusal(ctx.services.stories.transition(version.id, { to: 'scheduled' }, a('author')))).kind).toBe('Forbidden')
    expect((await ctx.services.stories.getVersion(version.id)).status).toBe('draft')
  })

  it('lets a translator translate only into their languages, and lists only those outdated', async () => {
    const { story } = await makeStory(ctx.services, { headline: 'Джерело' })
    const into = (targetLocale: string) =>
      ctx.services.translations.createTranslation({ storyId: story.id, sourceLocale: 'uk', targetLocale }, a('translatorEn'))
    expect((await refusal(into('ru'))).kind).toBe('Forbidden')
    expect((await into('en')).locale).toBe('en')
    expect((await refusal(ctx.services.translations.listOutdatedTranslations({}, a('contributor')))).kind).toBe('Forbidden')
  })
})
