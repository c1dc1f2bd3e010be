import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { signInAs } from '../testing/admin-client.js'
import { paragraphs } from '../testing/factories.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

describe.each(testDialects())('pages (About us, Contacts) on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  it('are created by editors as a kind of story, last in the footer, with no section, tags, bylines or flags', async () => {
    const editor = (await signInAs(t, 'editor')).call
    const about = await editor('POST', '/stories', { kind: 'page', locale: 'uk', headline: 'Про нас', body: paragraphs('Хто ми') })
    expect(about.statusCode).toBe(201)
    expect(about.json().story).toMatchObject({ kind: 'page', menuPosition: 1, sectionId: null })
    const contacts = await editor('POST', '/stories', { kind: 'page', locale: 'uk', headline: 'Контакти' })
    expect(contacts.json().story.menuPosition).toBe(2)
    const story = await editor('POST', '/stories', { locale: 'uk', headline: 'Новина' })
    expect(story.json().story).toMatchObject({ kind: 'story', menuPosition: null })

    const tag = await t.services.taxonomy.createTopic({ kind: 'tag', names: { uk: { name: 'Тег' } } }, systemActor)
    const refused = await editor('POST', '/stories', { kind: 'page', locale: 'uk', headline: 'З тегом', topicIds: [tag.id] })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().error).toMatchObject({ code: 'page_field_refused', params: { field: 'topicIds' } })
    const flagged = await editor('PUT', `/stories/${about.json().story.id}`, {
      expectedUpdatedAt: about.json().story.updatedAt,
      isBreaking: true,
    })
    expect(flagged.statusCode).toBe(400)
    expect(flagged.json().error.code).toBe('page_field_refused')

    const author = (await signInAs(t, 'author')).call
    expect((await author('POST', '/stories', { kind: 'page', locale: 'uk', headline: 'Моя сторінка' })).statusCode).toBe(403)
    expect((await author('POST', '/stories', { kind: 'weird', locale: 'uk', headline: 'X' })).statusCode).toBe(400)
    expect(await t.database.db.selectFrom('stories').select('id').where('kind', '=', 'page').execute()).toHaveLength(2)
  })

  it('may not take an address the site uses: a section word, a language, search…', async () => {
    const editor = (await signInAs(t, 'editor')).call
    for (const slug of ['search', 'news', 'section', 'tag', 'author', 'archive', 'en', 'ru', 'feed', 'newsroom']) {
      const res = await editor('POST', '/stories', { kind: 'page', locale: 'uk', headline: 'Сторінка', slug })
      expect(res.statusCode, slug).toBe(400)
      expect(res.json().error.code, slug).toBe('slug_reserved')
    }
    // Made from a headline, a reserved word moves aside; a story may still use it (its address is under /news/).
    const search = await editor('POST', '/stories', { kind: 'page', locale: 'en', headline: 'Search' })
    expect(search.json().versions[0].slug).toBe('search-2')
    const story = await editor('POST', '/stories', { locale: 'uk', headline: 'Новина', slug: 'archive' })
    expect(story.statusCode).toBe(201)
    const page = (await editor('POST', '/stories', { kind: 'page', locale: 'uk', headline: 'Про нас' })).json()
    const renamed = await editor('PUT', `/story-versions/${page.versions[0].id}`, { expectedRevision: 1, slug: 'uk' })
    expect(renamed.statusCode).toBe(400)
    expect(renamed.json().error.code).toBe('slug_reserved')
    const translated = await editor('POST', `/stories/${page.story.id}/translations`, {
      sourceLocale: 'uk',
      targetLocale: 'en',
      headline: 'About us',
      slug: 'media',
    })
    expect(translated.statusCode).toBe(400)
    expect(translated.json().error.code).toBe('slug_reserved')
  })

  it('are in no list, feed, news sitemap, search or Content API list of stories, even when published', async () => {
    const { story, versions } = await t.services.stories.createStory(
      { kind: 'page', locale: 'uk', headline: 'Редакційна політика', lead: 'Як ми працюємо', body: paragraphs('Незалежність') },
      systemActor,
    )
    await t.services.stories.transition(versions[0]?.id as string, { to: 'published' }, systemActor)
    await t.cacheSettled()
    const get = async (url: string) => (await overHttp(t.app, { url })).body
    expect(await get('/')).not.toContain('Редакційна політика')
    expect(await get('/feed/rss.xml')).not.toContain('Редакційна політика')
    expect(await get('/sitemaps/news.xml')).not.toContain(story.id)
    expect(await get(`/search?q=${encodeURIComponent('політика')}`)).not.toContain('Редакційна політика')
    const { key } = await t.services.contentKeys.createKey({ name: 'App' }, systemActor)
    expect((await overHttp(t.app, { url: `/api/content/v1/stories?key=${key}` })).json().stories).toEqual([])
    expect((await overHttp(t.app, { url: `/api/content/v1/stories/${story.id}?key=${key}` })).statusCode).toBe(404)
  })
})
