import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { buildSiteWorld } from './site.fixtures.js'

describe.each(testDialects())('the search page on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let world: Awaited<ReturnType<typeof buildSiteWorld>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
    world = await buildSiteWorld(t.services)
  })
  afterEach(() => t.close())

  const get = async (url: string) => {
    await t.cacheSettled() // the index has caught up with every story event
    return t.app.inject({ url })
  }
  const resultHeadlines = (html: string) =>
    [...html.matchAll(/<h2><a href="[^"]+">(.*?)<\/a><\/h2>/g)].map((m) => (m[1] as string).replace(/<\/?mark>/g, ''))

  it('finds published stories in the reader’s language by any word form, with the words marked', async () => {
    await world.story({ uk: 'Нічні автобуси повертаються', en: 'Night buses return' })
    await world.story({ uk: 'Ремонт мосту завершено' })
    const uk = await get('/search?q=автобусів')
    expect(uk.statusCode).toBe(200)
    expect(resultHeadlines(uk.body)).toEqual(['Нічні автобуси повертаються'])
    expect(uk.body).toContain('<mark>автобуси</mark>')
    expect(uk.body).toContain('<meta name="robots" content="noindex"/>')
    expect(uk.headers['x-robots-tag']).toBe('noindex')
    expect(resultHeadlines((await get('/en/search?q=bus')).body)).toEqual(['Night buses return'])
    expect(resultHeadlines((await get('/ru/search?q=автобусы')).body)).toEqual([])
  })

  it('leaves drafts out', async () => {
    await world.story({ uk: 'Чернетка про автобуси' }, { publish: [] })
    expect(resultHeadlines((await get('/search?q=автобуси')).body)).toEqual([])
  })

  it('echoes the query safely, and answers an empty or over-long query with a helpful page', async () => {
    const hostile = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`)
    expect(hostile.statusCode).toBe(200)
    expect(hostile.body).not.toContain('<script>alert(1)')
    expect(hostile.body).toContain('&lt;script>alert(1)&lt;/script>')
    const empty = await get('/en/search?q=')
    expect([empty.statusCode, empty.body.includes('Type a word or phrase')]).toEqual([200, true])
    const long = await get(`/ru/search?q=${'я'.repeat(300)}`)
    expect([long.statusCode, long.body.includes('Запрос слишком длинный')]).toEqual([200, true])
    const nothing = await get('/search?q=неіснуюче')
    expect(nothing.body).toContain('За запитом «неіснуюче» нічого не знайдено')
    expect((await get('/search?q=x&page=abc')).statusCode).toBe(404)
    expect((await get('/search?q=x&q=y')).statusCode).toBe(200)
  })

  it('pages through results with the query kept in the links', async () => {
    for (let i = 0; i < 12; i++) await world.story({ uk: `Вибори ${i}` })
    const first = await get('/search?q=вибори')
    expect(resultHeadlines(first.body)).toHaveLength(10)
    expect(first.body).toContain(`href="/search?q=${encodeURIComponent('вибори')}&amp;page=2" rel="next"`)
    expect(resultHeadlines((await get('/search?q=вибори&page=2')).body)).toHaveLength(2)
    expect((await get('/search?q=вибори&page=3')).statusCode).toBe(404)
  })

  it('offers related stories under a story: “read also”', async () => {
    const base = await world.story({ uk: 'Нічні автобуси повертаються' })
    await world.story({ uk: 'Автобуси їздитимуть уночі' })
    await t.cacheSettled()
    const page = await get(`/news/nichni-avtobusy-povertaiutsia-${base.id}`)
    const readAlso = page.body.split('id="read-also"')[1] ?? ''
    expect(readAlso).toContain('Автобуси їздитимуть уночі')
    expect(readAlso).not.toContain('Нічні автобуси повертаються')
  })
})
