import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { storyPath } from '../shared/addresses.js'
import { signInAs } from '../testing/admin-client.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp, TEST_SITE } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import type { ImportReport } from './import-report.js'
import { importWordPress, type WordPressImportOptions } from './wordpress-import.js'
import { WxrError } from './wxr-reader.js'

const FIXTURES = join(import.meta.dirname, 'fixtures')
const dir = mkdtempSync(join(tmpdir(), 'vistka-wp-'))
const uploads = join(dir, 'uploads')
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeAll(async () => {
  mkdirSync(join(uploads, '2024', '03'), { recursive: true })
  const jpeg = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#203040' } })
    .jpeg()
    .toBuffer()
  writeFileSync(join(uploads, '2024', '03', 'kyiv.jpg'), jpeg) // lost.jpg stays missing
})

/** A copy of a fixture with some text replaced: the same site, exported again after an edit. */
function variant(name: string, replace: [string, string][] = []): string {
  let text = readFileSync(join(FIXTURES, name), 'utf8')
  for (const [from, to] of replace) {
    if (!text.includes(from)) throw new Error(`fixture ${name} has no ${from}`)
    text = text.replace(from, to)
  }
  const file = join(dir, `${Math.random().toString(36).slice(2)}-${name}`)
  writeFileSync(file, text)
  return file
}

