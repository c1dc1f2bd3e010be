import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../testing/test-context.js'
import { NEWSROOM_DIST, newsroomBuildIsCurrent } from './newsroom-build.js'

describe('the newsroom app at /newsroom/', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => {
    t = await createTestApp('sqlite')
  })
  afterAll(() => t?.close())

  it('is built from its current sources before the tests run', () => {
    expect(newsroomBuildIsCurrent()).toBe(true)
  })

  it('answers every app route with the app page, a strict CSP and no long-term caching', async () => {
    for (const url of ['/newsroom/', '/newsroom/stories/new', '/newsroom/stories/a1b2c3d4e5f6/uk']) {
      const res = await t.app.inject(url)
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(res.body).toContain('<div id="root"></div>')
      expect(res.headers['cache-control']).toBe('no-cache')
      const csp = String(res.headers['content-security-policy'])
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      expect(csp).toContain("frame-ancestors 'none'")
    }
  })

  it('sends /newsroom on to /newsroom/', async () => {
    const res = await t.app.inject('/newsroom')
    expect(res.statusCode).toBe(301)
    expect(res.headers.location).toBe('/newsroom/')
  })

  it('serves hashed assets for a year and refuses missing files with 404 instead of the app', async () => {
    const script = readdirSync(join(NEWSROOM_DIST, 'assets')).find((f) => f.endsWith('.js')) as string
    const res = await t.app.inject(`/newsroom/assets/${script}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(res.headers['content-type']).toMatch(/javascript/)
    expect((await t.app.inject('/newsroom/assets/missing-abc123.js')).statusCode).toBe(404)
    expect((await t.app.inject('/newsroom/favicon.ico')).statusCode).toBe(404)
  })

  it('names only its own same-origin scripts and styles in the page', async () => {
    const html = (await t.app.inject('/newsroom/')).body
    expect(html).not.toMatch(/<script(?![^>]*\ssrc="\/newsroom\/assets\/)[^>]*>/)
    expect(html).not.toMatch(/\sstyle="/)
  })
})
