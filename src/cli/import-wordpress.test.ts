import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { runVistka } from '../testing/server-process.js'

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'vistka.js')
const FIXTURES = join(import.meta.dirname, '..', 'wordpress', 'fixtures')
const dir = mkdtempSync(join(tmpdir(), 'vistka-cli-wp-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0
const env = () => ({ DATABASE_URL: `sqlite:${join(dir, `wp-${++n}.db`)}`, MEDIA_DIR: join(dir, 'media') })

describe('vistka import wordpress', () => {
  it('migrates a fresh database, imports, and prints the report or its JSON', async () => {
    const database = env()
    const json = await runVistka(['import', 'wordpress', join(FIXTURES, 'wpml.xml'), '--json'], database)
    expect(json.stderr).toMatch(/^Reading the export: /) // progress, one line a tenth of the way off a terminal
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({ source: 'wordpress:daily.example.org', stories: { created: 2, versions: 4 } })
    const again = await runVistka(['import', 'wordpress', join(FIXTURES, 'wpml.xml')], database)
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/Stories: +0 created, 0 updated, 2 unchanged/)
  })

  it('reports without writing on --dry-run, listing what it skipped and why', async () => {
    const database = env()
    const dry = await runVistka(['import', 'wordpress', join(FIXTURES, 'polylang.xml'), '--dry-run'], database)
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(/^Dry run \(nothing written\)/)
    expect(dry.stdout).toContain("#112 “Wiadomości”: its language 'pl' is not one of the site's: map it with --locale-map pl=<ours>")
    const real = await runVistka(['import', 'wordpress', join(FIXTURES, 'polylang.xml'), '--json'], database)
    expect(JSON.parse(real.stdout).stories.created).toBe(9) // the dry run wrote nothing
  })

  it('stops on a file that is not an export with the line, exit code 65 and nothing imported', async () => {
    const feed = join(dir, 'feed.xml')
    writeFileSync(feed, '<?xml version="1.0"?>\n<rss version="2.0">\n<channel><title>News</title></channel></rss>')
    const res = await runVistka(['import', 'wordpress', feed], env())
    expect(res.code).toBe(65)
    expect(res.stderr).toMatch(/feed\.xml: line 2: this RSS file does not declare the WordPress export namespace/)
    expect(res.stderr).toContain('Nothing was imported.')
  })

  it('refuses bad arguments before touching the database', async () => {
    for (const [args, message] of [
      [['import'], /Usage: vistka import wordpress/],
      [['import', 'ghost', 'x.json'], /unknown import 'ghost'/],
      [['import', 'wordpress'], /give one WordPress export file/],
      [['import', 'wordpress', join(dir, 'nope.xml')], /no such file/],
      [['import', 'wordpress', join(FIXTURES, 'wpml.xml'), '--locale-map', 'pl'], /pairs like pl=uk/],
      [['import', 'wordpress', join(FIXTURES, 'wpml.xml'), '--locale-map', 'pl=de'], /not one of the site's languages/],
      [['import', 'wordpress', join(FIXTURES, 'wpml.xml'), '--default-locale', 'de'], /--default-locale must be one of/],
      [['import', 'wordpress', join(FIXTURES, 'wpml.xml'), '--uploads', join(dir, 'none')], /is not a folder/],
      [['import', 'wordpress', join(FIXTURES, 'wpml.xml'), '--bogus'], /bogus/],
    ] as const) {
      const res = await runVistka([...args], env())
      expect([args.join(' '), res.code]).toEqual([args.join(' '), 2])
      expect(res.stdout + res.stderr).toMatch(message)
    }
  })

  it('picks up where a run killed halfway stopped: nothing half-written, nothing twice', async () => {
    const file = join(dir, 'many.xml')
    const items = Array.from(
      { length: 1500 },
      (_, i) =>
        `<item><title>Новина номер ${i + 1}</title><link>https://old.example.com/n/${i + 1}/</link><dc:creator>olena</dc:creator>` +
        `<content:encoded><![CDATA[${'<p>Текст новини про місто і громаду.</p>'.repeat(40)}]]></content:encoded><wp:post_id>${i + 1}</wp:post_id>` +
        `<wp:post_date_gmt>2024-01-01 10:00:00</wp:post_date_gmt><wp:post_name>n-${i + 1}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`,
    )
    writeFileSync(
      file,
      `<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Many</title><link>https://many.example.com</link><language>uk</language><wp:wxr_version>1.2</wp:wxr_version>\n${items.join('\n')}\n</channel></rss>`,
    )
    const database = env()
    const path = database.DATABASE_URL.slice('sqlite:'.length)
    await runVistka(['migrate'], database) // so the table we watch exists before the import starts writing
    const child = spawn(process.execPath, [BIN, 'import', 'wordpress', file], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...database },
    })
    const watcher = new Database(path, { readonly: true })
    const stories = () => (watcher.prepare('select count(*) as n from stories').get() as { n: number }).n
    try {
      // Kill it once a batch or two is in, with more to come.
      while (stories() < 100) await new Promise((r) => setTimeout(r, 20))
      child.kill('SIGKILL')
      await new Promise((r) => child.once('exit', r))
      const written = stories()
      expect(written).toBeLessThan(1500)
      expect(written % 100).toBe(0) // whole batches only
      const again = await runVistka(['import', 'wordpress', file, '--json'], database)
      expect(again.code).toBe(0)
      expect(JSON.parse(again.stdout).stories).toMatchObject({ created: 1500 - written, unchanged: written })
      expect(stories()).toBe(1500)
      const twice = watcher
        .prepare('select count(*) as n from (select slug from story_versions group by slug having count(*) > 1)')
        .get() as { n: number }
      expect(twice.n).toBe(0)
    } finally {
      watcher.close()
    }
  }, 60_000)
})
