import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, TEST_SITE } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import type { ImportReport } from './import-report.js'
import { importWordPress, type WordPressImportOptions } from './wordpress-import.js'

const dir = mkdtempSync(join(tmpdir(), 'vistka-wp-re-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Post {
  id: number
  title: string
  lang?: string
  group?: string
  status?: string
  body?: string
  categories?: string[]
  gmt?: string
  pubDate?: string
  link?: string
}

/** A small WXR 1.2 export of these posts (Polylang languages and groups), with no term list: as "Posts" exports are. */
function wxr(posts: Post[], extra = ''): string {
  const items = posts.map(
    (p) => `<item><title><![CDATA[${p.title}]]></title><link>${p.link ?? `https://re.example.com/p${p.id}/`}</link>
<pubDate>${p.pubDate ?? ''}</pubDate><dc:creator>ed</dc:creator><content:encoded><![CDATA[${p.body ?? 'Text.'}]]></content:encoded>
<wp:post_id>${p.id}</wp:post_id><wp:post_date_gmt>${p.gmt ?? '2024-01-01 10:00:00'}</wp:post_date_gmt><wp:post_date>2024-01-01 12:00:00</wp:post_date>
<wp:post_name>p${p.id}</wp:post_name><wp:status>${p.status ?? 'publish'}</wp:status><wp:post_type>post</wp:post_type>
${(p.categories ?? []).map((c) => `<category domain="category" nicename="${c}"><![CDATA[${c.toUpperCase()}]]></category>`).join('')}
${p.lang ? `<category domain="language" nicename="${p.lang}">${p.lang}</category>` : ''}
${p.group ? `<category domain="post_translations" nicename="${p.group}">${p.group}</category>` : ''}</item>`,
  )
  const file = join(dir, `${Math.random().toString(36).slice(2)}.xml`)
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Re</title><link>https://re.example.com</link><language>uk</language><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_blog_url>https://re.example.com</wp:base_blog_url>
${extra}
${items.join('\n')}
</channel></rss>`,
  )
  return file
}

describe.each(testDialects())('importing a WordPress site again on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const run = (file: string, options: Omit<WordPressImportOptions, 'file'> = {}): Promise<ImportReport> =>
    importWordPress({ db: t.database.db, services: t.services, site: TEST_SITE, clock: t.clock }, { file, ...options })
  const storyOf = async (wpId: number) => {
    const row = await t.database.db
      .selectFrom('imported_ids')
      .select('target_id')
      .where('kind', '=', 'post')
      .where('external_id', '=', String(wpId))
      .executeTakeFirstOrThrow()
    return t.services.stories.getStory(row.target_id)
  }
  const storyCount = async () => (await t.database.db.selectFrom('stories').select('id').execute()).length

  it('adds a translation to the story when the post gained its first one, and its translation group is new', async () => {
    await run(wxr([{ id: 1, title: 'Новина', lang: 'uk' }]))
    const report = await run(
      wxr([
        { id: 1, title: 'Новина', lang: 'uk', group: 'pll_new' },
        { id: 2, title: 'News', lang: 'en', group: 'pll_new' },
      ]),
    )
    expect(report.stories).toMatchObject({ created: 0, updated: 1 })
    expect(await storyCount()).toBe(1)
    const { versions } = await storyOf(2)
    expect(versions.map((v) => [v.locale, v.sourceLocale]).sort()).toEqual([
      ['en', 'uk'],
      ['uk', null],
    ])
  })

  it('is stable when a post links to one that is not imported, and dates a post with no UTC date by its pubDate', async () => {
    const file = wxr([
      { id: 1, title: 'A', body: '<p>See <a href="https://re.example.com/p2/">the old one</a> and <a href="#notes">notes</a>.</p>' },
      { id: 2, title: 'Trashed', status: 'trash' },
      { id: 3, title: 'Undated', gmt: '0000-00-00 00:00:00', pubDate: 'Tue, 05 Mar 2024 08:30:00 +0000' },
    ])
    await run(file)
    const again = await run(file)
    expect(again.stories).toEqual({ created: 0, updated: 0, unchanged: 2, versions: 0 })
    const body = JSON.stringify((await storyOf(1)).versions[0]?.body)
    expect(body).not.toContain('storyLink') // neither the trashed post nor '#notes' is a story here
    expect(body).toContain('"href":"https://re.example.com/p2/"')
    expect((await storyOf(3)).versions[0]?.publishedAt).toBe('2024-03-05T08:30:00.000Z')
  })

  it('withdraws what WordPress no longer shows, and moves a story to its new section', async () => {
    await run(
      wxr([
        { id: 1, title: 'Стане приватною', categories: ['news'] },
        { id: 2, title: 'Піде в кошик' },
        { id: 3, title: 'Змінить рубрику', categories: ['news'] },
      ]),
    )
    const report = await run(
      wxr([
        { id: 1, title: 'Стане приватною, нова назва', status: 'private', categories: ['news'] },
        { id: 2, title: 'Піде в кошик', status: 'trash' },
        { id: 3, title: 'Змінить рубрику', categories: ['sport', 'news'] },
      ]),
    )
    expect(report.neverPublic.map((p) => [p.id, p.reason])).toEqual(
      expect.arrayContaining([
        ['1', 'withdrawn: it is private in WordPress now'],
        ['2', 'withdrawn: it is trash in WordPress now'],
      ]),
    )
    expect((await storyOf(1)).versions[0]).toMatchObject({ status: 'unpublished' })
    expect((await storyOf(2)).versions[0]).toMatchObject({ status: 'unpublished' })
    const moved = await storyOf(3)
    const section = await t.services.taxonomy.getTopic(moved.story.sectionId as string)
    expect(section.names.uk?.name).toBe('SPORT') // a "Posts" export has no term list: the post's own category names it
    expect(moved.story.topicIds).toHaveLength(1) // news, now a tag
  })

  it('keeps a group together when its posts lie further apart in the file than it holds in memory', async () => {
    const posts: Post[] = [{ id: 1, title: 'Перша', lang: 'uk', group: 'pll_far' }]
    for (let i = 10; i < 20; i++)
      posts.push(
        { id: i, title: `Між ${i}`, lang: 'uk', group: `pll_${i}` },
        { id: i + 100, title: `Between ${i}`, lang: 'en', group: `pll_${i + 5}` },
      )
    posts.push({ id: 2, title: 'First', lang: 'en', group: 'pll_far' })
    const first = await run(wxr(posts), { holdAtMost: 3 })
    expect(first.stories.updated).toBeGreaterThan(0) // groups written in two parts: the second part joins the first's story
    const far = await storyOf(2)
    expect(far.versions.map((v) => v.locale).sort()).toEqual(['en', 'uk'])
    expect((await storyOf(1)).story.id).toBe(far.story.id)
    const again = await run(wxr(posts), { holdAtMost: 3 })
    expect(again.stories.created).toBe(0)
  })

  it('makes one picture of an attachment Polylang translated, with each language’s caption', async () => {
    const uploads = join(dir, 'uploads', '2024')
    mkdirSync(uploads, { recursive: true })
    writeFileSync(
      join(uploads, 'bridge.jpg'),
      await sharp({ create: { width: 320, height: 200, channels: 3, background: '#456' } })
        .jpeg()
        .toBuffer(),
    )
    const attachment = (id: number, lang: string, caption: string) =>
      `<item><title>bridge</title><wp:post_id>${id}</wp:post_id><wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>
<wp:attachment_url>https://re.example.com/wp-content/uploads/2024/bridge.jpg</wp:attachment_url><excerpt:encoded><![CDATA[${caption}]]></excerpt:encoded>
<category domain="language" nicename="${lang}">${lang}</category><category domain="post_translations" nicename="pll_pic">pll_pic</category></item>`
    const file = wxr(
      [{ id: 1, title: 'Міст', body: '<img class="wp-image-50" src="https://re.example.com/wp-content/uploads/2024/bridge.jpg">' }],
      `${attachment(50, 'uk', 'Міст через Дніпро')}${attachment(51, 'en', 'A bridge over the Dnipro')}`,
    )
    const report = await run(file, { uploads: join(dir, 'uploads') })
    expect(report.media.imported).toBe(1)
    const media = await t.database.db.selectFrom('media').select('id').execute()
    expect(media).toHaveLength(1)
    const picture = await t.services.media.getMedia(media[0]?.id as string)
    expect([picture.texts.uk?.caption, picture.texts.en?.caption]).toEqual(['Міст через Дніпро', 'A bridge over the Dnipro'])
  })

  it('takes a picture’s caption from the first post that gives one, and keeps a second post’s other words under it', async () => {
    const uploads = join(dir, 'uploads-c', '2024')
    mkdirSync(uploads, { recursive: true })
    writeFileSync(
      join(uploads, 'dam.jpg'),
      await sharp({ create: { width: 320, height: 200, channels: 3, background: '#654' } })
        .jpeg()
        .toBuffer(),
    )
    const picture = `<item><title>dam</title><wp:post_id>60</wp:post_id><wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>
<wp:attachment_url>https://re.example.com/wp-content/uploads/2024/dam.jpg</wp:attachment_url></item>`
    const figure = (caption: string) =>
      `<figure class="wp-block-image"><img class="wp-image-60" src="https://re.example.com/wp-content/uploads/2024/dam.jpg"/><figcaption>${caption}</figcaption></figure>`
    await run(
      wxr(
        [
          { id: 1, title: 'Гребля', body: `<!-- wp:image -->${figure('Гребля навесні')}<!-- /wp:image -->` },
          { id: 2, title: 'Знову гребля', body: `<!-- wp:image -->${figure('Гребля взимку')}<!-- /wp:image -->` },
        ],
        picture,
      ),
      { uploads: join(dir, 'uploads-c') },
    )
    const [media] = await t.database.db.selectFrom('media').select('id').execute()
    expect((await t.services.media.getMedia(media?.id as string)).texts.uk?.caption).toBe('Гребля навесні')
    expect(JSON.stringify((await storyOf(1)).versions[0]?.body)).not.toContain('Гребля навесні')
    expect(JSON.stringify((await storyOf(2)).versions[0]?.body)).toContain(
      '{"type":"text","text":"Гребля взимку","marks":[{"type":"italic"}]}',
    )
  })

  it('imports one site once when two runs of the same export meet', async () => {
    const posts: Post[] = Array.from({ length: 250 }, (_, i) => ({ id: i + 1, title: `Новина ${i + 1}` }))
    const file = wxr(posts)
    const outcomes = await Promise.allSettled([run(file), run(file)])
    for (const o of outcomes) if (o.status === 'rejected') expect(String(o.reason)).toMatch(/another import of this site/)
    expect(outcomes.some((o) => o.status === 'fulfilled')).toBe(true)
    await run(file) // and a run after them completes what either left
    expect(await storyCount()).toBe(250)
  })

  it('decodes titles WordPress keeps as HTML', async () => {
    await run(wxr([{ id: 1, title: 'Rock &amp; Roll &#8211; <em>live</em>' }]))
    expect((await storyOf(1)).versions[0]?.headline).toBe('Rock & Roll – live')
  })

  it('refuses an export with a post id twice, naming both lines, and writes nothing', async () => {
    const file = wxr([
      { id: 1, title: 'A' },
      { id: 1, title: 'B' },
    ])
    await expect(run(file)).rejects.toThrow(/<wp:post_id>1<\/wp:post_id> appears twice \(lines \d+ and \d+\)/)
    expect(await storyCount()).toBe(0)
  })
})
