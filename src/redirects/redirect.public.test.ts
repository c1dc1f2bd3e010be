import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { makeStory, paragraphs } from '../testing/factories.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { upsertImportedRedirect } from './redirect.repository.js'

describe.each(testDialects())('old addresses on the public site on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const get = (url: string, method: 'GET' | 'HEAD' = 'GET') => overHttp(t.app, { url, method })
  const redirect = (fromPath: string, target: { storyId: string; locale: string } | { url: string }) =>
    t.services.redirects.createRedirect({ fromPath, target }, systemActor)

  /** A story published in Ukrainian, and in each further language given. */
  async function publishedStory(headlines: Record<string, string>, kind: 'story' | 'page' = 'story') {
    const { story, version } = await makeStory(t.services, { kind, headline: headlines.uk as string })
    await t.services.stories.transition(version.id, { to: 'published' }, systemActor)
    const versions: Record<string, { id: string; slug: string }> = { uk: version }
    for (const [locale, headline] of Object.entries(headlines).filter(([l]) => l !== 'uk')) {
      const v = await t.services.translations.createTranslation(
        { storyId: story.id, sourceLocale: 'uk', targetLocale: locale, headline, body: paragraphs(headline) },
        systemActor,
      )
      await t.services.stories.transition(v.id, { to: 'published' }, systemActor)
      versions[locale] = v
    }
    await t.cacheSettled()
    return { storyId: story.id, versions }
  }

  it('answers an old permalink with 301 to the story’s current address, following a slug change', async () => {
    const { storyId, versions } = await publishedStory({ uk: 'Бюджет ухвалили' })
    await redirect('https://old.example.com/2024/03/budzhet/', { storyId, locale: 'uk' })
    const moved = await get('/2024/03/budzhet/')
    expect(moved.statusCode).toBe(301)
    expect(moved.headers.location).toBe(`/news/${versions.uk?.slug}-${storyId}`)
    expect(moved.headers['cache-control']).toBe('public, max-age=300')

    await t.services.stories.saveVersion(
      { versionId: versions.uk?.id as string, baseRevision: 1, changes: { slug: 'biudzhet-2025' } },
      systemActor,
    )
    await t.cacheSettled()
    expect((await get('/2024/03/budzhet')).headers.location).toBe(`/news/biudzhet-2025-${storyId}`)
    const head = await get('/2024/03/BUDZHET/', 'HEAD')
    expect(head.statusCode).toBe(301)
    expect(head.headers.location).toBe(`/news/biudzhet-2025-${storyId}`)
  })

  it('finds a percent-encoded Cyrillic address, with one path word or several, as the import stores it', async () => {
    const { storyId, versions } = await publishedStory({ uk: 'Новина дня', en: 'News of the day' })
    const at = t.clock().toISOString()
    await upsertImportedRedirect(t.database.db, { fromPath: '/2024/03/новина', storyId, locale: 'uk', at })
    await upsertImportedRedirect(t.database.db, { fromPath: '/новина-дня', storyId, locale: 'en', at })
    const dated = await get('/2024/03/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B0/')
    expect(dated.statusCode).toBe(301)
    expect(dated.headers.location).toBe(`/news/${versions.uk?.slug}-${storyId}`)
    // One path word goes through the page route (/<slug>) first, and gets the same answer.
    const single = await get('/%D0%9D%D0%BE%D0%B2%D0%B8%D0%BD%D0%B0-%D0%B4%D0%BD%D1%8F')
    expect(single.statusCode).toBe(301)
    expect(single.headers.location).toBe(`/en/news/${versions.en?.slug}-${storyId}`)
    expect((await get('/2024/03/%D0%B8%D0%BD%D1%88%D0%B0')).statusCode).toBe(404)
  })

  it('leads to a page at its own address, and to a URL as it was given', async () => {
    const { storyId } = await publishedStory({ uk: 'Про нас', en: 'About us' }, 'page')
    await redirect('/about-us.html', { storyId, locale: 'en' })
    await redirect('/donate', { url: 'https://pay.example.org/vistka?ref=old' })
    await redirect('/contacts/', { url: '/en/about-us' })
    expect((await get('/about-us.html')).headers.location).toBe('/en/about-us')
    const away = await get('/donate/?utm_source=x')
    expect(away.statusCode).toBe(301)
    expect(away.headers.location).toBe('https://pay.example.org/vistka?ref=old')
    expect((await get('/contacts')).headers.location).toBe('/en/about-us')
  })

  it('answers WordPress’s /?p=123 and /?page_id=45 on the home page with 301, and serves the home page otherwise', async () => {
    const { storyId, versions } = await publishedStory({ uk: 'Стара новина', en: 'Old news' })
    await upsertImportedRedirect(t.database.db, { fromPath: '/?p=123', storyId, locale: 'uk', at: t.clock().toISOString() })
    await redirect('/en/?page_id=45', { storyId, locale: 'en' })
    await redirect('/?attachment_id=9', { url: '/media-kit' })
    const post = await get('/?p=123')
    expect(post.statusCode).toBe(301)
    expect(post.headers.location).toBe(`/news/${versions.uk?.slug}-${storyId}`)
    expect((await get('/?p=0123&utm_source=x')).headers.location).toBe(`/news/${versions.uk?.slug}-${storyId}`)
    expect((await get('/en/?page_id=45')).headers.location).toBe(`/en/news/${versions.en?.slug}-${storyId}`)
    expect((await get('/en?page_id=45')).headers.location).toBe(`/en/news/${versions.en?.slug}-${storyId}`)
    expect((await get('/?attachment_id=9')).headers.location).toBe('/media-kit')
    expect((await get('/?p=123', 'HEAD')).statusCode).toBe(301)
    for (const url of ['/?p=999', '/?p=abc', '/?page_id=45', '/?utm_source=x', '/']) {
      const home = await get(url)
      expect(home.statusCode, url).toBe(200)
      expect(home.body, url).toContain('Стара новина')
    }
  })

  it('falls back to another public language when the redirect’s is not public, and to the 404 or 410 when none is', async () => {
    const { storyId, versions } = await publishedStory({ uk: 'Новина', en: 'News' })
    await redirect('/old-en', { storyId, locale: 'en' })
    await redirect('/old-uk', { storyId, locale: 'uk' })
    expect((await get('/old-en')).headers.location).toBe(`/en/news/${versions.en?.slug}-${storyId}`)
    await t.services.stories.transition(versions.en?.id as string, { to: 'unpublished' }, systemActor)
    await t.cacheSettled()
    expect((await get('/old-en')).headers.location).toBe(`/news/${versions.uk?.slug}-${storyId}`)
    await t.services.stories.transition(versions.uk?.id as string, { to: 'unpublished' }, systemActor)
    await t.cacheSettled()
    for (const url of ['/old-en', '/old-uk']) {
      const gone = await get(url)
      expect(gone.statusCode, url).toBe(404)
      expect(gone.headers['content-type'], url).toContain('text/html')
    }

    // A draft never leads readers anywhere; a withdrawn story's own address may be sent on by an editor.
    const draft = await makeStory(t.services, { headline: 'Чернетка' })
    await redirect('/draft', { storyId: draft.story.id, locale: 'uk' })
    expect((await get('/draft')).statusCode).toBe(404)
    const withdrawn = `/news/${versions.uk?.slug}-${storyId}`
    expect((await get(withdrawn)).statusCode).toBe(410)
    await redirect(withdrawn, { url: '/en/' })
    expect((await get(withdrawn)).headers.location).toBe('/en/')
  })

  it('answers 404 as before where there is no redirect, and never a redirect back to the address asked for', async () => {
    for (const url of ['/wp-login.php', '/2024/03/nothing/', '/%E0%A4%A', '/news/nothing-aaaaaaaaaaaa']) {
      const res = await get(url)
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400)
      expect(res.headers.location, url).toBeUndefined()
    }
    // Only rows written behind the service's back can lead back to themselves: the site still refuses to loop.
    await t.database.db
      .insertInto('redirects')
      .values({
        id: 'loop00000001',
        from_path: '/loop',
        story_id: null,
        locale: null,
        target_url: '/LOOP/',
        origin: 'newsroom',
        created_by: null,
        created_at: t.clock().toISOString(),
      })
      .execute()
    expect((await get('/loop')).statusCode).toBe(404)
    // The admin API's own 404s stay JSON, whatever redirects exist.
    await redirect('/old-api', { url: '/' })
    expect((await get('/api/old-api')).headers['content-type']).toContain('application/json')
  })
})
