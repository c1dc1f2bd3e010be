import { afterEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { buildSiteWorld } from '../site/site.fixtures.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

const SITE = 'http://localhost:3000'

describe.each(testDialects())('Content API answers on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let world: Awaited<ReturnType<typeof buildSiteWorld>>
  let key: string
  async function start(env: Record<string, string> = {}) {
    t = await createTestApp(dialect, env)
    world = await buildSiteWorld(t.services)
    key = (await t.services.contentKeys.createKey({ name: 'Front end' }, systemActor)).key
  }
  afterEach(() => t.close())
  const api = (path: string, headers: Record<string, string> = {}) =>
    overHttp(t.app, { url: `/api/content/v1${path}`, headers: { authorization: `Bearer ${key}`, ...headers } })

  it('pages with a cursor that neither skips nor repeats while stories are published in between', async () => {
    await start()
    const early: string[] = []
    for (let i = 0; i < 7; i++) {
      // Two stories share each publication time, so the cursor's tie-break is tested too.
      if (i % 2 === 0) t.clock.advance(1000)
      early.push((await world.story({ uk: `Архівна ${i}` })).id)
    }
    const whole = (await api('/stories?locale=uk&limit=100')).json().stories.map((s: { id: string }) => s.id)
    expect(new Set(whole)).toEqual(new Set(early))
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const res = await api(`/stories?locale=uk&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      expect(res.statusCode).toBe(200)
      const body = res.json()
      expect(body.meta.limit).toBe(3)
      seen.push(...body.stories.map((s: { id: string }) => s.id))
      cursor = body.meta.next
      pages++
      // A newsroom publishing while the app pages through the archive.
      t.clock.advance(1000)
      await world.story({ uk: `Свіжа ${pages}` })
    } while (cursor)
    expect(seen).toEqual(whole)
    expect(pages).toBe(3)
  })

  it('chooses fields, embeds related objects and sends the body as html, json or text', async () => {
    await start()
    const linked = await world.story({ uk: 'Раніше', en: 'Earlier' })
    const s = await world.story(
      { uk: 'Основна', en: 'Main' },
      {
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'Як повідомлялося', marks: [{ type: 'storyLink', attrs: { storyId: linked.id } }] }],
            },
          ],
        },
      },
    )
    await t.cacheSettled()
    const full = (await api(`/stories/${s.id}?include=section,topics,authors,leadImage&format=html,json,text`)).json().story
    expect(full.body.html).toContain(`href="${SITE}/news/`)
    expect(full.body.html).toContain(`-${linked.id}"`)
    expect(full.body.json.type).toBe('doc')
    expect(full.body.text).toContain('Як повідомлялося')
    expect(full.section).toEqual({
      id: world.section.id,
      kind: 'section',
      name: 'Політика',
      slug: 'polityka',
      url: `${SITE}/section/polityka`,
    })
    expect(full.topics.map((x: { id: string }) => x.id)).toEqual([world.tag.id, world.person.id])
    expect(full.authors[0]).toMatchObject({ id: world.author.id, name: 'Оксана Гнатюк' })
    expect(full.leadImage).toMatchObject({
      id: world.picture.id,
      caption: 'Нічний автобус',
      alt: 'Автобус на зупинці',
      credit: 'Getty Images',
    })
    expect(full.leadImage.variants.length).toBeGreaterThan(0)
    expect(full.leadImage.variants[0].url).toMatch(/^http:\/\/localhost:3000\/media\//)
    expect(full.translations.map((x: { locale: string }) => x.locale)).toEqual(['uk', 'en'])
    const en = (await api(`/stories/${s.id}?locale=en&include=section`)).json().story
    expect(en.section.name).toBe('Politics')
    expect(en.url).toBe(`${SITE}/en/news/${en.slug}-${s.id}`)
    expect(Object.keys(en.body)).toEqual(['html'])
    const slim = (await api('/stories?locale=uk&fields=headline,url&limit=1')).json().stories[0]
    expect(Object.keys(slim).sort()).toEqual(['headline', 'id', 'locale', 'url'])
    const withInclude = (await api('/stories?locale=uk&fields=headline&include=authors&limit=1')).json().stories[0]
    expect(Object.keys(withInclude).sort()).toEqual(['authors', 'headline', 'id', 'locale'])
  })

  it('names no cache tags without a cache in front that purges by them, and only the header it reads with one', async () => {
    await start()
    const s = await world.story({ uk: 'Без тегів' })
    const plain = await api(`/stories/${s.id}`)
    expect(plain.statusCode).toBe(200)
    expect([plain.headers['surrogate-key'], plain.headers['cache-tag']]).toEqual([undefined, undefined])
    await t.close()
    await start({ CACHE_TAG_HEADERS: 'cache-tag' })
    const t2 = await world.story({ uk: 'З тегами' })
    const tagged = await api(`/stories/${t2.id}`)
    expect(tagged.headers['surrogate-key']).toBeUndefined()
    expect(tagged.headers['cache-tag']?.split(',')).toContain(`story:${t2.id}`)
  })

  it('answers 304 to a matching If-None-Match, and tags answers so a CDN purge covers them', async () => {
    await start({ CACHE_TAG_HEADERS: 'surrogate-key' })
    const s = await world.story({ uk: 'Тегована' })
    const first = await api(`/stories/${s.id}`)
    expect(first.headers['cache-control']).toMatch(/^public, max-age=60/)
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers['surrogate-key']?.split(' ')).toEqual(
      expect.arrayContaining([
        `story:${s.id}`,
        `story:${s.id}:uk`,
        `topic:${world.tag.id}`,
        `author:${world.author.id}`,
        `media:${world.picture.id}`,
      ]),
    )
    const again = await api(`/stories/${s.id}`, { 'if-none-match': first.headers.etag as string })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
    const list = await api('/stories?locale=uk')
    expect(list.headers['surrogate-key']?.split(' ')).toContain('feed:uk')
    await t.services.stories.saveVersion(
      { versionId: s.versionIds.uk as string, baseRevision: 1, changes: { headline: 'Змінена' } },
      systemActor,
    )
    const changed = await api(`/stories/${s.id}`, { 'if-none-match': first.headers.etag as string })
    expect(changed.statusCode).toBe(200)
    expect(changed.json().story.headline).toBe('Змінена')
  })

  it('lets configured origins read it from a browser (CORS), and no others', async () => {
    await start({ CONTENT_API_CORS_ORIGINS: 'https://app.example' })
    const preflight = await overHttp(t.app, {
      url: '/api/content/v1/stories',
      method: 'OPTIONS' as 'GET',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    })
    expect(preflight.statusCode).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('https://app.example')
    expect(preflight.headers['access-control-allow-headers']).toMatch(/authorization/i)
    const allowed = await api('/stories', { origin: 'https://app.example' })
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example')
    expect(allowed.headers['access-control-expose-headers']).toMatch(/ETag/)
    const refused = await api('/stories', { origin: 'https://evil.example' })
    expect(refused.headers['access-control-allow-origin']).toBeUndefined()
    // Even a refusal is readable by an allowed page, so it can tell its user why.
    const noKey = await overHttp(t.app, { url: '/api/content/v1/stories', headers: { origin: 'https://app.example' } })
    expect(noKey.statusCode).toBe(401)
    expect(noKey.headers['access-control-allow-origin']).toBe('https://app.example')
  })

  it('allows no browser origin by default', async () => {
    await start()
    const res = await api('/stories', { origin: 'https://app.example' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('limits each key to its rate, answering 429 with Retry-After, and counts keys apart', async () => {
    await start({ CONTENT_API_RATE_LIMIT: '3' })
    const other = (await t.services.contentKeys.createKey({ name: 'Partner' }, systemActor)).key
    for (let i = 0; i < 3; i++) expect((await api('/site')).statusCode).toBe(200)
    const limited = await api('/site')
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error.code).toBe('content_rate_limited')
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    expect((await api('/site', { authorization: `Bearer ${other}` })).statusCode).toBe(200)
  })

  it('refuses bad queries with a 400 that names the problem', async () => {
    await start()
    const cases: [string, string][] = [
      ['/stories?cursor=bm9wZQ', 'invalid_cursor'],
      ['/stories?cursor=%%%', 'invalid_cursor'],
      ['/stories?colour=red', 'unknown_query_parameter'],
      ['/stories?fields=headline,password', 'invalid_list_value'],
      ['/stories?include=everything', 'invalid_list_value'],
      ['/stories?format=pdf', 'invalid_list_value'],
      ['/stories?limit=0x10', 'invalid_query'],
      ['/stories?locale=de', 'invalid_query'],
      ['/stories?updatedSince=yesterday', 'invalid_query'],
      ['/stories?publishedAfter=2026-11-25T00:00:00Z&publishedBefore=2026-11-24T00:00:00Z', 'date_range_reversed'],
      ['/stories?breaking=yes', 'invalid_query'],
      ['/topics?cursor=not-an-id', 'invalid_cursor'],
      ['/topics?kind=section', 'invalid_query'],
      ['/search?q=x', 'invalid_query'],
      ['/search?q=x&locale=uk&page=21', 'invalid_query'],
      [`/search?q=${'слово '.repeat(40)}&locale=uk`, 'field_too_long'],
      ['/stories/slug/anything', 'invalid_query'],
    ]
    for (const [url, code] of cases) {
      const res = await api(url)
      expect(res.statusCode, url).toBe(400)
      expect(res.json().error.code, url).toBe(code)
      expect(res.json().error.message.length, url).toBeGreaterThan(10)
    }
    const big = await api('/stories?limit=500')
    expect(big.statusCode).toBe(200)
    expect(big.json().meta.limit).toBe(100)
    expect((await api('/nothing-here')).json().error.code).toBe('not_found')
  })

  it('describes the site, and lists sections, topics and authors with names in every language', async () => {
    await start()
    await world.story({ uk: 'Одна', en: 'One' })
    const site = (await api('/site')).json()
    expect(site).toMatchObject({ url: SITE, defaultLanguage: 'uk', name: { uk: 'Вістка', en: 'Vistka', ru: 'Вистка' } })
    expect(site.languages.map((l: { label: string }) => l.label)).toEqual(['UA', 'EN', 'RU'])
    expect(site.languages[1].feeds.rss).toBe(`${SITE}/en/feed/rss.xml`)
    expect(site.sitemaps.index).toBe(`${SITE}/sitemap.xml`)
    const [section] = (await api('/sections')).json().sections
    expect(section.names.en).toEqual({ name: 'Politics', slug: 'politics', description: '', url: `${SITE}/en/section/politics` })
    expect(section.storyCounts).toEqual({ uk: 1, en: 1 })
    const tags = (await api('/topics?kind=tag')).json()
    expect(tags.topics.map((x: { id: string }) => x.id)).toEqual([world.tag.id])
    expect(tags.topics[0].names.ru).toBeUndefined()
    const first = (await api('/topics?limit=1')).json()
    const second = (await api(`/topics?limit=1&cursor=${first.meta.next}`)).json()
    expect(second.meta.next).toBeNull()
    expect([...first.topics, ...second.topics].map((x: { id: string }) => x.id).sort()).toEqual([world.tag.id, world.person.id].sort())
  })
})
