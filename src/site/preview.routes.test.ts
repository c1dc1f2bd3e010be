import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../testing/admin-client.js'
import { paragraphs } from '../testing/factories.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { previewCsp } from './preview.routes.js'

describe.each(testDialects())('the newsroom preview of a public page on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  async function draft() {
    const author = await signInAs(t, 'author')
    const res = await author.call('POST', '/stories', {
      locale: 'uk',
      headline: 'Чернетка про <мости>',
      lead: 'Вступ чернетки',
      body: paragraphs('Перший абзац чернетки.'),
    })
    expect(res.statusCode, res.body).toBe(201)
    const { story, versions } = res.json()
    return { author, storyId: story.id as string, version: versions[0] as { id: string; slug: string } }
  }

  it('shows a draft as its public page would, escaped, marked as a preview and kept out of caches and search engines', async () => {
    const { author, version } = await draft()
    const res = await author.call('GET', `/story-versions/${version.id}/preview`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.headers['cache-control']).toBe('private, no-store')
    expect(res.headers['x-robots-tag']).toBe('noindex')
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(res.headers['content-security-policy']).not.toContain('script-src')
    expect(res.body).toContain('<h1>Чернетка про &lt;мости></h1>')
    expect(res.body).toContain('Перший абзац чернетки.')
    expect(res.body).toContain('<meta name="robots" content="noindex"')
    expect(res.body).toContain('Попередній перегляд')
    // The public page itself does not exist yet.
    const publicPage = await overHttp(t.app, { method: 'GET', url: `/news/${version.slug}-${version.id}` })
    expect(publicPage.statusCode).toBe(404)
  })

  it('follows the latest save, and speaks the version’s language', async () => {
    const { author, storyId, version } = await draft()
    const saved = await author.call('PUT', `/story-versions/${version.id}`, { expectedRevision: 1, headline: 'Новий заголовок' })
    expect(saved.statusCode, saved.body).toBe(200)
    expect((await author.call('GET', `/story-versions/${version.id}/preview`)).body).toContain('<h1>Новий заголовок</h1>')

    const editor = await signInAs(t, 'editor')
    const en = await editor.call('POST', `/stories/${storyId}/translations`, {
      sourceLocale: 'uk',
      targetLocale: 'en',
      headline: 'A draft',
    })
    expect(en.statusCode, en.body).toBe(201)
    const page = (await editor.call('GET', `/story-versions/${en.json().id}/preview`)).body
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('Preview: this is how readers will see the page.')
  })

  it('answers 404 for an unknown version, 400 for a malformed id and 401 without a session', async () => {
    const { author, version } = await draft()
    const missing = await author.call('GET', '/story-versions/zzzzzzzzzzzz/preview')
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error.code).toBe('version_not_found')
    expect((await author.call('GET', '/story-versions/NOT-AN-ID/preview')).statusCode).toBe(400)
    const anonymous = await overHttp(t.app, { method: 'GET', url: `/api/admin/v1/story-versions/${version.id}/preview` })
    expect(anonymous.statusCode).toBe(401)
  })
})

describe('the preview’s content security policy', () => {
  it('lets images come from the site, or also from MEDIA_PUBLIC_URL’s origin when images are served from there', () => {
    const img = (csp: string) => csp.split('; ').find((d) => d.startsWith('img-src'))
    expect(img(previewCsp('/media'))).toBe("img-src 'self' data:")
    expect(img(previewCsp('https://cdn.news.example/media'))).toBe("img-src 'self' data: https://cdn.news.example")
    expect(previewCsp('https://cdn.news.example/media')).not.toContain('script-src')
  })
})
