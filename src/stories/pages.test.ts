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
    // The footer links every published page; nothing else may show this one.
    const get = async (url: string) => (await overHttp(t.app, { url })).body.replace(/<nav class="footer-pages".*?<\/nav>/s, '')
    expect(await get('/')).not.toContain('Редакційна політика')
    expect(await get('/feed/rss.xml')).not.toContain('Редакційна політика')
    expect(await get('/sitemaps/news.xml')).not.toContain(story.id)
    expect(await get(`/search?q=${encodeURIComponent('політика')}`)).not.toContain('Редакційна політика')
    const { key } = await t.services.contentKeys.createKey({ name: 'App' }, systemActor)
    expect((await overHttp(t.app, { url: `/api/content/v1/stories?key=${key}` })).json().stories).toEqual([])
    expect((await overHttp(t.app, { url: `/api/content/v1/stories/${story.id}?key=${key}` })).statusCode).toBe(404)
  })
})

describe.each(testDialects())('pages on the public site on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect, { CACHE_TAG_HEADERS: 'surrogate-key' })
  })
  afterEach(() => t.close())
  const get = (url: string) => overHttp(t.app, { url })

  async function publishedPage(headline: Record<string, string>, slug?: string) {
    const { story, versions } = await t.services.stories.createStory(
      { kind: 'page', locale: 'uk', headline: headline.uk as string, body: paragraphs(`Текст: ${headline.uk}`), ...(slug && { slug }) },
      systemActor,
    )
    await t.services.stories.transition(versions[0]?.id as string, { to: 'published' }, systemActor)
    for (const [locale, h] of Object.entries(headline)) {
      if (locale === 'uk') continue
      const v = await t.services.translations.createTranslation(
        { storyId: story.id, sourceLocale: 'uk', targetLocale: locale, headline: h, body: paragraphs(`Text: ${h}`) },
        systemActor,
      )
      await t.services.stories.transition(v.id, { to: 'published' }, systemActor)
    }
    await t.cacheSettled()
    return story.id
  }

  it('serves a page at /<slug> in each language, with hreflang, in the footer of every page, and in the sitemap', async () => {
    const id = await publishedPage({ uk: 'Про нас', en: 'About us' }, 'pro-nas')
    const uk = await get('/pro-nas')
    expect(uk.statusCode).toBe(200)
    expect(uk.body).toContain('<h1>Про нас</h1>')
    expect(uk.body).toContain('Текст: Про нас')
    expect(uk.body).toContain('<link rel="alternate" hreflang="en" href="http://localhost:3000/en/about-us"/>')
    expect(uk.body).toContain('<link rel="canonical" href="http://localhost:3000/pro-nas"/>')
    expect(uk.headers['surrogate-key']?.split(' ')).toEqual(expect.arrayContaining([`story:${id}`, 'nav']))
    const en = await get('/en/about-us')
    expect(en.body).toContain('<html lang="en">')
    expect(en.body).toContain('Text: About us')
    expect((await get('/ru/about-us')).statusCode).toBe(404)
    for (const path of ['/wp-login.php', '/Pro-Nas', '/favicon.ico', `/${'a'.repeat(101)}`])
      expect((await get(path)).statusCode, path).toBe(404)
    // Every page's footer links the pages of its language, stored story pages included.
    const story = await t.services.stories.createStory({ locale: 'uk', headline: 'Новина дня', body: paragraphs('Текст') }, systemActor)
    await t.services.stories.transition(story.versions[0]?.id as string, { to: 'published' }, systemActor)
    await t.cacheSettled()
    const slug = story.versions[0]?.slug
    for (const path of ['/', `/news/${slug}-${story.story.id}`, '/search?q=x']) {
      expect((await get(path)).body, path).toMatch(
        /<nav class="footer-pages"[^>]*><ul><li><a href="\/pro-nas">Про нас<\/a><\/li><\/ul><\/nav>/,
      )
    }
    expect((await get('/en')).body).toContain('<a href="/en/about-us">About us</a>')
    const sitemap = (await get('/sitemaps/pages.xml')).body
    expect(sitemap).toContain('<loc>http://localhost:3000/pro-nas</loc>')
    expect(sitemap).toContain('hreflang="en" href="http://localhost:3000/en/about-us"')
    expect((await get('/sitemap.xml')).body).toContain('/sitemaps/pages.xml')
    // The story address of a page leads to the page.
    const viaNews = await get(`/news/pro-nas-${id}`)
    expect(viaNews.statusCode).toBe(301)
    expect(viaNews.headers.location).toBe('/pro-nas')
  })

  it('redirects an old address after a rename, drops it from the footer when withdrawn, and orders the footer', async () => {
    const about = await publishedPage({ uk: 'Про нас' }, 'pro-nas')
    const contacts = await publishedPage({ uk: 'Контакти' }, 'kontakty')
    const footer = async () => [...(await get('/')).body.matchAll(/<li><a href="\/(pro-nas|kontakty|hto-my)">/g)].map((m) => m[1])
    expect(await footer()).toEqual(['pro-nas', 'kontakty'])
    const editor = (await signInAs(t, 'editor')).call
    expect((await editor('PUT', '/pages/order', { ids: [contacts] })).statusCode).toBe(400)
    expect((await editor('PUT', '/pages/order', { ids: [contacts, about] })).json()).toEqual({ ids: [contacts, about] })
    await t.cacheSettled()
    expect(await footer()).toEqual(['kontakty', 'pro-nas'])
    const author = (await signInAs(t, 'author')).call
    expect((await author('PUT', '/pages/order', { ids: [about, contacts] })).statusCode).toBe(403)

    const [version] = (await t.services.stories.getStory(about)).versions
    await t.services.stories.saveVersion({ versionId: version?.id as string, baseRevision: 1, changes: { slug: 'hto-my' } }, systemActor)
    await t.cacheSettled()
    const old = await get('/pro-nas')
    expect(old.statusCode).toBe(301)
    expect(old.headers.location).toBe('/hto-my')
    expect(await footer()).toEqual(['kontakty', 'hto-my'])
    await t.services.stories.transition(version?.id as string, { to: 'unpublished' }, systemActor)
    await t.cacheSettled()
    expect((await get('/hto-my')).statusCode).toBe(404)
    expect(await footer()).toEqual(['kontakty'])
  })

  it('shows a page under embargo in the footer once the app’s clock passes the embargo, with no event to tell it', async () => {
    await publishedPage({ uk: 'Контакти' }, 'kontakty')
    const { versions } = await t.services.stories.createStory(
      { kind: 'page', locale: 'uk', headline: 'Вакансії', body: paragraphs('Шукаємо'), slug: 'vakansii' },
      systemActor,
    )
    const id = versions[0]?.id as string
    const at = new Date(t.clock().getTime() + 2 * 3_600_000).toISOString()
    await t.services.stories.saveVersion({ versionId: id, baseRevision: 1, changes: { embargoUntil: at } }, systemActor)
    await t.services.stories.transition(id, { to: 'published' }, systemActor)
    await t.cacheSettled()
    const footer = async () => [...(await get('/nothing-here')).body.matchAll(/<li><a href="\/(kontakty|vakansii)">/g)].map((m) => m[1])
    expect(await footer()).toEqual(['kontakty'])
    t.clock.advance(2 * 3_600_000 + 61_000)
    expect(await footer()).toEqual(['kontakty', 'vakansii'])
  })
})
