import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { App } from '../app.js'
import { DomainError } from '../errors.js'
import { makeStory, paragraphs } from '../testing/factories.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { systemActor } from '../users/roles.js'

describe.each(testDialects())('interim public site on %s', (dialect) => {
  let t: App & { clock: { set(iso: string): void } }
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  async function publishedStory(headline: string, locales: Record<string, string> = {}) {
    const { story, version } = await makeStory(t.services, { headline, body: paragraphs(`Текст: ${headline} <b>&</b>`) })
    await t.services.stories.transition(version.id, { to: 'published' }, systemActor)
    for (const [locale, h] of Object.entries(locales)) {
      const v = await t.services.translations.createTranslation(
        { storyId: story.id, sourceLocale: 'uk', targetLocale: locale, headline: h },
        systemActor,
      )
      await t.services.stories.transition(v.id, { to: 'published' }, systemActor)
    }
    return { story, version }
  }

  it('lists the latest published stories of each language on the home page, and nothing unpublished or embargoed', async () => {
    await publishedStory('Опублікована новина', { en: 'Published story' })
    await makeStory(t.services, { headline: 'Чернетка' })
    const embargoed = await publishedStory('Під ембарго')
    await t.services.stories.saveVersion(
      { versionId: embargoed.version.id, baseRevision: 1, changes: { embargoUntil: '2030-01-01T00:00:00Z' } },
      systemActor,
    )
    const res = await t.app.inject('/')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.body).toContain('Опублікована новина')
    expect(res.body).toContain('Published story')
    expect(res.body).not.toContain('Чернетка')
    expect(res.body).not.toContain('Під ембарго')
    expect(res.body).toContain('<section lang="ru" id="ru"><h2>Последние новости · RU</h2><p>Ещё нет опубликованных материалов.</p>')
  })

  it('serves a story page in its language with the stored body and a switcher that marks missing translations', async () => {
    const { story } = await publishedStory('Новина дня', { en: 'News of the day' })
    const res = await t.app.inject(`/en/news/news-of-the-day-${story.id}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<html lang="en">')
    expect(res.body).toContain('<h1>News of the day</h1>')
    expect(res.body).toContain('<p>Текст: Новина дня &lt;b&gt;&amp;&lt;/b&gt;</p>')
    expect(res.body).toContain(`<a href="/news/novyna-dnia-${story.id}" hreflang="uk" lang="uk">UA</a>`)
    expect(res.body).toContain('<span class="unavailable">RU</span>')
  })

  it('redirects an old or missing slug to the canonical address with 301', async () => {
    const { story } = await publishedStory('Новина дня')
    for (const path of [`/news/stara-adresa-${story.id}`, `/news/${story.id}`]) {
      const res = await t.app.inject(path)
      expect(res.statusCode).toBe(301)
      expect(res.headers.location).toBe(`/news/novyna-dnia-${story.id}`)
    }
  })

  it('answers 404 for drafts, unknown ids, unknown languages and the default language under its own prefix', async () => {
    const { story } = await makeStory(t.services, { headline: 'Чернетка' })
    for (const path of [
      `/news/chernetka-${story.id}`,
      '/news/nothing-zzzzzzzzzzzz',
      `/de/news/x-${story.id}`,
      `/uk/news/x-${story.id}`,
      '/news/%00',
    ]) {
      expect((await t.app.inject(path)).statusCode, path).toBe(404)
    }
  })

  it('answers unknown addresses with a 404 in the reader’s language', async () => {
    const res = await t.app.inject({ url: '/no/such/page', headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'По этому адресу ничего нет.' } })
  })

  it('maps domain errors to their status and masks unexpected errors', async () => {
    t.app.get('/test/conflict', async () => {
      throw new DomainError('Conflict', 'stale_revision', { current: 3, base: 2, savedBy: 'x' })
    })
    t.app.get('/test/crash', async () => {
      throw new Error('SELECT * FROM users -- secret detail')
    })
    const conflict = await t.app.inject({ url: '/test/conflict', headers: { 'accept-language': 'uk' } })
    expect(conflict.statusCode).toBe(409)
    expect(conflict.json().error).toMatchObject({ code: 'stale_revision', params: { current: 3 } })
    expect(conflict.json().error.message).toMatch(/^Хтось зберіг цю версію/)
    const crash = await t.app.inject({ url: '/test/crash', headers: { 'accept-language': 'en' } })
    expect(crash.statusCode).toBe(500)
    expect(crash.body).not.toContain('SELECT')
    expect(crash.json()).toEqual({ error: { code: 'internal', message: expect.stringMatching(/^Something went wrong on our side/) } })
  })

  it('serves media variants with immutable cache headers and never the originals', async () => {
    const data = await sharp({ create: { width: 500, height: 300, channels: 3, background: '#345' } })
      .jpeg()
      .toBuffer()
    const media = await t.services.media.createImage({ data, originalName: 'a.jpg' }, systemActor)
    const variant = media.variants.find((v) => v.format === 'webp')!
    const res = await t.app.inject(`/media/${variant.key}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/webp')
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await t.app.inject(`/media/${media.storageKey}`)).statusCode).toBe(404)
    expect((await t.app.inject('/media/v/../o/x.jpg')).statusCode).toBe(404)
  })

  it('reports health with the dialect', async () => {
    expect((await t.app.inject('/health')).json()).toEqual({ ok: true, database: dialect })
  })
})
