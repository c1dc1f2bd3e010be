import { afterEach, describe, expect, it } from 'vitest'
import { verifySignature } from '../outbound/signature.js'
import { systemActor } from '../shared/roles.js'
import { buildSiteWorld } from '../site/site.fixtures.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { type Received, startReceiver } from '../testing/webhook-receiver.js'

const ZONE = '023e105f4ecef8ad9ca31a8372d0c353'
const CF_OK = JSON.stringify({ success: true, errors: [], messages: [], result: { id: ZONE } })

describe.each(testDialects())('CDN purges on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let cdn: Awaited<ReturnType<typeof startReceiver>>
  afterEach(async () => {
    await t.close()
    await cdn.close()
  })
  const start = async (
    env: (url: string) => Record<string, string>,
    answer?: (r: Received, res: import('node:http').ServerResponse) => void,
  ) => {
    cdn = await startReceiver((_r, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(CF_OK))
    t = await createTestApp(dialect, env(cdn.url))
    const world = await buildSiteWorld(t.services)
    await purge() // naming the world's sections and tags purged their (empty) pages
    cdn.received.length = 0
    if (answer) cdn.answer(answer)
    return world
  }
  const purge = async () => {
    await t.cacheSettled()
    while ((await t.deliveries.runDue()) > 0) {}
  }
  const cloudflare = (url: string) => ({
    CDN_PURGE: 'cloudflare',
    CLOUDFLARE_API_URL: `${url}/client/v4`,
    CLOUDFLARE_ZONE_ID: ZONE,
    CLOUDFLARE_API_TOKEN: 'cf-token',
  })

  it('purges a changed story’s tags from Cloudflare, as its API documents, covering the page and the Content API', async () => {
    const world = await start(cloudflare, (_r, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(CF_OK))
    const s = await world.story({ uk: 'Закешована' })
    const slug = (await t.services.stories.getStory(s.id)).versions[0]?.slug
    const page = await overHttp(t.app, { url: `/news/${slug}-${s.id}` })
    const { key } = await t.services.contentKeys.createKey({ name: 'App' }, systemActor)
    const api = await overHttp(t.app, { url: `/api/content/v1/stories/${s.id}?key=${key}` })
    cdn.received.length = 0
    await t.services.stories.saveVersion(
      { versionId: s.versionIds.uk as string, baseRevision: 1, changes: { headline: 'Оновлена' } },
      systemActor,
    )
    await purge()
    expect(cdn.received.length).toBeGreaterThan(0)
    for (const call of cdn.received) {
      expect(call.path).toBe(`/client/v4/zones/${ZONE}/purge_cache`)
      expect(call.headers.authorization).toBe('Bearer cf-token')
      expect(call.headers['content-type']).toBe('application/json')
      expect(Object.keys(call.json)).toEqual(['tags'])
      expect(call.json.tags.length).toBeLessThanOrEqual(30)
    }
    const purged = new Set(cdn.received.flatMap((c) => c.json.tags as string[]))
    expect(purged).toContain(`story:${s.id}`)
    expect(purged).toContain('home:uk')
    expect(page.headers['cache-tag']?.split(',').some((tag) => purged.has(tag))).toBe(true)
    expect(api.headers['cache-tag']?.split(',').some((tag) => purged.has(tag))).toBe(true)
  })

  it('sends no purge for a change readers cannot see', async () => {
    const world = await start(cloudflare, (_r, res) => res.end(CF_OK))
    await world.story({ uk: 'Чернетка' }, { publish: [] })
    await purge()
    expect(cdn.received).toEqual([])
  })

  it('retries a failed purge (500, then 429 with Retry-After) and gives up on a refusal', async () => {
    let calls = 0
    const world = await start(cloudflare, (_r, res) => {
      calls++
      if (calls === 1) res.writeHead(500).end()
      else if (calls === 2) res.writeHead(429, { 'retry-after': '60' }).end()
      else res.end(CF_OK)
    })
    await world.story({ uk: 'Повтор' })
    await purge()
    expect(calls).toBe(1)
    t.clock.advance(31_000)
    await purge()
    expect(calls).toBe(2)
    t.clock.advance(59_000)
    await purge()
    expect(calls).toBe(2)
    t.clock.advance(1_000)
    await purge()
    expect(calls).toBe(3)
    expect(cdn.received.map((c) => c.body)).toEqual([cdn.received[0]?.body, cdn.received[0]?.body, cdn.received[0]?.body])

    cdn.answer((_r, res) => res.writeHead(403, { 'content-type': 'application/json' }).end('{"success":false,"errors":[{"code":10000}]}'))
    await world.story({ uk: 'Відмова' })
    await purge()
    const before = cdn.received.length
    t.clock.advance(3 * 60 * 60_000)
    await purge()
    expect(cdn.received.length).toBe(before) // a wrong token is not retried
  })

  it('purges Fastly by surrogate key, as its API documents', async () => {
    const world = await start(
      (url) => ({
        CDN_PURGE: 'fastly',
        FASTLY_API_URL: url,
        FASTLY_SERVICE_ID: 'SU1Z0isxPaozGVKXdv0eY',
        FASTLY_API_TOKEN: 'fastly-token',
        FASTLY_SOFT_PURGE: 'true',
      }),
      (_r, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"story":"108-1391560174-974124"}'),
    )
    const s = await world.story({ uk: 'Фастлі' })
    await purge()
    expect(cdn.received.length).toBeGreaterThan(0)
    const [call] = cdn.received
    expect(call?.path).toBe('/service/SU1Z0isxPaozGVKXdv0eY/purge')
    expect(call?.headers['fastly-key']).toBe('fastly-token')
    expect(call?.headers['fastly-soft-purge']).toBe('1')
    expect(String(call?.headers['surrogate-key']).split(' ')).toContain(`story:${s.id}`)
    expect(call?.body).toBe('')
  })

  it('posts the tags to a URL of your own, signed like webhooks', async () => {
    const secret = 'a purge secret of some length'
    const world = await start((url) => ({ CDN_PURGE: 'url', PURGE_URL: `${url}/purge`, PURGE_SECRET: secret }))
    const s = await world.story({ uk: 'Своя' })
    await purge()
    const [call] = cdn.received
    expect(call?.path).toBe('/purge')
    expect(call?.json.tags).toContain(`story:${s.id}`)
    expect(
      verifySignature(secret, call?.body ?? '', String(call?.headers['vistka-signature']), Math.floor(t.clock().getTime() / 1000)),
    ).toBe(true)
  })
})

describe('CDN purge configuration', () => {
  it('names what a purger needs and is missing', async () => {
    const { loadConfig } = await import('../config.js')
    expect(() => loadConfig({ CDN_PURGE: 'cloudflare', CLOUDFLARE_ZONE_ID: ZONE })).toThrow(
      /CLOUDFLARE_API_TOKEN: CDN_PURGE=cloudflare needs/,
    )
    expect(() => loadConfig({ CDN_PURGE: 'fastly' })).toThrow(/FASTLY_SERVICE_ID.*\n.*FASTLY_API_TOKEN/)
    expect(() => loadConfig({ CDN_PURGE: 'url' })).toThrow(/PURGE_URL: CDN_PURGE=url needs/)
    expect(() => loadConfig({ CDN_PURGE: 'akamai' })).toThrow(/CDN_PURGE must be cloudflare, fastly or url/)
    expect(() => loadConfig({ CLOUDFLARE_ZONE_ID: 'zone' })).toThrow(/CLOUDFLARE_ZONE_ID must be/)
    expect(loadConfig({}).cdnPurge).toBeUndefined()
  })
})
