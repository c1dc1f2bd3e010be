import { XMLParser } from 'fast-xml-parser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { buildSiteWorld } from '../site/site.fixtures.js'
import { paragraphs } from '../testing/factories.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

const SITE = 'http://localhost:3000'
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'xhtml:link', 'category', 'dc:creator'].includes(name),
})
const xml = (body: string) => parser.parse(body)

describe.each(testDialects())('feeds and sitemaps on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let world: Awaited<ReturnType<typeof buildSiteWorld>>
  let stories: Record<string, { id: string; versionIds: Record<string, string> }>

  beforeEach(async () => {
    t = await createTestApp(dialect)
    world = await buildSiteWorld(t.services)
    t.clock.set('2026-11-20T08:00:00.000Z')
    const old = await world.story({ uk: 'Стара новина', en: 'Old news' })
    t.clock.set('2026-11-24T07:00:00.000Z')
    const fresh = await world.story(
      { uk: 'Свіжа новина', en: 'Fresh news', ru: 'Свежая новость' },
      { body: paragraphs('Текст <з> «лапками» & амперсандом') },
    )
    const draft = await world.story({ uk: 'Чернетка' }, { publish: [] })
    const embargoed = await world.story({ uk: 'Ембарго', en: 'Embargoed' })
    for (const id of Object.values(embargoed.versionIds)) {
      await t.services.stories.saveVersion(
        { versionId: id, baseRevision: 1, changes: { embargoUntil: '2030-01-01T00:00:00Z' } },
        systemActor,
      )
    }
    const other = await t.services.taxonomy.createTopic(
      { kind: 'section', names: { uk: { name: 'Спорт', slug: 'sport' }, en: { name: 'Sport', slug: 'sport' } } },
      systemActor,
    )
    t.clock.set('2026-11-24T07:30:00.000Z')
    const sport = await world.story({ uk: 'Спортивна новина', en: 'Sports news' })
    await t.services.stories.updateStory(sport.id, { sectionId: other.id }, systemActor)
    const scheduled = await t.services.stories.createStory({ locale: 'uk', headline: 'Заплановано' }, systemActor)
    await t.services.stories.transition(scheduled.versions[0]!.id, { to: 'scheduled', at: '2026-11-25T00:00:00.000Z' }, systemActor)
    t.clock.set('2026-11-24T08:00:00.000Z')
    stories = { old, fresh, draft, embargoed, sport }
  })
  afterEach(() => t.close())

  const get = (url: string) => t.app.inject(url)
  const hidden = ['Чернетка', 'Ембарго', 'Embargoed', 'Заплановано']

  it('publishes an RSS 2.0 feed per language with full text and absolute links, newest first', async () => {
    const res = await get('/en/feed/rss.xml')
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8')
    const channel = xml(res.body).rss.channel
    expect(channel.language).toBe('en')
    expect(channel['atom:link']['@href']).toBe(`${SITE}/en/feed/rss.xml`)
    expect(channel.item.map((i: { title: string }) => i.title)).toEqual(['Sports news', 'Fresh news', 'Old news'])
    const fresh = channel.item[1]
    expect(fresh.link).toBe(`${SITE}/en/news/fresh-news-${stories.fresh!.id}`)
    expect(fresh.category).toEqual(['Politics', 'transport', 'Olena Marchuk'])
    expect(fresh['dc:creator']).toEqual(['Oksana Hnatiuk'])
    expect(fresh['media:content']['@url']).toMatch(new RegExp(`^${SITE}/media/v/`))
    for (const h of hidden) expect(res.body).not.toContain(h)
    const uk = xml((await get('/feed/rss.xml')).body).rss.channel
    expect(uk.item[1]['content:encoded']).toBe('<p>Текст &lt;з&gt; «лапками» &amp; амперсандом</p>')
  })

  it('publishes Atom and JSON Feed with the same stories', async () => {
    const atom = xml((await get('/ru/feed/atom.xml')).body).feed
    expect(atom['@xml:lang']).toBe('ru')
    expect(atom.entry.map((e: { title: string }) => e.title)).toEqual(['Свежая новость'])
    const json = (await get('/feed/feed.json')).json()
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.items.map((i: { title: string }) => i.title)).toEqual(['Спортивна новина', 'Свіжа новина', 'Стара новина'])
    expect(json.items[1].content_html).toBe('<p>Текст &lt;з&gt; «лапками» &amp; амперсандом</p>')
  })

  it('publishes feeds per section, and advertises them on the section and home pages', async () => {
    const section = xml((await get('/en/section/sport/feed/rss.xml')).body).rss.channel
    expect(section.item.map((i: { title: string }) => i.title)).toEqual(['Sports news'])
    expect((await get('/en/section/nothing/feed/rss.xml')).statusCode).toBe(404)
    const page = (await get('/en/section/politics')).body
    expect(page).toContain(
      `<link rel="alternate" type="application/rss+xml" title="Vistka: Politics (RSS)" href="${SITE}/en/section/politics/feed/rss.xml"/>`,
    )
    const home = (await get('/en')).body
    expect(home).toContain(`<link rel="alternate" type="application/atom+xml" title="Vistka (Atom)" href="${SITE}/en/feed/atom.xml"/>`)
  })

  it('sends leads and section descriptions to RSS readers as text, never as live markup, in every format', async () => {
    const attack = '<img src=x onerror=alert(1)>'
    const story = await world.story({ uk: `Атака ${attack}`, en: `Attack ${attack}` }, { body: paragraphs(`Текст ${attack}`) })
    await t.services.taxonomy.createTopic(
      {
        kind: 'section',
        names: { uk: { name: 'Злами', slug: 'zlamy' }, en: { name: 'Hacks <b>bold</b>', slug: 'hacks', description: `About ${attack}` } },
      },
      systemActor,
    )
    const fetch = (url: string) => overHttp(t.app, { url })
    const live = /<[a-z]/i // what a feed reader would render as a tag once it has decoded the XML
    // RSS 2.0: <description> holds HTML, so plain text is HTML-escaped before it is XML-escaped.
    const rss = xml((await fetch('/en/feed/rss.xml')).body).rss.channel
    const item = rss.item.find((i: { guid: { '#text': string } }) => i.guid['#text'] === story.id)
    expect(item.description).toBe('Lead: Attack &lt;img src=x onerror=alert(1)&gt;')
    expect(item.description).not.toMatch(live)
    expect(item['content:encoded']).toBe('<p>Text: Attack &lt;img src=x onerror=alert(1)&gt;</p>')
    const section = xml((await fetch('/en/section/hacks/feed/rss.xml')).body).rss.channel
    expect(section.description).toBe('About &lt;img src=x onerror=alert(1)&gt;')
    expect(section.title).toBe('Vistka: Hacks <b>bold</b>') // a title is plain text in every reader
    // Atom's summary and subtitle are type="text" and JSON Feed's summary is plain text: escaped once, shown as written.
    const atom = xml((await fetch('/en/feed/atom.xml')).body).feed
    const entry = atom.entry.find((e: { title: string }) => e.title === `Attack ${attack}`)
    expect(entry.summary).toBe(`Lead: Attack ${attack}`)
    expect(entry.content['#text']).toBe('<p>Text: Attack &lt;img src=x onerror=alert(1)&gt;</p>')
    expect(xml((await fetch('/en/section/hacks/feed/atom.xml')).body).feed.subtitle).toBe(`About ${attack}`)
    const json = (await fetch('/en/feed/feed.json')).json()
    const jsonItem = json.items.find((i: { id: string }) => i.id === story.id)
    expect([jsonItem.summary, jsonItem.content_html]).toEqual([
      `Lead: Attack ${attack}`,
      '<p>Text: Attack &lt;img src=x onerror=alert(1)&gt;</p>',
    ])
  })

  it('indexes sitemaps for news, topics and each language’s months', async () => {
    const index = xml((await get('/sitemap.xml')).body).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)
    expect(index).toEqual([
      `${SITE}/sitemaps/news.xml`,
      `${SITE}/sitemaps/topics.xml`,
      `${SITE}/sitemaps/pages.xml`,
      `${SITE}/sitemaps/stories-en-2026-11.xml`,
      `${SITE}/sitemaps/stories-ru-2026-11.xml`,
      `${SITE}/sitemaps/stories-uk-2026-11.xml`,
    ])
  })

  it('lists a month’s stories with reciprocal hreflang links, and nothing unpublished', async () => {
    const res = await get('/sitemaps/stories-uk-2026-11.xml')
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8')
    const urls = xml(res.body).urlset.url
    for (const h of hidden) expect(res.body).not.toContain(h)
    expect(urls).toHaveLength(3)
    const fresh = urls.find((u: { loc: string }) => u.loc.includes(stories.fresh!.id))
    const links = Object.fromEntries(fresh['xhtml:link'].map((l: Record<string, string>) => [l['@hreflang'], l['@href']]))
    expect(links).toEqual({
      uk: `${SITE}/news/svizha-novyna-${stories.fresh!.id}`,
      en: `${SITE}/en/news/fresh-news-${stories.fresh!.id}`,
      ru: `${SITE}/ru/news/svezhaya-novost-${stories.fresh!.id}`,
      'x-default': `${SITE}/news/svizha-novyna-${stories.fresh!.id}`,
    })
    const ru = xml((await get('/sitemaps/stories-ru-2026-11.xml')).body).urlset.url
    const ruLinks = Object.fromEntries(ru[0]['xhtml:link'].map((l: Record<string, string>) => [l['@hreflang'], l['@href']]))
    expect(ruLinks).toEqual(links)
    for (const url of [
      '/sitemaps/stories-uk-2026-10.xml',
      '/sitemaps/stories-de-2026-11.xml',
      '/sitemaps/stories-uk-2026-13.xml',
      '/sitemaps/other.xml',
    ]) {
      expect((await get(url)).statusCode, url).toBe(404)
    }
  })

  it('lists only the last 48 hours in the Google News sitemap', async () => {
    const urls = xml((await get('/sitemaps/news.xml')).body).urlset.url
    const titles = urls.map((u: { 'news:news': { 'news:title': string } }) => u['news:news']['news:title']).sort()
    expect(titles).toEqual(['Fresh news', 'Sports news', 'Свежая новость', 'Свіжа новина', 'Спортивна новина'])
    const first = urls.find((u: { loc: string }) => u.loc.includes('/en/news/fresh'))
    expect(first['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'Vistka', 'news:language': 'en' },
      'news:publication_date': '2026-11-24T07:00:00.000Z',
    })
  })

  it('lists section, topic and author pages per language with alternates', async () => {
    const urls = xml((await get('/sitemaps/topics.xml')).body).urlset.url.map((u: { loc: string }) => u.loc)
    expect(urls).toEqual(
      expect.arrayContaining([
        `${SITE}/section/polityka`,
        `${SITE}/en/section/politics`,
        `${SITE}/tag/transport`,
        `${SITE}/en/person/olena-marchuk`,
        `${SITE}/author/oksana-hnatiuk`,
      ]),
    )
  })

  it('names the sitemap index in robots.txt', async () => {
    const res = await get('/robots.txt')
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(res.body).toContain(`Sitemap: ${SITE}/sitemap.xml`)
    expect(res.body).toContain('Disallow: /api/')
  })
})
