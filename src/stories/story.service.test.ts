import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DomainError } from '../errors.js'
import { systemActor } from '../shared/roles.js'
import { bodyHtmlOf } from '../testing/body-html.js'
import { makeAuthor, makeStory, makeTopic, paragraphs } from '../testing/factories.js'
import { refusal } from '../testing/refusal.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

const revisionCount = async (ctx: TestContext, versionId: string) =>
  Number(
    (
      await ctx.database.db
        .selectFrom('story_revisions')
        .select(sql<number>`count(*)`.as('n'))
        .where('version_id', '=', versionId)
        .executeTakeFirstOrThrow()
    ).n,
  )

describe.each(testDialects())('stories on %s', (dialect) => {
  let ctx: TestContext
  beforeEach(async () => {
    ctx = await createTestContext(dialect)
  })
  afterEach(() => ctx.close())

  it('creates a story with a draft version at revision 1, a rendered body and a first revision', async () => {
    const section = await makeTopic(ctx.services, 'section')
    const tag = await makeTopic(ctx.services, 'tag')
    const author = await makeAuthor(ctx.services)
    const { story, version } = await makeStory(ctx.services, {
      headline: 'Київрада продовжила нічні маршрути',
      sectionId: section.id,
      topicIds: [tag.id],
      authorIds: [author.id],
      body: paragraphs('Перший <абзац> & друге'),
    })
    expect(story).toMatchObject({ sectionId: section.id, topicIds: [tag.id], authorIds: [author.id], isBreaking: false })
    expect(version).toMatchObject({ status: 'draft', revision: 1, locale: 'uk', slug: 'kyivrada-prodovzhyla-nichni-marshruty' })
    expect(bodyHtmlOf(version)).toBe('<p>Перший &lt;абзац&gt; &amp; друге</p>')
    expect(version.bodyText).toBe('Перший <абзац> & друге')
    expect(await revisionCount(ctx, version.id)).toBe(1)
    expect(ctx.events.map((e) => e.name)).toContain('story.created')
  })

  it('keeps every version’s copy of the section in step with the story', async () => {
    const [politics, sport] = [await makeTopic(ctx.services, 'section'), await makeTopic(ctx.services, 'section')]
    const { story } = await makeStory(ctx.services, { sectionId: politics.id })
    await ctx.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'EN' },
      systemActor,
    )
    const sections = () => ctx.database.db.selectFrom('story_versions').select('section_id').where('story_id', '=', story.id).execute()
    expect(await sections()).toEqual([{ section_id: politics.id }, { section_id: politics.id }])
    await ctx.services.stories.updateStory(story.id, { sectionId: sport.id }, systemActor)
    expect(await sections()).toEqual([{ section_id: sport.id }, { section_id: sport.id }])
  })

  it('gives a second story with the same headline a numbered slug', async () => {
    const a = await makeStory(ctx.services, { headline: 'Same headline' })
    const b = await makeStory(ctx.services, { headline: 'Same headline' })
    expect([a.version.slug, b.version.slug]).toEqual(['same-headline', 'same-headline-2'])
  })

  it('refuses an explicit slug another story of the language uses, and writes nothing', async () => {
    await makeStory(ctx.services, { slug: 'taken' })
    const before = await ctx.database.db.selectFrom('stories').select('id').execute()
    const err = await refusal(makeStory(ctx.services, { slug: 'taken' }))
    expect(err).toMatchObject({ kind: 'Conflict', key: 'slug_taken' })
    expect(await ctx.database.db.selectFrom('stories').select('id').execute()).toHaveLength(before.length)
  })

  it('refuses a section that is not a section and an unknown tag', async () => {
    const tag = await makeTopic(ctx.services, 'tag')
    expect(await refusal(makeStory(ctx.services, { sectionId: tag.id }))).toMatchObject({ key: 'topic_kind_mismatch' })
    expect(await refusal(makeStory(ctx.services, { topicIds: ['zzzzzzzzzzzz'] }))).toMatchObject({
      kind: 'Invalid',
      key: 'topic_not_found',
    })
    expect(await ctx.database.db.selectFrom('stories').select('id').execute()).toHaveLength(0)
  })

  it('saves an edit as a new revision and moves the version on', async () => {
    const { version } = await makeStory(ctx.services)
    ctx.clock.advance(60_000)
    const saved = await ctx.services.stories.saveVersion(
      { versionId: version.id, baseRevision: 1, changes: { headline: 'Новий заголовок', body: paragraphs('Новий текст') }, note: 'правка' },
      systemActor,
    )
    expect(saved).toMatchObject({ revision: 2, headline: 'Новий заголовок', bodyText: 'Новий текст', slug: version.slug })
    expect(saved.updatedAt > version.updatedAt).toBe(true)
    expect(await revisionCount(ctx, version.id)).toBe(2)
    expect((await ctx.services.revisions.getRevision(version.id, 2, systemActor)).note).toBe('правка')
  })

  it('refuses a stale save with a Conflict naming the current revision, keeps the newer text and writes no revision', async () => {
    const { version } = await makeStory(ctx.services)
    await ctx.services.stories.saveVersion({ versionId: version.id, baseRevision: 1, changes: { headline: 'Перша правка' } }, systemActor)
    const err = await refusal(
      ctx.services.stories.saveVersion({ versionId: version.id, baseRevision: 1, changes: { headline: 'Застаріла правка' } }, systemActor),
    )
    expect(err).toMatchObject({ kind: 'Conflict', key: 'stale_revision', params: { current: 2, base: 1 } })
    const current = await ctx.services.stories.getVersion(version.id)
    expect(current).toMatchObject({ headline: 'Перша правка', revision: 2 })
    expect(await revisionCount(ctx, version.id)).toBe(2)
  })

  it('lets exactly one of two concurrent saves from the same revision win', async () => {
    const { version } = await makeStory(ctx.services)
    const save = (headline: string) =>
      ctx.services.stories.saveVersion({ versionId: version.id, baseRevision: 1, changes: { headline } }, systemActor).then(
        () => 'ok',
        (e: DomainError) => e.key,
      )
    const results = await Promise.all([save('Версія А'), save('Версія Б')])
    expect(results.sort()).toEqual(['ok', 'stale_revision'])
    expect(await revisionCount(ctx, version.id)).toBe(2)
  })

  it('does not write a revision for a save that changes nothing', async () => {
    const { version } = await makeStory(ctx.services)
    const same = await ctx.services.stories.saveVersion(
      { versionId: version.id, baseRevision: 1, changes: { headline: version.headline, body: version.body } },
      systemActor,
    )
    expect(same.revision).toBe(1)
    expect(await revisionCount(ctx, version.id)).toBe(1)
  })

  it('refuses an invalid body and leaves the version untouched', async () => {
    const { version } = await makeStory(ctx.services)
    const bad = { type: 'doc', content: [{ type: 'script', content: [] }] }
    const err = await refusal(
      ctx.services.stories.saveVersion({ versionId: version.id, baseRevision: 1, changes: { body: bad } }, systemActor),
    )
    expect(err).toMatchObject({ kind: 'Invalid', key: 'doc_unknown_node', params: { path: 'doc.content[0]', type: 'script' } })
    expect((await ctx.services.stories.getVersion(version.id)).revision).toBe(1)
  })

  it('restores an old revision as a new revision, keeping history', async () => {
    const { version } = await makeStory(ctx.services, { headline: 'Оригінал', body: paragraphs('Оригінальний текст') })
    await ctx.services.stories.saveVersion(
      { versionId: version.id, baseRevision: 1, changes: { headline: 'Змінено', body: paragraphs('Змінений текст') } },
      systemActor,
    )
    const restored = await ctx.services.stories.restoreRevision({ versionId: version.id, number: 1, baseRevision: 2 }, systemActor)
    expect(restored).toMatchObject({ revision: 3, headline: 'Оригінал', bodyText: 'Оригінальний текст' })
    const revisions = await ctx.services.revisions.listRevisions(version.id, systemActor)
    expect(revisions.map((r) => [r.number, r.headline])).toEqual([
      [3, 'Оригінал'],
      [2, 'Змінено'],
      [1, 'Оригінал'],
    ])
    expect(revisions[0]?.note).toBe('restore:1')
  })

  it('refuses to restore from a stale base or a revision that does not exist', async () => {
    const { version } = await makeStory(ctx.services)
    await ctx.services.stories.saveVersion({ versionId: version.id, baseRevision: 1, changes: { headline: 'Два' } }, systemActor)
    expect(
      await refusal(ctx.services.stories.restoreRevision({ versionId: version.id, number: 1, baseRevision: 1 }, systemActor)),
    ).toMatchObject({
      key: 'stale_revision',
    })
    expect(
      await refusal(ctx.services.stories.restoreRevision({ versionId: version.id, number: 9, baseRevision: 2 }, systemActor)),
    ).toMatchObject({
      kind: 'NotFound',
      key: 'revision_not_found',
    })
  })

  it('remembers the old slug when a slug changes', async () => {
    const { story, version } = await makeStory(ctx.services, { slug: 'old-address' })
    await ctx.services.stories.saveVersion({ versionId: version.id, baseRevision: 1, changes: { slug: 'new-address' } }, systemActor)
    const row = await ctx.database.db.selectFrom('slug_history').selectAll().where('slug', '=', 'old-address').executeTakeFirst()
    expect(row).toMatchObject({ locale: 'uk', story_id: story.id })
  })

  it('keeps published_at, first_published_at and updated_at right through publish, unpublish and republish', async () => {
    const { version } = await makeStory(ctx.services)
    ctx.clock.set('2026-11-24T09:00:00.000Z')
    const published = await ctx.services.stories.transition(version.id, { to: 'published' }, systemActor)
    expect(published).toMatchObject({
      status: 'published',
      publishedAt: '2026-11-24T09:00:00.000Z',
      firstPublishedAt: '2026-11-24T09:00:00.000Z',
    })
    ctx.clock.set('2026-11-24T10:00:00.000Z')
    const unpublished = await ctx.services.stories.transition(version.id, { to: 'unpublished' }, systemActor)
    expect(unpublished).toMatchObject({
      status: 'unpublished',
      unpublishedAt: '2026-11-24T10:00:00.000Z',
      updatedAt: '2026-11-24T10:00:00.000Z',
    })
    ctx.clock.set('2026-11-24T11:00:00.000Z')
    const again = await ctx.services.stories.transition(version.id, { to: 'published' }, systemActor)
    expect(again).toMatchObject({
      publishedAt: '2026-11-24T11:00:00.000Z',
      firstPublishedAt: '2026-11-24T09:00:00.000Z',
      unpublishedAt: null,
    })
    expect(ctx.events.filter((e) => e.name.startsWith('story.')).map((e) => e.name)).toEqual([
      'story.created',
      'story.published',
      'story.unpublished',
      'story.published',
    ])
  })

  it('publishes a scheduled version with its planned time and refuses a schedule in the past', async () => {
    const { version } = await makeStory(ctx.services)
    expect(
      await refusal(ctx.services.stories.transition(version.id, { to: 'scheduled', at: '2026-11-24T07:00:00.000Z' }, systemActor)),
    ).toMatchObject({ kind: 'Invalid', key: 'schedule_in_past' })
    const scheduled = await ctx.services.stories.transition(version.id, { to: 'scheduled', at: '2026-11-24T12:00:00.000Z' }, systemActor)
    expect(scheduled).toMatchObject({ status: 'scheduled', scheduledAt: '2026-11-24T12:00:00.000Z', publishedAt: null })
    ctx.clock.set('2026-11-24T12:00:03.000Z') // the job runs a few seconds late
    const live = await ctx.services.stories.transition(version.id, { to: 'published' }, systemActor)
    expect(live).toMatchObject({ status: 'published', publishedAt: '2026-11-24T12:00:00.000Z', scheduledAt: null })
  })

  it('refuses a transition the workflow forbids and changes nothing', async () => {
    const { version } = await makeStory(ctx.services)
    const err = await refusal(ctx.services.stories.transition(version.id, { to: 'unpublished' }, systemActor))
    expect(err).toMatchObject({ kind: 'Conflict', key: 'transition_not_allowed', params: { from: 'draft', to: 'unpublished' } })
    expect((await ctx.services.stories.getVersion(version.id)).status).toBe('draft')
  })

  it('writes an audit entry in the same transaction as each change', async () => {
    const { version } = await makeStory(ctx.services)
    ctx.clock.advance(1000)
    await ctx.services.stories.transition(version.id, { to: 'in_review' }, systemActor)
    const actions = await ctx.database.db.selectFrom('audit_log').select(['action', 'details']).orderBy('at').execute()
    expect(actions.map((a) => a.action)).toEqual(['story.create', 'story_version.in_review'])
    expect(JSON.parse(actions[1]?.details ?? '{}')).toMatchObject({ statusBefore: 'draft', statusAfter: 'in_review' })
    await ctx.services.stories.saveVersion({ versionId: version.id, baseRevision: 1, changes: { lead: 'Новий лід' } }, systemActor)
    const save = await ctx.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'story_version.save')
      .executeTakeFirstOrThrow()
    expect(JSON.parse(save.details)).toMatchObject({ revisionBefore: 1, revisionAfter: 2 })
  })
})
