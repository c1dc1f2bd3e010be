import { request } from 'node:http'
import { connect } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { httpAddress } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { buildSiteWorld } from './site.fixtures.js'

describe.each(testDialects())('page cache and HTTP caching on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let world: Awaited<ReturnType<typeof buildSiteWorld>>
  beforeEach(async () => {
    t = await createTestApp(dialect, { CACHE_TAG_HEADERS: 'both' })
    world = await buildSiteWorld(t.services)
  })
  afterEach(() => t.close())
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers })

  it('refreshes exactly the home, section, topic, feed and sitemap entries on a publish, and keeps an unrelated story cached', async () => {
    const other = await t.services.taxonomy.createTopic({ kind: 'section', names: { uk: { name: 'Спорт', slug: 'sport' } } }, systemActor)
    const unrelated = await t.services.stories.createStory({ locale: 'uk', headline: 'Інша історія', sectionId: other.id }, systemActor)
    await t.services.stories.transition(unrelated.versions[0]!.id, { to: 'published' }, systemActor)
    const fresh = await world.story({ uk: 'Свіжа новина' }, { publish: [] })
    await t.cacheSettled()
    const unrelatedPath = `/news/insha-istoriia-${unrelated.story.id}`
    const watched = [
      '/',
      '/section/polityka',
      '/tag/transport',
      '/person/olena-marchuk',
      '/author/oksana-hnatiuk',
      '/feed/rss.xml',
      '/sitemap.xml',
      '/sitemaps/news.xml',
    ]
    for (const url of [...watched, unrelatedPath, '/section/sport']) expect((await get(url)).statusCode, url).toBe(200)
    for (const url of [...watched, unrelatedPath]) expect(t.cache.has(url), url).toBe(true)

    await t.services.stories.transition(fresh.versionIds.uk as string, { to: 'published' }, systemActor)
    await t.cacheSettled()
    for (const url of watched) expect(t.cache.has(url), `${url} should be dropped`).toBe(false)
    expect(t.cache.has(unrelatedPath)).toBe(true)
    expect(t.cache.has('/section/sport')).toBe(true)
    for (const url of ['/', '/section/polityka', '/tag/transport', '/feed/rss.xml'])
      expect((await get(url)).body, url).toContain('Свіжа новина')
  })

  it('answers a cached page over a socket as the route does — headers, HEAD, 304, compression — and never stale', async () => {
    const story = await world.story({ uk: 'Перша назва' })
    await t.cacheSettled()
    const page = `/news/persha-nazva-${story.id}`
    const base = await httpAddress(t.app)
    // node:http, not fetch: the bytes and headers as sent, nothing decompressed or added.
    const raw = (method: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
        const req = request(`${base}${page}?utm_source=x`, { method, headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) }),
          )
        })
        req.on('error', reject)
        req.end()
      })
    const { date: _d1, 'x-cache': missed, ...rendered } = (await raw('GET')).headers
    const first = await raw('GET')
    const { date: _d2, 'x-cache': hit, ...cached } = first.headers
    expect([missed, hit]).toEqual(['MISS', 'HIT'])
    expect(cached).toEqual(rendered)
    expect(first.body.toString()).toContain('<h1>Перша назва</h1>')
    expect(Number(first.headers['content-length'])).toBe(first.body.length)

    const head = await raw('HEAD')
    expect([head.status, head.body.length, head.headers['content-length'], head.headers['x-cache']]).toEqual([
      200,
      0,
      String(first.body.length),
      'HIT',
    ])
    const notModified = await raw('GET', { 'if-none-match': first.headers.etag as string })
    expect([notModified.status, notModified.body.length, notModified.headers.etag]).toEqual([304, 0, first.headers.etag])
    const br = await raw('GET', { 'accept-encoding': 'gzip, br' })
    expect([br.headers['content-encoding'], br.headers.vary]).toEqual(['br', 'Accept-Encoding'])
    expect(brotliDecompressSync(br.body).equals(first.body)).toBe(true)
    expect(Number(br.headers['content-length'])).toBe(br.body.length)
    // Each way of answering has its own header set (made once per page): none leaks into another.
    const gzip = await raw('GET', { 'accept-encoding': 'gzip' })
    expect([gzip.headers['content-encoding'], Number(gzip.headers['content-length'])]).toEqual(['gzip', gzip.body.length])
    expect(gunzipSync(gzip.body).equals(first.body)).toBe(true)
    const plain = await raw('GET')
    expect([plain.headers['content-encoding'], Number(plain.headers['content-length'])]).toEqual([undefined, first.body.length])
    expect([notModified.headers['content-encoding'], notModified.headers['content-length'], notModified.headers['x-cache']]).toEqual([
      undefined,
      undefined,
      'HIT',
    ])
    const headBr = await raw('HEAD', { 'accept-encoding': 'br' })
    expect([headBr.status, headBr.body.length, headBr.headers['content-encoding'], headBr.headers['content-length']]).toEqual([
      200,
      0,
      'br',
      String(br.body.length),
    ])
    // If-None-Match over two lines (as a proxy may pass it on): the cached answer reads both, as Node joins them.
    const { host, port } = new URL(base)
    const twoLines = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), host.split(':')[0] as string)
      const chunks: Buffer[] = []
      socket.on('data', (c: Buffer) => chunks.push(c))
      socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')))
      socket.on('error', reject)
      socket.end(
        `GET ${page} HTTP/1.1\r\nHost: ${host}\r\nIf-None-Match: "other"\r\nif-none-match: ${first.headers.etag}\r\nConnection: close\r\n\r\n`,
      )
    })
    expect(twoLines.split('\r\n')[0]).toBe('HTTP/1.1 304 Not Modified')
    expect(twoLines.toLowerCase()).toContain('x-cache: hit')

    await t.services.stories.saveVersion(
      { versionId: story.versionIds.uk as string, baseRevision: 1, changes: { headline: 'Друга назва' } },
      systemActor,
    )
    await t.cacheSettled()
    const edited = await raw('GET', { 'if-none-match': first.headers.etag as string })
    expect([edited.status, edited.headers['x-cache']]).toEqual([200, 'MISS'])
    expect(edited.body.toString()).toContain('<h1>Друга назва</h1>')
    // Another method is the route's to answer, cached page or not.
    expect((await raw('DELETE')).status).toBe(404)
  })

  it('refreshes a story’s page and the lists showing it when it is edited, and nothing for a draft edit', async () => {
    const story = await world.story({ uk: 'Перша назва', en: 'First title' })
    const draft = await world.story({ uk: 'Чернетка' }, { publish: [] })
    await t.cacheSettled()
    const page = `/news/persha-nazva-${story.id}`
    await get(page)
    await get('/')
    await get('/en')
    await t.services.stories.saveVersion({ versionId: draft.versionIds.uk as string, baseRevision: 1, changes: { lead: 'x' } }, systemActor)
    await t.cacheSettled()
    expect([t.cache.has(page), t.cache.has('/')]).toEqual([true, true])
    await t.services.stories.saveVersion(
      { versionId: story.versionIds.uk as string, baseRevision: 1, changes: { headline: 'Друга назва' } },
      systemActor,
    )
    await t.cacheSettled()
    expect([t.cache.has(page), t.cache.has('/'), t.cache.has('/en')]).toEqual([false, false, true])
    expect((await get(page)).body).toContain('<h1>Друга назва</h1>')
  })

  it('refreshes pages showing a topic when it is renamed, and every page when a section is', async () => {
    const story = await world.story({ uk: 'Новина' })
    await t.cacheSettled()
    const page = `/news/novyna-${story.id}`
    await get(page)
    await get('/tag/transport')
    await t.services.taxonomy.updateTopic(
      world.tag.id,
      { names: { uk: { name: 'громадський транспорт', slug: 'transport' } } },
      systemActor,
    )
    await t.cacheSettled()
    expect([t.cache.has(page), t.cache.has('/tag/transport')]).toEqual([false, false])
    expect((await get(page)).body).toContain('>громадський транспорт</a>')
    await get('/')
    await t.services.taxonomy.updateTopic(world.section.id, { names: { uk: { name: 'Влада', slug: 'polityka' } } }, systemActor)
    await t.cacheSettled()
    expect([t.cache.has(page), t.cache.has('/')]).toEqual([false, false])
    expect((await get('/')).body).toContain('>Влада</a>') // the menu, read once and kept, is read again
  })

  it('renders quotes again with a renamed speaker, without a new revision, and refreshes the page', async () => {
    const quote = {
      type: 'doc',
      content: [
        {
          type: 'blockquote',
          attrs: { speakerId: world.person.id },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Цитата' }] }],
        },
      ],
    }
    const story = await world.story({ uk: 'Цитата дня' }, { body: quote })
    await t.cacheSettled()
    const page = `/news/tsytata-dnia-${story.id}`
    expect((await get(page)).body).toContain('<figcaption>— Олена Марчук</figcaption>')
    await t.services.taxonomy.updateTopic(world.person.id, { names: { uk: { name: 'Олена Марчук-Бойко' } } }, systemActor)
    await t.cacheSettled()
    expect((await get(page)).body).toContain('<figcaption>— Олена Марчук-Бойко</figcaption>')
    expect((await t.services.stories.getVersion(story.versionIds.uk as string)).revision).toBe(1)
  })

  it('sends Cache-Control with stale-while-revalidate, a strong ETag and surrogate keys, and answers a matching conditional GET with 304', async () => {
    const story = await world.story({ uk: 'Новина' })
    await t.cacheSettled() // the publish's invalidation would otherwise keep the first render out of the cache
    const res = await get(`/news/novyna-${story.id}`)
    expect(res.headers['x-cache']).toBe('MISS')
    expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600')
    const etag = res.headers.etag as string
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
    const keys = (res.headers['surrogate-key'] as string).split(' ')
    expect(keys).toEqual(
      expect.arrayContaining([
        `story:${story.id}`,
        `topic:${world.section.id}`,
        `author:${world.author.id}`,
        `media:${world.picture.id}`,
        'nav',
      ]),
    )
    expect(res.headers['cache-tag']).toBe(keys.join(','))
    const again = await get(`/news/novyna-${story.id}`, { 'if-none-match': `W/"other", ${etag}` })
    expect(again.statusCode).toBe(304)
    expect(again.headers['x-cache']).toBe('HIT')
    expect(again.body).toBe('')
    expect((await get(`/news/novyna-${story.id}`, { 'if-none-match': '"stale"' })).statusCode).toBe(200)
    // From the cache before Fastify (fromPageCache) as from the route: the same tag headers.
    expect(again.headers['surrogate-key']).toBe(res.headers['surrogate-key'])
    expect((await get('/feed/rss.xml')).headers['cache-control']).toBe('public, max-age=300, stale-while-revalidate=3000')
    const missing = await get('/news/nothing-zzzzzzzzzzzz')
    expect([missing.statusCode, missing.headers['cache-control']]).toEqual([404, 'public, max-age=60'])
  })

  it('names a page’s tags only in the headers the cache in front reads, and in none without one', async () => {
    const tagged = async (env: Record<string, string>) => {
      const app = await createTestApp(dialect, env)
      try {
        const res = await app.app.inject({ url: '/' }) // tagged home:uk, nav, …
        return [res.statusCode, res.headers['surrogate-key'] !== undefined, res.headers['cache-tag'] !== undefined]
      } finally {
        await app.close()
      }
    }
    expect(await tagged({})).toEqual([200, false, false])
    expect(await tagged({ CACHE_TAG_HEADERS: 'surrogate-key' })).toEqual([200, true, false])
    expect(await tagged({ CACHE_TAG_HEADERS: 'cache-tag' })).toEqual([200, false, true])
  })

  it('compresses pages with brotli or gzip as the client asks', async () => {
    await world.story({ uk: 'Новина' })
    const br = await get('/', { 'accept-encoding': 'gzip, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain('<html lang="uk">')
    expect((await get('/', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip')
    expect((await get('/')).headers['content-encoding']).toBeUndefined()
  })

  it('keys pages by path and page number only, so tracking parameters share one entry', async () => {
    await world.story({ uk: 'Новина' })
    await t.cacheSettled()
    await get('/section/polityka?utm_source=x')
    expect(t.cache.has('/section/polityka')).toBe(true)
    expect(t.cache.size).toBe(1)
  })
})