describe.each(testDialects())('importing a WordPress export on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const run = (options: Omit<WordPressImportOptions, 'file'> & { file?: string } = {}): Promise<ImportReport> =>
    importWordPress(
      { db: t.database.db, services: t.services, site: TEST_SITE, clock: t.clock },
      { file: join(FIXTURES, 'polylang.xml'), uploads, ...options },
    )
  const get = (url: string) => overHttp(t.app, { url })
  const count = async (table: 'stories' | 'story_versions' | 'story_revisions' | 'media' | 'redirects' | 'topics' | 'authors') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const versionOf = async (wpId: string) => {
    const row = await t.database.db
      .selectFrom('imported_ids')
      .select('target_id')
      .where('kind', '=', 'post')
      .where('external_id', '=', wpId)
      .executeTakeFirstOrThrow()
    const { story, versions } = await t.services.stories.getStory(row.target_id)
    // In the order the source came first, then the site's languages.
    const rank = (v: (typeof versions)[number]) => (v.sourceLocale === null ? -1 : TEST_SITE.locales.indexOf(v.locale as 'uk'))
    return { story, versions: [...versions].sort((a, b) => rank(a) - rank(b)) }
  }

  it('brings a Polylang site in: one story per translation group, its pictures, bylines, topics, and a report of the rest', async () => {
    const report = await run()
    expect(report.stories).toEqual({ created: 9, updated: 0, unchanged: 0, versions: 12 })
    expect(report.pages).toEqual({ created: 1, updated: 0, unchanged: 0, versions: 2 })
    expect(report.media.imported).toBe(1)
    expect(report.media.missing.map((m) => m.id)).toEqual(['51'])
    expect(report.skipped.map((s) => [s.id, s.reason])).toEqual(
      expect.arrayContaining([
        ['112', expect.stringContaining("language 'pl'")],
        ['130', 'it is in the WordPress trash'],
      ]),
    )
    expect(report.neverPublic.map((p) => p.id).sort()).toEqual(['107', '113'])
    expect(report.untitled).toEqual([
      { id: '110', title: expect.stringMatching(/^Оголошення для мешканців Подолу/), reason: 'it had no title' },
    ])
    const noted = report.notes.map((n) => `${n.id} ${n.kind}`)
    for (const expected of ['101 table', '101 shortcode', '104 iframe', '104 script', '104 image_missing'])
      expect(noted).toContain(expected)
    expect(report.ignored).toEqual({ nav_menu_item: 1 })

    // The Kyiv group: one story, three languages, the Ukrainian version the source.
    const kyiv = await versionOf('101')
    expect(kyiv.versions.map((v) => [v.locale, v.status, v.sourceLocale])).toEqual([
      ['uk', 'published', null],
      ['en', 'published', 'uk'],
      ['ru', 'published', 'uk'],
    ])
    const uk = kyiv.versions[0]
    expect(uk).toMatchObject({
      headline: 'Новина про Київ',
      slug: 'novyna-pro-kyiv',
      lead: 'Міська рада зібралася вночі.',
      seoTitle: 'Київ: нічне засідання',
      seoDescription: 'Міська рада Києва зібралася вночі.',
      publishedAt: '2024-03-04T09:00:00.000Z',
      updatedAt: '2024-03-05T10:30:00.000Z',
    })
    const lviv = await versionOf('104')
    expect(lviv.story.isImportant).toBe(true) // sticky
    expect(lviv.versions.map((v) => [v.locale, v.status])).toEqual([
      ['uk', 'published'],
      ['en', 'draft'],
    ])
    // A link to another imported post is a link to its story, by id.
    expect(JSON.stringify(uk?.body)).toContain(`"storyLink","attrs":{"storyId":"${lviv.story.id}"}`)
    const body = JSON.stringify(uk?.body)
    expect(body).toContain('"type":"embed"')
    expect(body).toContain('"type":"image"')
    expect(body).toContain('Поділ | 42') // a table's text is kept
    // The library's Ukrainian caption is the attachment's; a post's own differing caption stays as a line under the picture.
    expect(JSON.stringify(lviv.versions[0]?.body)).toContain('{"type":"text","text":"Нічне місто","marks":[{"type":"italic"}]}')
    expect(body).toContain('{"type":"text","text":"Київ уночі","marks":[{"type":"italic"}]}')

    // Shared fields: the section and its names per language, tags, bylines, the lead picture.
    const section = await t.services.taxonomy.getTopic(kyiv.story.sectionId as string)
    expect(section).toMatchObject({ kind: 'section' })
    expect(Object.fromEntries(Object.entries(section.names).map(([l, n]) => [l, n.name]))).toEqual({
      uk: 'Політика',
      en: 'Politics',
      ru: 'Политика',
    })
    const tags = await Promise.all(kyiv.story.topicIds.map((id) => t.services.taxonomy.getTopic(id)))
    expect(tags.map((tag) => [tag.kind, tag.names.uk?.name]).sort()).toEqual([
      ['tag', 'Економіка'],
      ['tag', 'Київ'],
    ])
    expect(kyiv.story.leadMediaId).toBeTruthy()
    const picture = await t.services.media.getMedia(kyiv.story.leadMediaId as string)
    expect(picture.texts.uk).toEqual({ caption: 'Київ уночі з Андріївського узвозу', alt: 'Вогні нічного Києва' })
    // The attachment is Ukrainian; the English post's <figcaption> becomes its English caption.
    expect(picture.texts.en?.caption).toBe('Kyiv at night')
    expect(JSON.stringify(kyiv.versions[1]?.body)).not.toContain('Kyiv at night') // it is the caption now, not a line under it
    const interview = await versionOf('111')
    const bylines = await Promise.all(interview.story.authorIds.map((id) => t.services.taxonomy.getAuthor(id)))
    expect(bylines.map((a) => a.names.en?.name)).toEqual(['John Smith', 'Олена Коваль'])

    // States: scheduled with its job, in review, private → draft, untitled → titled.
    expect((await versionOf('108')).versions[0]).toMatchObject({ status: 'scheduled', scheduledAt: '2030-01-01T09:00:00.000Z' })
    expect((await t.database.db.selectFrom('jobs').select('kind').execute()).map((j) => j.kind)).toContain('publish_version')
    expect((await versionOf('109')).versions[0]?.status).toBe('in_review')
    expect((await versionOf('107')).versions[0]?.status).toBe('draft')
    expect((await versionOf('113')).versions[0]?.status).toBe('draft')
    const page = await versionOf('120')
    expect(page.story.kind).toBe('page')
    expect(page.versions.map((v) => [v.locale, v.slug])).toEqual([
      ['uk', 'pro-nas'],
      ['en', 'about-us'],
    ])
  })

  it('answers every old address with a 301 to the new one, and serves the stories with their translations', async () => {
    await run()
    const kyiv = await versionOf('101')
    const [uk, en, ru] = kyiv.versions // source uk, then en, ru
    const ukUrl = storyPath(TEST_SITE, 'uk', uk?.slug ?? '', kyiv.story.id)
    const enUrl = storyPath(TEST_SITE, 'en', en?.slug ?? '', kyiv.story.id)
    const moved = {
      '/2024/03/%d0%bd%d0%be%d0%b2%d0%b8%d0%bd%d0%b0-%d0%bf%d1%80%d0%be-%d0%ba%d0%b8%d1%97%d0%b2/': ukUrl,
      '/2024/03/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B0-%D0%BF%D1%80%D0%BE-%D0%BA%D0%B8%D1%97%D0%B2': ukUrl,
      '/en/2024/03/news-about-kyiv/': enUrl,
      '/?p=102': enUrl,
      '/ru/2024/03/novost-o-kieve/': storyPath(TEST_SITE, 'ru', ru?.slug ?? '', kyiv.story.id),
      '/?page_id=120': '/pro-nas',
      '/en/about-us/': '/en/about-us',
    }
    for (const [from, to] of Object.entries(moved)) {
      const res = await get(from)
      expect([from, res.statusCode]).toEqual([from, 301])
      expect(new URL(res.headers.location ?? '', 'http://x').pathname).toBe(to)
    }
    // Every address the import wrote answers 301, but those of posts readers never see (private, drafts
    // alone): a 404, or the home page for `/?p=`, as before.
    const rows = await t.database.db.selectFrom('redirects').select(['from_path', 'story_id']).where('origin', '=', 'import').execute()
    expect(rows.length).toBeGreaterThan(20)
    for (const row of rows) {
      const { story, versions } = await t.services.stories.getStory(row.story_id as string)
      const published = versions.filter((v) => v.status === 'published')
      // A page's old address may be its new one too (`/en/about-us/` → `/en/about-us`): it is served.
      const own = story.kind === 'page' && published.some((v) => `${v.locale === 'uk' ? '' : `/${v.locale}`}/${v.slug}` === row.from_path)
      const expected = own ? 200 : published.length ? 301 : row.from_path.startsWith('/?') ? 200 : 404
      const res = await get(row.from_path.split('/').map(encodeURIComponent).join('/').replace('%3F', '?').replace('%3D', '='))
      expect([row.from_path, res.statusCode]).toEqual([row.from_path, expected])
    }
    const page = await get(ukUrl)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Новина про Київ')
    for (const lang of ['en', 'ru']) expect(page.body).toMatch(new RegExp(`<link rel="alternate" hreflang="${lang}"`))
    // The switcher links the same story in English and Russian.
    expect(page.body).toContain(`<a href="${enUrl}" lang="en" hreflang="en"`)
    // The Lviv story has no Russian version and its English one is a draft: no alternates for them.
    const lviv = await versionOf('104')
    const lvivPage = await get(storyPath(TEST_SITE, 'uk', lviv.versions[0]?.slug ?? '', lviv.story.id))
    expect(lvivPage.statusCode).toBe(200)
    expect(lvivPage.body).not.toMatch(/hreflang="(en|ru)"[^>]*href=|<a href="[^"]*" lang="(en|ru)"/)
    expect(page.body).toMatch(/<img[^>]+src="\/media\//)
    expect((await get('/pro-nas')).body).toContain('Ми — незалежне видання з Полісся.')
    expect((await get('/pl/wiadomosci/')).statusCode).toBe(404) // skipped, so no redirect
    // The newsroom's API sees the same story, its three versions and their states.
    const editor = (await signInAs(t, 'editor')).call
    const story = await editor('GET', `/stories/${kyiv.story.id}`)
    expect(story.statusCode).toBe(200)
    expect(
      story
        .json()
        .versions.map((v: { locale: string; status: string }) => `${v.locale} ${v.status}`)
        .sort(),
    ).toEqual(['en published', 'ru published', 'uk published'])
  })

  it('changes nothing when run again, and updates only what changed in a newer export', async () => {
    const first = await run()
    const before = {
      stories: await count('stories'),
      story_versions: await count('story_versions'),
      story_revisions: await count('story_revisions'),
      media: await count('media'),
      redirects: await count('redirects'),
      topics: await count('topics'),
      authors: await count('authors'),
    }
    expect(first.redirects).toBeGreaterThan(20)
    const again = await run()
    expect(again.stories).toEqual({ created: 0, updated: 0, unchanged: 9, versions: 0 })
    expect(again.pages).toEqual({ created: 0, updated: 0, unchanged: 1, versions: 0 })
    expect(again.media).toMatchObject({ imported: 0, unchanged: 1 })
    expect(again.topics.created + again.authors.created).toBe(0)
    for (const [table, n] of Object.entries(before)) expect([table, await count(table as keyof typeof before)]).toEqual([table, n])

    const edited = variant('polylang.xml', [
      ['<title><![CDATA[News about Kyiv]]></title>', '<title><![CDATA[News about Kyiv, updated]]></title>'],
      ['<title><![CDATA[News about Lviv]]></title>', '<title><![CDATA[News about Lviv]]></title>'],
    ])
    const third = await run({ file: edited })
    expect(third.stories).toEqual({ created: 0, updated: 1, unchanged: 8, versions: 1 })
    const kyiv = await versionOf('102')
    expect(kyiv.versions.map((v) => [v.locale, v.headline, v.revision])).toEqual([
      ['uk', 'Новина про Київ', 1],
      ['en', 'News about Kyiv, updated', 2],
      ['ru', 'Новость о Киеве', 1],
    ])
    expect(await count('stories')).toBe(before.stories)
  })

  it('adds a translation made in WordPress since the last import to the story it belongs to', async () => {
    await run()
    const withRussian = variant('polylang.xml', [
      ['a:2:{s:2:"uk";i:104;s:2:"en";i:105;}', 'a:3:{s:2:"uk";i:104;s:2:"en";i:105;s:2:"ru";i:150;}'],
      [
        '\t<item>\n\t\t<title><![CDATA[Погода на вихідні]]>',
        `\t<item><title><![CDATA[Новость о Львове]]></title><link>https://old.example.com/ru/lvov/</link><dc:creator>olena</dc:creator><content:encoded><![CDATA[Львов готовится к весне.]]></content:encoded><wp:post_id>150</wp:post_id><wp:post_date_gmt>2024-03-09 09:00:00</wp:post_date_gmt><wp:post_name>lvov</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="language" nicename="ru"><![CDATA[Русский]]></category><category domain="post_translations" nicename="pll_lviv"><![CDATA[pll_lviv]]></category></item>\n\t<item>\n\t\t<title><![CDATA[Погода на вихідні]]>`,
      ],
    ])
    const report = await run({ file: withRussian })
    expect(report.stories).toMatchObject({ created: 0, updated: 1, versions: 1 })
    const lviv = await versionOf('104')
    expect(lviv.versions.map((v) => [v.locale, v.status, v.sourceLocale])).toEqual([
      ['uk', 'published', null],
      ['en', 'draft', 'uk'],
      ['ru', 'published', 'uk'],
    ])
    expect((await get('/ru/lvov')).statusCode).toBe(301)
  })

  it('takes WPML groups with the source language WPML names, and posts with no language in the channel’s', async () => {
    const report = await run({ file: join(FIXTURES, 'wpml.xml') })
    expect(report.stories.created).toBe(2)
    const trams = await versionOf('201')
    expect(trams.versions.map((v) => [v.locale, v.sourceLocale])).toEqual([
      ['en', null],
      ['uk', 'en'],
      ['ru', 'en'],
    ])
    expect((await versionOf('204')).versions.map((v) => v.locale)).toEqual(['en'])
    // The English post links to its Ukrainian translation: the same story.
    expect(JSON.stringify(trams.versions[0]?.body)).toContain(`"storyId":"${trams.story.id}"`)
  })

  it('gives posts with no language --default-locale, and brings in an unknown language mapped with --locale-map', async () => {
    const report = await run({ file: join(FIXTURES, 'wpml.xml'), defaultLocale: 'uk' })
    expect((await versionOf('204')).versions.map((v) => v.locale)).toEqual(['uk'])
    expect(report.skipped).toEqual([])
    const polish = await run({ localeMap: { pl: 'ru' } })
    expect(polish.skipped.map((s) => s.id)).toEqual(['130'])
    expect((await versionOf('112')).versions.map((v) => v.locale)).toEqual(['ru'])
  })

  it('writes nothing on a dry run, and reports what it would do', async () => {
    const report = await run({ dryRun: true })
    expect(report).toMatchObject({ dryRun: true, stories: { created: 9, versions: 12 }, pages: { created: 1 }, media: { imported: 1 } })
    for (const table of ['stories', 'media', 'redirects', 'topics', 'authors'] as const)
      expect([table, await count(table)]).toEqual([table, 0])
  })

  it('refuses a file that is not an export, or is cut short, and writes nothing', async () => {
    const text = readFileSync(join(FIXTURES, 'polylang.xml'), 'utf8')
    const truncated = join(dir, 'truncated.xml')
    writeFileSync(truncated, text.slice(0, text.lastIndexOf('<item>') + 40))
    const feed = join(dir, 'feed.xml')
    writeFileSync(
      feed,
      '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>News</title><item><title>A</title></item></channel></rss>',
    )
    const csv = join(dir, 'posts.csv')
    writeFileSync(csv, 'id,title\n1,Hello\n')
    for (const [file, message] of [
      [truncated, /truncated/],
      [feed, /not a WXR export/],
      [csv, /not XML/],
    ] as const) {
      await expect(run({ file })).rejects.toThrow(message)
      await expect(run({ file })).rejects.toBeInstanceOf(WxrError)
    }
    for (const table of ['stories', 'media', 'redirects', 'topics', 'authors'] as const)
      expect([table, await count(table)]).toEqual([table, 0])
  })
})
