import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { readSerializedMap } from './php-serialized.js'
import { parseLocaleMap, wordpressLocale } from './wordpress-locale.js'
import { readWxr, type WxrEntry, WxrError } from './wxr-reader.js'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')

/** Reads text as the import reads a file: in small chunks, so records and characters straddle them. */
async function read(text: string, chunk = 97): Promise<WxrEntry[]> {
  const bytes = Buffer.from(text)
  const chunks: Buffer[] = []
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk))
  const out: WxrEntry[] = []
  for await (const entry of readWxr(Readable.from(chunks))) out.push(entry)
  return out
}

async function refusal(text: string): Promise<WxrError> {
  try {
    await read(text)
  } catch (err) {
    if (err instanceof WxrError) return err
    throw err
  }
  throw new Error('the reader accepted it')
}

describe('reading a WordPress export (WXR)', () => {
  it('yields the channel, then authors, terms and items with their fields, categories and meta', async () => {
    const entries = await read(fixture('polylang.xml'))
    const channel = entries.find((e) => e.type === 'channel')
    expect(channel).toMatchObject({
      channel: { title: 'Вісті Полісся', language: 'uk', wxrVersion: '1.2', baseBlogUrl: 'https://old.example.com' },
    })
    expect(entries.filter((e) => e.type === 'author').map((e) => e.type === 'author' && e.author.displayName)).toEqual([
      'Олена Коваль',
      'John Smith',
    ])
    const items = entries.flatMap((e) => (e.type === 'item' ? [e.item] : []))
    expect(items.map((i) => i.id)).toEqual([
      '50',
      '51',
      '101',
      '102',
      '103',
      '104',
      '105',
      '106',
      '107',
      '113',
      '108',
      '109',
      '110',
      '111',
      '112',
      '130',
      '120',
      '121',
      '140',
    ])
    const kyiv = items.find((i) => i.id === '101')
    expect(kyiv).toMatchObject({
      title: 'Новина про Київ',
      creator: 'olena',
      status: 'publish',
      type: 'post',
      postDateGmt: '2024-03-04 09:00:00',
      meta: { _thumbnail_id: '50', _yoast_wpseo_metadesc: 'Міська рада Києва зібралася вночі.' },
    })
    expect(kyiv?.categories).toContainEqual({ domain: 'post_translations', nicename: 'pll_kyiv', name: 'pll_kyiv' })
    expect(kyiv?.content).toContain('[caption id="attachment_50"')
    // A comment's fields are not the post's.
    expect(kyiv?.content).not.toContain('Дякую')
    const terms = entries.flatMap((e) => (e.type === 'term' ? [e.term] : []))
    expect(terms.find((t) => t.id === '2')).toMatchObject({ taxonomy: 'category', slug: 'polityka', name: 'Політика' })
    expect(terms.find((t) => t.id === '10')).toMatchObject({ taxonomy: 'post_tag', slug: 'kyiv', name: 'Київ' })
    expect(terms.find((t) => t.id === '40')).toMatchObject({ taxonomy: 'post_translations', slug: 'pll_kyiv' })
  })

  it('reads WXR 1.1 (WPML) the same way', async () => {
    const entries = await read(fixture('wpml.xml'), 13)
    const items = entries.flatMap((e) => (e.type === 'item' ? [e.item] : []))
    expect(items.map((i) => [i.id, i.meta._wpml_import_language_code ?? ''])).toEqual([
      ['201', 'en'],
      ['202', 'uk'],
      ['203', 'ru'],
      ['204', ''],
    ])
  })

  it('refuses what is not XML, naming the line', async () => {
    const err = await refusal('title,author\n"Новина","Олена"\n')
    expect(err.message).toBe('line 1: the file is not XML: a WordPress export begins with <?xml … ?> and <rss>.')
  })

  it('refuses an export cut short, naming the element it ends in', async () => {
    const text = fixture('polylang.xml')
    const err = await refusal(text.slice(0, text.indexOf('<wp:post_id>104')))
    expect(err.message).toMatch(/the file ends inside <item>: it is truncated/)
    expect(err.line).toBeGreaterThan(100)
  })

  it('refuses a broken tag in the middle with its line', async () => {
    const text = fixture('polylang.xml').replace('<wp:post_id>106</wp:post_id>', '<wp:post_id>106</wp:post_idd>')
    const err = await refusal(text)
    const line = text.split('\n').findIndex((l) => l.includes('</wp:post_idd>')) + 1
    expect(err.message).toContain('malformed')
    expect(err.line).toBe(line)
  })

  it('refuses an RSS feed that is not a WordPress export', async () => {
    const feed = `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Feed</title><item><title>A</title></item></channel></rss>`
    expect((await refusal(feed)).message).toMatch(/a feed, not a WXR export/)
    const namespaced = feed.replace('<rss version="2.0">', '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">')
    expect((await refusal(namespaced)).message).toMatch(/no <wp:wxr_version>/)
  })

  it('refuses other XML and an empty file', async () => {
    expect((await refusal('<?xml version="1.0"?>\n<urlset></urlset>')).message).toMatch(/root element is <urlset>/)
    expect((await refusal('')).message).toMatch(/empty/)
  })
})

describe('Polylang translation groups (PHP-serialized)', () => {
  it('reads a language → id map, counting string lengths in bytes', () => {
    expect(readSerializedMap('a:3:{s:2:"uk";i:101;s:2:"en";i:102;s:2:"ru";i:103;}')).toEqual({ uk: '101', en: '102', ru: '103' })
    expect(readSerializedMap('a:1:{s:20:"українська";s:3:"abc";}')).toEqual({ українська: 'abc' })
    // Ten characters are twenty bytes: a length that counts characters is not PHP's.
    expect(readSerializedMap('a:1:{s:10:"українська";s:3:"abc";}')).toBeUndefined()
  })

  it('refuses objects, wrong lengths and trailing junk rather than guess', () => {
    expect(readSerializedMap('O:8:"stdClass":0:{}')).toBeUndefined()
    expect(readSerializedMap('a:1:{s:5:"uk";i:1;}')).toBeUndefined()
    expect(readSerializedMap('a:1:{s:2:"uk";i:1;}x')).toBeUndefined()
    expect(readSerializedMap('')).toBeUndefined()
  })
})

describe('WordPress language codes', () => {
  const site = { map: {}, siteLocales: ['uk', 'en', 'ru'] }
  it('maps codes, regions and ua to ours, and names the ones it cannot', () => {
    expect(wordpressLocale('uk', site)).toBe('uk')
    expect(wordpressLocale('en_US', site)).toBe('en')
    expect(wordpressLocale('ru-RU', site)).toBe('ru')
    expect(wordpressLocale('ua', site)).toBe('uk')
    expect(wordpressLocale('pl', site)).toEqual({ unknown: 'pl' })
    expect(wordpressLocale('pl', { ...site, map: { pl: 'uk' } })).toBe('uk')
  })

  it('reads --locale-map and refuses pairs it cannot use', () => {
    expect(parseLocaleMap('pl=uk, by=ru', ['uk', 'en', 'ru'])).toEqual({ pl: 'uk', by: 'ru' })
    expect(() => parseLocaleMap('pl', ['uk'])).toThrow(/pairs like/)
    expect(() => parseLocaleMap('pl=de', ['uk', 'en'])).toThrow(/not one of the site's languages/)
  })
})
