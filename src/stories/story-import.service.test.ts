import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { bodyHtmlOf } from '../testing/body-html.js'
import { makeAuthor, makeTopic, paragraphs } from '../testing/factories.js'
import { refusal } from '../testing/refusal.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import type { ImportedStory } from './story-import.service.js'

describe.each(testDialects())('story import on %s', (dialect) => {
  let t: TestContext
  beforeEach(async () => {
    t = await createTestContext(dialect)
  })
  afterEach(() => t.close())

  const archived = '2025-03-01T10:00:00.000Z'
  const trilingual = (n: number, over: Partial<ImportedStory> = {}): ImportedStory => ({
    versions: [
      { locale: 'uk', headline: `Архівна новина ${n}`, lead: 'Лід', body: paragraphs(`Текст ${n}`), publishedAt: archived },
      { locale: 'en', headline: `Archived story ${n}`, body: paragraphs(`Text ${n}`), publishedAt: archived, sourceLocale: 'uk' },
      { locale: 'ru', headline: `Архивная новость ${n}`, sourceLocale: 'uk' },
    ],
    ...over,
  })

  it('imports stories with their versions published at their own times, translations linked to revision 1 of the source', async () => {
    const section = await makeTopic(t.services, 'section')
    const author = await makeAuthor(t.services)
    const ids = await t.services.storyImport.importStories(
      [trilingual(1, { sectionId: section.id, authorIds: [author.id], isImportant: true }), trilingual(2)],
      systemActor,
    )
    expect(ids).toHaveLength(2)
    const { story, versions } = await t.services.stories.getStory(ids[0] as string)
    expect(story).toMatchObject({ sectionId: section.id, authorIds: [author.id], isImportant: true })
    const byLocale = Object.fromEntries(versions.map((v) => [v.locale, v]))
    expect(byLocale.uk).toMatchObject({ status: 'published', publishedAt: archived, firstPublishedAt: archived, revision: 1 })
    expect(bodyHtmlOf(byLocale.uk ?? { renderedBody: null })).toContain('Текст 1')
    expect(byLocale.en).toMatchObject({ status: 'published', sourceLocale: 'uk', sourceRevision: 1, slug: 'archived-story-1' })
    expect(byLocale.ru).toMatchObject({ status: 'draft', publishedAt: null, sourceLocale: 'uk' })
    expect((await t.services.revisions.listRevisions(byLocale.en?.id as string, systemActor)).map((r) => r.number)).toEqual([1])
    expect(t.events.filter((e) => e.name === 'stories.imported')).toEqual([{ name: 'stories.imported', payload: { storyIds: ids } }])
  })

  it('makes imported stories findable by readers once the index has caught up', async () => {
    await t.services.storyImport.importStories([trilingual(7)], systemActor)
    await t.services.searchIndex.settled()
    const outcome = await t.services.search.search({
      q: 'архівна новина',
      locales: ['uk'],
      filters: { visibleAt: t.clock().toISOString() },
      limit: 10,
    })
    expect(outcome.kind === 'results' && outcome.results.map((r) => r.headline)).toEqual(['Архівна новина 7'])
  })

  it.each([
    ['no versions', { versions: [] }, 'import_story_without_versions'],
    [
      'a language twice',
      {
        versions: [
          { locale: 'uk', headline: 'А' },
          { locale: 'uk', headline: 'Б' },
        ],
      },
      'version_exists',
    ],
    [
      'a source listed after its translation',
      {
        versions: [
          { locale: 'en', headline: 'A', sourceLocale: 'uk' },
          { locale: 'uk', headline: 'Б' },
        ],
      },
      'import_source_missing',
    ],
    ['a language the site does not have', { versions: [{ locale: 'de', headline: 'Nachricht' }] }, 'locale_not_configured'],
    [
      'a publication time in the future',
      { versions: [{ locale: 'uk', headline: 'А', publishedAt: '2030-01-01T00:00:00Z' }] },
      'import_published_in_future',
    ],
    ['a malformed publication time', { versions: [{ locale: 'uk', headline: 'А', publishedAt: 'yesterday' }] }, 'invalid_date'],
    [
      'an invalid body',
      { versions: [{ locale: 'uk', headline: 'А', body: { type: 'doc', content: [{ type: 'script' }] } }] },
      'doc_unknown_node',
    ],
  ] as const)('refuses a batch with %s and writes none of it', async (_, bad, code) => {
    const err = await refusal(t.services.storyImport.importStories([trilingual(1), bad as ImportedStory], systemActor))
    expect(err.key).toBe(code)
    expect(await t.database.db.selectFrom('stories').select('id').execute()).toEqual([])
    expect(await t.database.db.selectFrom('story_versions').select('id').execute()).toEqual([])
    expect(t.events.some((e) => e.name === 'stories.imported')).toBe(false)
  })

  it('gives versions of one batch that would share a slug their own, and keeps refused references out', async () => {
    const tag = await makeTopic(t.services, 'tag')
    const section = await makeTopic(t.services, 'section')
    const same = (): ImportedStory => ({
      topicIds: [tag.id],
      versions: [{ locale: 'uk', headline: 'Та сама назва', publishedAt: archived }],
    })
    const ids = await t.services.storyImport.importStories([same(), same(), same()], systemActor)
    const slugs = await Promise.all(ids.map(async (id) => (await t.services.stories.getStory(id)).versions[0]?.slug))
    expect(slugs).toEqual(['ta-sama-nazva', 'ta-sama-nazva-2', 'ta-sama-nazva-3'])
    const explicit = (slug: string): ImportedStory => ({ versions: [{ locale: 'en', headline: 'Same', slug }] })
    expect((await refusal(t.services.storyImport.importStories([explicit('same'), explicit('same')], systemActor))).key).toBe('slug_taken')
    // References are checked for the whole batch at once, each story's against its own kind.
    const wrongKind = await refusal(t.services.storyImport.importStories([same(), { ...same(), topicIds: [section.id] }], systemActor))
    expect(wrongKind.key).toBe('topic_kind_mismatch')
    const missing = await refusal(t.services.storyImport.importStories([same(), { ...same(), authorIds: ['zzzzzzzzzzzz'] }], systemActor))
    expect(missing.key).toBe('author_not_found')
    expect(await t.database.db.selectFrom('stories').select('id').execute()).toHaveLength(3)
  })

  it('places a batch of pages one after another in the footer', async () => {
    const page = (headline: string): ImportedStory => ({ kind: 'page', versions: [{ locale: 'uk', headline, publishedAt: archived }] })
    const ids = await t.services.storyImport.importStories([page('Про нас'), page('Контакти'), page('Вакансії')], systemActor)
    const positions = await Promise.all(ids.map(async (id) => (await t.services.stories.getStory(id)).story.menuPosition))
    expect(positions).toEqual([1, 2, 3])
  })
})
