import { brotliDecompressSync } from 'node:zlib'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { DomainError } from '../errors.js'
import { systemActor } from '../shared/roles.js'
import { storedRenderingText } from '../testing/stored-rendering.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { buildSiteWorld } from './site.fixtures.js'

const SITE = 'http://localhost:3000'
const alternates = (html: string) =>
  Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]))
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1] as string))
const meta = (html: string, name: string) => html.match(new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`))?.[1]

describe.each(testDialects())('public site on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let world: Awaited<ReturnType<typeof buildSiteWorld>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
    world = await buildSiteWorld(t.services)
  })
  afterEach(() => t.close())

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers })
  const path = (locale: string, slug: string, id: string) => `${locale === 'uk' ? '' : `/${locale}`}/news/${slug}-${id}`

  it('serves a story page in its language with lead photo, caption, byline, topics and body', async () => {
    const { id } = await world.story({ uk: 'Нічні автобуси', en: 'Night buses' })
    const res = await get(path('en', 'night-buses', id))
    expect(res.statusCode).toBe(200)
    const html = res.body
    expect(html).toContain('<html lang="en">')
    expect(html).toMatch(/<h1>Night buses<\/h1>/)
    expect(html).toContain('<figcaption>Photo: A night bus <span class="credit">(Getty Images)</span></figcaption>')
    expect(html).toMatch(/<source type="image\/avif" srcset="\/media\/v\/[0-9a-z]+\/480\.avif 480w, [^"]*1600\.avif 1600w"/)
    expect(html).toMatch(/<img src="\/media\/v\/[0-9a-z]+\/800\.jpg"[^>]* width="1600" height="900" alt="A bus at a stop"/)
    expect(html).toContain('By <a href="/en/author/oksana-hnatiuk">Oksana Hnatiuk</a>')
    expect(html).toContain('Published <time datetime="2026-11-24T08:00:00.000Z">November 24, 2026 at 10:00 AM</time>')
    expect(html).toContain('<a href="/en/tag/transport">transport</a>')
    expect(html).toContain('<a href="/en/person/olena-marchuk">Olena Marchuk</a>')
    expect(html).toContain('<p>Text: Night buses</p>')
  })

  it('dates stories in the reader’s language and Kyiv time', async () => {
    const { id } = await world.story({ uk: 'Час', ru: 'Время' })
    expect((await get(path('uk', 'chas', id))).body).toContain('24 листопада 2026 р. о 10:00')
    expect((await get(path('ru', 'vremya', id))).body).toContain('24 ноября 2026 г. в 10:00')
  })

  it('links each published translation in the switcher, marks the current one and shows a missing one unavailable', async () => {
    const { id } = await world.story({ uk: 'Новина', en: 'News', ru: 'Новость' }, { publish: ['uk', 'en'] })
    // The English publish makes the Ukrainian page stale; it is rendered again in the background.
    // Under load (CI beside a bench) the request came first and got the page of before it.
    await t.cacheSettled()
    const html = (await get(path('uk', 'novyna', id))).body
    expect(html).toContain(`<a href="/news/novyna-${id}" aria-current="page" lang="uk" hreflang="uk">UA</a>`)
    expect(html).toContain(`<a href="/en/news/news-${id}" lang="en" hreflang="en">EN</a>`)
    expect(html).toMatch(/<span class="unavailable" title="[^"]+">RU<\/span>/)
    expect(html).not.toContain('/ru/news/')
  })

  it('gives every translation the same reciprocal hreflang set with x-default, and a canonical URL', async () => {
    const { id } = await world.story({ uk: 'Новина', en: 'News', ru: 'Новость' })
    const expected = {
      uk: `${SITE}/news/novyna-${id}`,
      en: `${SITE}/en/news/news-${id}`,
      ru: `${SITE}/ru/news/novost-${id}`,
      'x-default': `${SITE}/news/novyna-${id}`,
    }
    for (const [locale, slug] of [
      ['uk', 'novyna'],
      ['en', 'news'],
      ['ru', 'novost'],
    ] as const) {
      const html = (await get(path(locale, slug, id))).body
      expect(alternates(html)).toEqual(expected)
      expect(html).toContain(`<link rel="canonical" href="${expected[locale]}"/>`)
    }
  })

  it('describes the story to machines: NewsArticle and BreadcrumbList JSON-LD, OpenGraph and Twitter tags', async () => {
    const long = 'Дуже довгий заголовок '.repeat(8).trim()
    const { id } = await world.story({ uk: long, en: 'A headline' })
    const html = (await get(path('en', 'a-headline', id))).body
    const [article, breadcrumbs] = jsonLd(html)
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'A headline',
      datePublished: '2026-11-24T08:00:00.000Z',
      dateModified: '2026-11-24T08:00:00.000Z',
      inLanguage: 'en',
      mainEntityOfPage: { '@id': `${SITE}/en/news/a-headline-${id}` },
      author: [{ '@type': 'Person', name: 'Oksana Hnatiuk', url: `${SITE}/en/author/oksana-hnatiuk` }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Vistka', logo: { '@type': 'ImageObject' } },
      articleSection: 'Politics',
    })
    expect(article.image[0]).toMatch(new RegExp(`^${SITE}/media/v/[0-9a-z]+/1200\\.jpg$`))
    expect(breadcrumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Vistka', 'Politics', 'A headline'])
    expect(meta(html, 'og:type')).toBe('article')
    expect(meta(html, 'og:image')).toBe(article.image[0])
    expect(meta(html, 'og:image:width')).toBe('1200')
    expect(meta(html, 'og:locale')).toBe('en_GB')
    expect(meta(html, 'twitter:card')).toBe('summary_large_image')
    const ukArticle = jsonLd(
      (await get(path('uk', 'duzhe-dovhyi-zaholovok-duzhe-dovhyi-zaholovok-duzhe-dovhyi-zaholovok-duzhe-dovhyi-zaholovok-duzhe', id))).body,
    )[0]
    expect(ukArticle?.headline.length ?? 0).toBeLessThanOrEqual(110)
  })

  it('resolves internal links to the same language, falls back to another with hreflang, and unlinks unpublished stories', async () => {
    const both = await world.story({ uk: 'Обидві мови', en: 'Both languages' })
    const ukOnly = await world.story({ uk: 'Лише українською' })
    const draft = await world.story({ uk: 'Чернетка' }, { publish: [] })
    const link = (text: string, storyId: string) => ({ type: 'text', text, marks: [{ type: 'storyLink', attrs: { storyId } }] })
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            link('one', both.id),
            { type: 'text', text: ' ' },
            link('two', ukOnly.id),
            { type: 'text', text: ' ' },
            link('three', draft.id),
          ],
        },
      ],
    }
    const { id } = await world.story({ uk: 'Посилання', en: 'Links' }, {})
    await t.services.stories.saveVersion(
      {
        versionId: (await t.services.stories.getStory(id)).versions.find((v) => v.locale === 'en')!.id,
        baseRevision: 1,
        changes: { body },
      },
      systemActor,
    )
    const html = (await get(path('en', 'links', id))).body
    expect(html).toContain(`<a href="/en/news/both-languages-${both.id}">one</a>`)
    expect(html).toContain(`<a href="/news/lyshe-ukrainskoiu-${ukOnly.id}" hreflang="uk">two</a>`)
    expect(html).toContain(' three</p>')
    expect(html).not.toContain(draft.id)
  })

  it('links by story id: a renamed slug and a moved site change every link on the next render, with no body saved again', async () => {
    const target = await world.story({ uk: 'Ціль' })
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'раніше', marks: [{ type: 'storyLink', attrs: { storyId: target.id } }] }] },
        { type: 'image', attrs: { mediaId: world.picture.id } },
      ],
    }
    const { id, versionIds } = await world.story({ uk: 'Посилання' }, { body })
    const stored = () =>
      t.database.db
        .selectFrom('story_versions')
        .select(['body', 'body_parts', 'revision', 'updated_at'])
        .where('id', '=', versionIds.uk as string)
        .executeTakeFirstOrThrow()
    const before = await stored()
    expect(storedRenderingText(before)).not.toMatch(/\/news\/|\/media\/|localhost/)
    expect((await get(path('uk', 'posylannia', id))).body).toContain(`<a href="/news/tsil-${target.id}">раніше</a>`)

    await t.services.stories.saveVersion(
      { versionId: target.versionIds.uk as string, baseRevision: 1, changes: { slug: 'nova-tsil' } },
      systemActor,
    )
    await t.cacheSettled()
    const page = (await get(path('uk', 'posylannia', id))).body
    expect(page).toContain(`<a href="/news/nova-tsil-${target.id}">раніше</a>`)
    expect(page).toMatch(/<figure class="story-image"><img src="\/media\/v\/[0-9a-z]+\/1200\.jpg" srcset="\/media\/v\/[^"]+ 480w, /)

    const moved = await buildApp(loadConfig({ SITE_URL: 'https://news.example', MEDIA_DIR: t.mediaDir, LOG_LEVEL: 'silent' }), {
      database: openDatabase(t.location),
      clock: t.clock,
      logger: false,
    })
    try {
      const feed = (await moved.app.inject({ url: '/feed/feed.json' })).json()
      const item = feed.items.find((i: { id: string }) => i.id === id)
      expect(item.content_html).toContain(`<a href="https://news.example/news/nova-tsil-${target.id}">раніше</a>`)
      expect(item.content_html).toMatch(
        /<img src="https:\/\/news\.example\/media\/v\/[0-9a-z]+\/1200\.jpg" srcset="https:\/\/news\.example\/media\//,
      )
    } finally {
      await moved.close()
    }
    expect(await stored()).toEqual(before)
  })

  it('points every image at MEDIA_PUBLIC_URL when media are served from a CDN or the bucket', async () => {
    const cdn = await createTestApp(dialect, { MEDIA_PUBLIC_URL: 'https://cdn.news.example/media' })
    try {
      const w = await buildSiteWorld(cdn.services)
      const body = { type: 'doc', content: [{ type: 'image', attrs: { mediaId: w.picture.id } }] }
      const { id } = await w.story({ uk: 'Світлини' }, { body })
      const page = (await cdn.app.inject({ url: path('uk', 'svitlyny', id) })).body
      const images = [...page.matchAll(/(?:src|srcset|content)="([^"]*\/v\/[^"]*)"/g)].map((m) => m[1] as string)
      expect(images.length).toBeGreaterThan(4) // lead picture, its sources, the body's image, og:image
      for (const value of images)
        for (const url of value.split(/, | \d+w/).filter((u) => u.includes('/v/')))
          expect(url.trim()).toMatch(/^https:\/\/cdn\.news\.example\/media\/v\//)
      expect(page).toContain('<figure class="story-image"><img src="https://cdn.news.example/media/v/')
      const feed = (await cdn.app.inject({ url: '/feed/feed.json' })).json()
      const item = feed.items.find((i: { id: string }) => i.id === id)
      expect(item.image).toMatch(/^https:\/\/cdn\.news\.example\/media\/v\//)
      expect(item.content_html).toContain('<img src="https://cdn.news.example/media/v/')
    } finally {
      await cdn.close()
    }
  })

  it('redirects an old or missing slug to the canonical address with 301', async () => {
    const { id, versionIds } = await world.story({ uk: 'Стара назва' })
    await t.services.stories.saveVersion(
      { versionId: versionIds.uk as string, baseRevision: 1, changes: { slug: 'nova-adresa' } },
      systemActor,
    )
    for (const url of [`/news/stara-nazva-${id}`, `/news/${id}`, `/news/anything-${id}?utm=x`]) {
      const res = await get(url)
      expect(res.statusCode, url).toBe(301)
      expect(res.headers.location).toBe(`/news/nova-adresa-${id}`)
    }
  })

  it('serves a story whose address uses the longest slug there is', async () => {
    const headline = 'Верховна Рада ухвалила в першому читанні законопроєкт про реформу місцевого самоврядування та децентралізацію'
    const { id, versionIds } = await world.story({ uk: headline })
    const { slug } = await t.services.stories.getVersion(versionIds.uk as string)
    expect(slug.length).toBeGreaterThan(90)
    expect((await get(path('uk', slug, id))).statusCode).toBe(200)
    const tooLong = await get(`/news/${'x'.repeat(400)}-${id}`)
    expect([tooLong.statusCode, tooLong.json().error.code]).toEqual([414, 'url_too_long'])
  })

  it('answers 410 for a withdrawn story and a helpful 404 page in the right language otherwise', async () => {
    const { id, versionIds } = await world.story({ uk: 'Знято', en: 'Withdrawn' })
    await t.services.stories.transition(versionIds.en as string, { to: 'unpublished' }, systemActor)
    const gone = await get(path('en', 'withdrawn', id))
    expect(gone.statusCode).toBe(410)
    expect(gone.body).toContain('<h1>Story withdrawn</h1>')
    const draft = await world.story({ uk: 'Чернетка' }, { publish: [] })
    for (const url of [`/news/chernetka-${draft.id}`, '/ru/news/nothing-zzzzzzzzzzzz', '/news/no-id-here', '/ru/no/such/page']) {
      const res = await get(url)
      expect(res.statusCode, url).toBe(404)
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    }
    expect((await get('/ru/no/such/page')).body).toContain('<h1>Страница не найдена</h1>')
    expect((await get('/no/such/page')).body).toContain('<html lang="uk">')
  })

  it('shows only published, live, un-embargoed stories on the home page, with top stories and sections', async () => {
    await world.story({ uk: 'Важлива новина', en: 'Important news' }, { important: true })
    await world.story({ uk: 'Звичайна новина' })
    await world.story({ uk: 'Чернетка' }, { publish: [] })
    const embargoed = await world.story({ uk: 'Під ембарго' })
    await t.services.stories.saveVersion(
      { versionId: embargoed.versionIds.uk as string, baseRevision: 1, changes: { embargoUntil: '2030-01-01T00:00:00Z' } },
      systemActor,
    )
    const html = (await get('/')).body
    expect(html).toContain('Важлива новина')
    expect(html).toContain('Звичайна новина')
    expect(html).not.toContain('Чернетка')
    expect(html).not.toContain('Під ембарго')
    expect(html).toMatch(/<h2 id="top-stories">Головне<\/h2>/)
    expect(alternates(html)).toEqual({ uk: `${SITE}/`, en: `${SITE}/en`, ru: `${SITE}/ru`, 'x-default': `${SITE}/` })
    const en = (await get('/en')).body
    expect(en).toContain('<html lang="en">')
    expect(en).toContain('Important news')
    expect(en).not.toContain('Звичайна новина')
    expect((await get('/en/')).statusCode).toBe(200)
    expect((await get('/?page=2')).statusCode).toBe(404)
  })

  it('lists a section, tag, person and author page per language, paginated', async () => {
    for (let i = 1; i <= 22; i++) {
      await world.story({ uk: `Новина ${i}`, en: `News ${i}` })
      t.clock.advance(60_000)
    }
    const first = await get('/en/section/politics')
    expect(first.statusCode).toBe(200)
    expect(first.body).toContain('<h1>Politics</h1>')
    expect(first.body).toContain('<p class="meta">22 stories</p>')
    expect((await get('/section/polityka')).body).toContain('<p class="meta">22 матеріали</p>')
    expect(first.body).toContain('News 22')
    expect(first.body).toContain('<a href="/en/section/politics?page=2" rel="next">')
    expect(alternates(first.body)).toMatchObject({ uk: `${SITE}/section/polityka`, ru: `${SITE}/ru/section/politika` })
    const second = await get('/en/section/politics?page=2')
    expect(second.body).toContain('News 1<')
    expect(second.body).not.toContain('rel="next"')
    for (const url of ['/section/polityka', '/tag/transport', '/person/olena-marchuk', '/author/oksana-hnatiuk', '/en/tag/transport']) {
      expect((await get(url)).statusCode, url).toBe(200)
    }
    for (const url of [
      '/en/section/politics?page=3',
      '/en/section/politics?page=0',
      '/en/section/politics?page=abc',
      '/en/tag/nothing',
      '/ru/tag/transport',
    ]) {
      expect((await get(url)).statusCode, url).toBe(404)
    }
  })

  it('serves a site with nothing published yet: an empty front page, feeds and sitemaps, not errors', async () => {
    const empty = await createTestApp(dialect)
    try {
      const home = await empty.app.inject('/ru')
      expect(home.statusCode).toBe(200)
      expect(home.body).toContain('Здесь ещё нет опубликованных материалов.')
      for (const url of ['/feed/rss.xml', '/en/feed/feed.json', '/sitemap.xml', '/sitemaps/news.xml', '/sitemaps/topics.xml']) {
        expect((await empty.app.inject(url)).statusCode, url).toBe(200)
      }
      expect((await empty.app.inject('/en/feed/feed.json')).json().items).toEqual([])
    } finally {
      await empty.close()
    }
  })

  it('serves every page type in every language, in that language', async () => {
    const { id } = await world.story({ uk: 'Новина', en: 'News', ru: 'Новость' })
    await t.services.taxonomy.updateTopic(world.tag.id, { names: { ru: { name: 'транспорт', slug: 'transport' } } }, systemActor)
    const slugs = { uk: 'novyna', en: 'news', ru: 'novost' }
    const sections = { uk: 'polityka', en: 'politics', ru: 'politika' }
    for (const locale of ['uk', 'en', 'ru'] as const) {
      const p = locale === 'uk' ? '' : `/${locale}`
      for (const url of [
        p || '/',
        `${p}/news/${slugs[locale]}-${id}`,
        `${p}/section/${sections[locale]}`,
        `${p}/tag/transport`,
        `${p}/archive/2026/11/24`,
      ]) {
        const res = await get(url)
        expect(res.statusCode, url).toBe(200)
        expect(res.body, url).toContain(`<html lang="${locale}">`)
      }
    }
  })

  it('archives by day and month on the Kyiv calendar', async () => {
    t.clock.set('2026-11-23T22:30:00.000Z') // 00:30 on 24 November in Kyiv
    await world.story({ uk: 'Після півночі' })
    t.clock.set('2026-11-23T21:30:00.000Z') // 23:30 on 23 November in Kyiv
    await world.story({ uk: 'До півночі' })
    t.clock.set('2026-11-25T08:00:00.000Z')
    const mainList = (html: string) => html.match(/<ul class="cards rows">.*?<\/ul>/)?.[0] ?? ''
    const day = mainList((await get('/archive/2026/11/24')).body)
    expect(day).toContain('Після півночі')
    expect(day).not.toContain('До півночі')
    expect((await get('/archive/2026/11')).body).toContain('До півночі')
    for (const url of ['/archive/2026/13', '/archive/2026/02/30', '/archive/26/11', '/archive/2026/11/24/1'])
      expect((await get(url)).statusCode, url).toBe(404)
  })

  it('serves the stylesheet and logo under content hashes with immutable caching', async () => {
    const html = (await get('/')).body
    const css = html.match(/<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{12}\.css)"/)?.[1]
    expect(css).toBeDefined()
    const res = await get(css as string)
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const compressed = await get(css as string, { 'accept-encoding': 'br' })
    expect(compressed.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(compressed.rawPayload).toString()).toBe(res.body)
    const logo = jsonLd((await get(path('uk', 'x', (await world.story({ uk: 'X' })).id))).body)[0].publisher.logo.url.replace(SITE, '')
    expect((await get(logo)).headers['content-type']).toBe('image/png')
  })

  it('maps domain errors to their status and masks unexpected errors', async () => {
    t.app.get('/test/conflict', async () => {
      throw new DomainError('Conflict', 'stale_revision', { current: 3, base: 2, savedBy: 'x' })
    })
    t.app.get('/test/crash', async () => {
      throw new Error('SELECT * FROM users -- secret detail')
    })
    const conflict = await get('/test/conflict', { 'accept-language': 'uk' })
    expect(conflict.statusCode).toBe(409)
    expect(conflict.json().error).toMatchObject({ code: 'stale_revision', params: { current: 3 } })
    expect(conflict.json().error.message).toMatch(/^Хтось зберіг цю версію/)
    const crash = await get('/test/crash', { 'accept-language': 'en' })
    expect(crash.statusCode).toBe(500)
    expect(crash.body).not.toContain('SELECT')
    expect(crash.json()).toEqual({ error: { code: 'internal', message: expect.stringMatching(/^Something went wrong on our side/) } })
    const api = await get('/api/nothing', { 'accept-language': 'ru' })
    expect(api.json()).toEqual({ error: { code: 'not_found', message: 'По этому адресу ничего нет.' } })
  })

  it('serves media variants with immutable cache headers and never the originals', async () => {
    const data = await sharp({ create: { width: 500, height: 300, channels: 3, background: '#345' } })
      .jpeg()
      .toBuffer()
    const media = await t.services.media.createImage({ data, originalName: 'a.jpg' }, systemActor)
    const variant = media.variants.find((v) => v.format === 'webp')!
    const res = await get(`/media/${variant.key}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/webp')
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await get(`/media/${media.storageKey}`)).statusCode).toBe(404)
    expect((await get('/media/v/../o/x.jpg')).statusCode).toBe(404)
  })

  it('reports health with the dialect', async () => {
    expect((await get('/health')).json()).toEqual({ ok: true, database: dialect })
  })
})
