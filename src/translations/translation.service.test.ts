import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { makeStory, paragraphs } from '../testing/factories.js'
import { refusal } from '../testing/refusal.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

describe.each(testDialects())('translations on %s', (dialect) => {
  let ctx: TestContext
  beforeEach(async () => {
    ctx = await createTestContext(dialect)
  })
  afterEach(() => ctx.close())

  it('creates a translation that records its source language and revision', async () => {
    const { story, version } = await makeStory(ctx.services, { headline: 'Джерело' })
    await ctx.services.stories.saveVersion({ versionId: version.id, baseRevision: 1, changes: { lead: 'Новий лід' } }, systemActor)
    const en = await ctx.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'Source', body: paragraphs('English text') },
      systemActor,
    )
    expect(en).toMatchObject({ locale: 'en', status: 'draft', revision: 1, sourceLocale: 'uk', sourceRevision: 2, slug: 'source' })
    expect(en.lead).toBe('Новий лід') // left out, so copied from the source for the translator to replace
    expect(ctx.events.at(-1)).toEqual({ name: 'translation.created', payload: { storyId: story.id, locale: 'en', sourceLocale: 'uk' } })
  })

  it('reports a translation as outdated once its source moves on, and not before', async () => {
    const { story, version } = await makeStory(ctx.services)
    const en = await ctx.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'EN' },
      systemActor,
    )
    await ctx.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'ru', headline: 'RU' },
      systemActor,
    )
    expect(await ctx.services.translations.listOutdatedTranslations({}, systemActor)).toEqual([])

    await ctx.services.stories.saveVersion({ versionId: version.id, baseRevision: 1, changes: { body: paragraphs('Нове') } }, systemActor)
    const outdated = await ctx.services.translations.listOutdatedTranslations({}, systemActor)
    expect(outdated.map((o) => o.locale).sort()).toEqual(['en', 'ru'])
    expect(outdated.find((o) => o.locale === 'en')).toMatchObject({
      storyId: story.id,
      versionId: en.id,
      sourceLocale: 'uk',
      sourceVersionId: version.id,
      translatedRevision: 1,
      currentSourceRevision: 2,
    })
    expect((await ctx.services.translations.listOutdatedTranslations({ locale: 'ru' }, systemActor)).map((o) => o.locale)).toEqual(['ru'])
  })

  it('stops reporting a translation once the translator brings it up to the source revision', async () => {
    const { story, version } = await makeStory(ctx.services)
    const en = await ctx.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'EN' },
      systemActor,
    )
    await ctx.services.stories.saveVersion({ versionId: version.id, baseRevision: 1, changes: { headline: 'Оновлено' } }, systemActor)
    await ctx.services.stories.saveVersion(
      { versionId: en.id, baseRevision: 1, changes: { headline: 'Updated' }, sourceRevision: 2 },
      systemActor,
    )
    expect(await ctx.services.translations.listOutdatedTranslations({}, systemActor)).toEqual([])
  })

  it('refuses to claim a source revision that does not exist', async () => {
    const { story } = await makeStory(ctx.services)
    const en = await ctx.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'EN' },
      systemActor,
    )
    const err = await refusal(
      ctx.services.stories.saveVersion({ versionId: en.id, baseRevision: 1, changes: {}, sourceRevision: 5 }, systemActor),
    )
    expect(err).toMatchObject({ kind: 'Invalid', key: 'source_revision_invalid', params: { revision: 5, current: 1 } })
  })

  it('refuses a second version in the same language, the same language as source, and unknown languages', async () => {
    const { story } = await makeStory(ctx.services)
    await ctx.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'EN' },
      systemActor,
    )
    const again = ctx.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'EN 2' },
      systemActor,
    )
    expect(await refusal(again)).toMatchObject({ kind: 'Conflict', key: 'version_exists' })
    const same = ctx.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'uk', headline: 'X' },
      systemActor,
    )
    expect(await refusal(same)).toMatchObject({ kind: 'Invalid', key: 'translation_same_locale' })
    const unknown = ctx.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'de', headline: 'X' },
      systemActor,
    )
    expect(await refusal(unknown)).toMatchObject({ kind: 'Invalid', key: 'locale_not_configured', params: { locale: 'de' } })
    const missing = ctx.services.translations.createTranslation(
      { storyId: 'zzzzzzzzzzzz', sourceLocale: 'uk', targetLocale: 'ru', headline: 'X' },
      systemActor,
    )
    expect(await refusal(missing)).toMatchObject({ kind: 'NotFound', key: 'story_not_found' })
    const noSource = ctx.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'ru', targetLocale: 'en', headline: 'X' },
      systemActor,
    )
    expect(await refusal(noSource)).toMatchObject({ kind: 'NotFound', key: 'source_version_not_found' })
  })
})
