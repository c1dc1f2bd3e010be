/**
 * `npm run bench:wordpress [-- --posts N] [--database postgres://…]`: how fast `vistka import
 * wordpress` brings in a Polylang site, without media (the issue's bar: ≥ 500 posts/s). Writes a
 * WXR file of N posts (a third each in uk/en/ru, grouped in threes, classic and Gutenberg bodies of
 * 3–6 KB with links between posts, categories and tags), imports it into a fresh database through
 * the real import, then runs it again (the unchanged re-run) and prints both speeds.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { servicesFor } from '../src/cli/cli-services.js'
import { createProgress } from '../src/cli/progress.js'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { systemClock } from '../src/db/time.js'
import { importWordPress } from '../src/wordpress/wordpress-import.js'

const { values } = parseArgs({ options: { posts: { type: 'string' }, database: { type: 'string' } } })
const posts = Number(values.posts ?? '6000')
if (!Number.isInteger(posts) || posts < 3 || posts > 1_000_000) throw new RangeError('--posts must be a whole number from 3 to 1,000,000')
const dir = mkdtempSync(join(tmpdir(), 'vistka-wp-bench-'))
const file = join(dir, 'site.xml')
const LOCALES = ['uk', 'en', 'ru'] as const
const WORDS: Record<(typeof LOCALES)[number], string[]> = {
  uk: 'місто рада засідання вулиця громада мешканці зима весна рішення бюджет школа лікарня трамвай міст новини район голова'.split(' '),
  en: 'city council meeting street community residents winter spring decision budget school hospital tram bridge news district mayor'.split(
    ' ',
  ),
  ru: 'город совет заседание улица община жители зима весна решение бюджет школа больница трамвай мост новости район мэр'.split(' '),
}

let seed = 42
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}
const words = (locale: (typeof LOCALES)[number], n: number) =>
  Array.from({ length: n }, () => WORDS[locale][Math.floor(random() * WORDS[locale].length)]).join(' ')

function body(locale: (typeof LOCALES)[number], i: number, gutenberg: boolean): string {
  const paragraphs: string[] = []
  const size = 3000 + Math.floor(random() * 3000)
  let length = 0
  for (let p = 0; length < size; p++) {
    const earlier = i > 3 ? Math.floor(random() * (i - 1)) + 1 : 0
    const link = earlier && p % 3 === 1 ? ` <a href="https://old.example.com/${locale}/post-${earlier}/">${words(locale, 3)}</a>` : ''
    const text = `${words(locale, 40)}${link} <strong>${words(locale, 2)}</strong> ${words(locale, 20)}.`
    const block = p % 5 === 4 ? `<h3>${words(locale, 5)}</h3>` : gutenberg ? `<p>${text}</p>` : text
    paragraphs.push(gutenberg ? `<!-- wp:paragraph -->\n${block}\n<!-- /wp:paragraph -->` : block)
    length += block.length
  }
  return paragraphs.join('\n\n')
}

async function writeExport(): Promise<void> {
  const out = createWriteStream(file)
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())))
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench</title><link>https://old.example.com</link><language>uk</language><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://old.example.com</wp:base_site_url><wp:base_blog_url>https://old.example.com</wp:base_blog_url>
<wp:author><wp:author_login>editor</wp:author_login><wp:author_display_name>Bench Editor</wp:author_display_name></wp:author>
`)
  for (let c = 0; c < 12; c++)
    await write(
      `<wp:category><wp:term_id>${c + 1}</wp:term_id><wp:category_nicename>section-${c}</wp:category_nicename><wp:cat_name>Section ${c}</wp:cat_name></wp:category>\n`,
    )
  for (let g = 0; g < Math.ceil(posts / 3); g++) {
    const ids = LOCALES.map((_, l) => g * 3 + l + 1)
    await write(
      `<wp:term><wp:term_id>${100000 + g}</wp:term_id><wp:term_taxonomy>post_translations</wp:term_taxonomy><wp:term_slug>pll_${g}</wp:term_slug><wp:term_description><![CDATA[a:3:{${LOCALES.map((l, i) => `s:2:"${l}";i:${ids[i]};`).join('')}}]]></wp:term_description></wp:term>\n`,
    )
  }
  for (let i = 1; i <= posts; i++) {
    const locale = LOCALES[(i - 1) % 3] as (typeof LOCALES)[number]
    const group = Math.floor((i - 1) / 3)
    const date = new Date(Date.UTC(2021, 0, 1) + i * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
    await write(`<item><title><![CDATA[${words(locale, 8)} ${i}]]></title><link>https://old.example.com/${locale}/post-${i}/</link>
<dc:creator>editor</dc:creator><content:encoded><![CDATA[${body(locale, i, i % 2 === 0)}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${i}</wp:post_id><wp:post_date_gmt>${date}</wp:post_date_gmt><wp:post_modified_gmt>${date}</wp:post_modified_gmt><wp:post_name>post-${i}</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="section-${group % 12}"><![CDATA[Section]]></category><category domain="language" nicename="${locale}"><![CDATA[${locale}]]></category><category domain="post_translations" nicename="pll_${group}"><![CDATA[pll_${group}]]></category></item>\n`)
  }
  await write('</channel></rss>\n')
  await new Promise<void>((resolve) => out.end(resolve))
}

async function main() {
  await writeExport()
  const config = loadConfig({
    DATABASE_URL: values.database ?? `sqlite:${join(dir, 'bench.db')}`,
    MEDIA_DIR: join(dir, 'media'),
    LOG_LEVEL: 'warn',
  })
  const database = openDatabase(config.database)
  try {
    await migrateToLatest(database.db)
    const site = { locales: config.locales, defaultLocale: config.defaultLocale }
    const services = servicesFor(config, database.db)
    const bar = createProgress('Importing posts')
    for (const label of ['first run', 'unchanged re-run']) {
      const started = performance.now()
      const report = await importWordPress(
        { db: database.db, services, site, clock: systemClock },
        { file, onProgress: (phase, done, total) => phase === 'posts' && bar.update(done, total, 'posts') },
      )
      const imported = performance.now()
      await services.searchIndex.settled()
      const indexed = performance.now()
      const seconds = (imported - started) / 1000
      console.log(
        `${label}: ${posts} posts (${report.stories.created} stories created, ${report.stories.unchanged} unchanged) in ${seconds.toFixed(1)} s = ${Math.round(posts / seconds)} posts/s; search index caught up ${((indexed - imported) / 1000).toFixed(1)} s later`,
      )
    }
  } finally {
    await database.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
