import { IncomingMessage } from 'node:http'
import { Socket } from 'node:net'
import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { createPageCache } from './page-cache.js'
import { createPageServer, matches, type PageOutcome, requestHeader } from './serve-page.js'

/** A site of one page whose renders are counted and take a while, as a sitemap's do. */
async function siteWith(outcome: (n: number) => PageOutcome, maxEntries = 100) {
  const cache = createPageCache({ maxEntries, maxBytes: 1 << 20 })
  const serve = createPageServer(cache)
  let renders = 0
  const app = Fastify()
  app.get('/sitemap.xml', (req, reply) =>
    serve(req, reply, async () => {
      const n = ++renders
      await new Promise((r) => setTimeout(r, 20))
      return outcome(n)
    }),
  )
  await app.ready()
  return { app, cache, renders: () => renders }
}

const page = (n: number): PageOutcome => ({
  status: 200,
  contentType: 'application/xml',
  body: `<urlset>${n}</urlset>`,
  tags: ['sitemap'],
  maxAge: 60,
})

describe('a page not in the cache, asked for by many at once', () => {
  it('is rendered once for all of them, then served from the cache; a change has it rendered once again', async () => {
    const { app, cache, renders } = await siteWith(page)
    const answers = await Promise.all(Array.from({ length: 32 }, () => app.inject({ url: '/sitemap.xml' })))
    expect(renders()).toBe(1)
    expect(answers.map((a) => a.statusCode)).toEqual(Array(32).fill(200))
    expect(new Set(answers.map((a) => a.body))).toEqual(new Set(['<urlset>1</urlset>']))
    expect((await app.inject({ url: '/sitemap.xml' })).headers['x-cache']).toBe('HIT')

    cache.invalidate(['sitemap'])
    const again = await Promise.all(Array.from({ length: 8 }, () => app.inject({ url: '/sitemap.xml' })))
    expect(renders()).toBe(2)
    expect(new Set(again.map((a) => a.body))).toEqual(new Set(['<urlset>2</urlset>']))
    await app.close()
  })

  it('with the cache full of other pages, is rendered once for fifty at once and not kept; asked for again, it is kept', async () => {
    const { app, cache, renders } = await siteWith(page, 2)
    for (const other of ['/a', '/b'])
      cache.set(other, {
        status: 200,
        contentType: 'text/html',
        body: Buffer.from(other),
        tags: [],
        maxAge: 60,
        etag: `"${other}"`,
        expiresAt: Infinity,
      })
    const answers = await Promise.all(Array.from({ length: 50 }, () => app.inject({ url: '/sitemap.xml' })))
    expect(renders()).toBe(1)
    expect(new Set(answers.map((a) => `${a.statusCode} ${a.body} ${a.headers['x-cache']}`))).toEqual(
      new Set(['200 <urlset>1</urlset> MISS']),
    )
    // The doorkeeper turned it away once (a crawler's one visit would end there); the second render is kept.
    expect((await app.inject({ url: '/sitemap.xml' })).headers['x-cache']).toBe('MISS')
    expect(renders()).toBe(2)
    const hit = await app.inject({ url: '/sitemap.xml' })
    expect([hit.headers['x-cache'], hit.body, renders()]).toEqual(['HIT', '<urlset>2</urlset>', 2])
    expect([cache.has('/a'), cache.has('/b')]).toEqual([false, true])
    await app.close()
  })

  it('shares a 404 among those asking at once but keeps none of it, and a failed render fails each of them and is tried again', async () => {
    const missing = await siteWith((n) => ({ status: 404, contentType: 'text/html', body: `none ${n}`, tags: [], maxAge: 60 }))
    const answers = await Promise.all(Array.from({ length: 4 }, () => missing.app.inject({ url: '/sitemap.xml' })))
    expect(answers.map((a) => a.statusCode)).toEqual([404, 404, 404, 404])
    expect(missing.renders()).toBe(1)
    expect((await missing.app.inject({ url: '/sitemap.xml' })).body).toBe('none 2')
    await missing.app.close()

    const failing = await siteWith((n) => {
      if (n === 1) throw new Error('the database went away')
      return page(n)
    })
    const failed = await Promise.all(Array.from({ length: 4 }, () => failing.app.inject({ url: '/sitemap.xml' })))
    expect(failed.map((a) => a.statusCode)).toEqual([500, 500, 500, 500])
    expect(failing.renders()).toBe(1)
    expect((await failing.app.inject({ url: '/sitemap.xml' })).body).toBe('<urlset>2</urlset>')
    await failing.app.close()
  })
})

describe('a request header read from the raw list', () => {
  const request = (...rawHeaders: string[]) => Object.assign(new IncomingMessage(new Socket()), { rawHeaders })

  it('is found whatever its case, repeats are joined as Node joins them, and a missing one is undefined', () => {
    const req = request('Host', 'example.org', 'If-None-Match', '"a"', 'Accept-Encoding', 'gzip', 'if-none-match', 'W/"b"')
    expect(requestHeader(req, 'if-none-match')).toBe('"a", W/"b"')
    expect(requestHeader(req, 'accept-encoding')).toBe('gzip')
    expect(requestHeader(req, 'if-modified-since')).toBeUndefined()
    expect(matches(requestHeader(req, 'if-none-match'), '"b"')).toBe(true)
  })
})
