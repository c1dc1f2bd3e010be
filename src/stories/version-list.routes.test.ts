import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../testing/admin-client.js'
import { paragraphs } from '../testing/factories.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

type Row = { id: string; storyId: string; locale: string; headline: string; translation?: string }

describe.each(testDialects())('translation work on the desk list on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  /** Four stories, each a minute after the last: uk only; uk with an up-to-date en; uk with an outdated en; ru with a uk translation. */
  async function desk() {
    const editor = await signInAs(t, 'editor')
    const story = async (locale: string, headline: string) => {
      t.clock.advance(60_000)
      const res = await editor.call('POST', '/stories', { locale, headline, body: paragraphs('Текст') })
      expect(res.statusCode, res.body).toBe(201)
      return res.json().story.id as string
    }
    const translate = async (storyId: string, sourceLocale: string, targetLocale: string, headline: string) => {
      t.clock.advance(60_000)
      const res = await editor.call('POST', `/stories/${storyId}/translations`, { sourceLocale, targetLocale, headline })
      expect(res.statusCode, res.body).toBe(201)
      return res.json() as { id: string; revision: number }
    }
    const ukOnly = await story('uk', 'Лише українською')
    const upToDate = await story('uk', 'Перекладено')
    await translate(upToDate, 'uk', 'en', 'Translated')
    const outdated = await story('uk', 'Змінено після перекладу')
    const outdatedEn = await translate(outdated, 'uk', 'en', 'Changed after translation')
    const ukOfOutdated = (await editor.call('GET', `/stories/${outdated}`)).json().versions.find((v: Row) => v.locale === 'uk')
    t.clock.advance(60_000)
    await editor.call('PUT', `/story-versions/${ukOfOutdated.id}`, { expectedRevision: 1, headline: 'Змінено після перекладу, знову' })
    const ruOriginal = await story('ru', 'Только по-русски')
    await translate(ruOriginal, 'ru', 'uk', 'Перекладено з російської')
    const list = async (query: string) => {
      const res = await editor.call('GET', `/story-versions?${query}`)
      expect(res.statusCode, res.body).toBe(200)
      return res.json() as { items: Row[]; nextCursor: string | null }
    }
    return { editor, list, ukOnly, upToDate, outdated, outdatedEn, ruOriginal }
  }

  const summary = (rows: Row[]) => rows.map((r) => [r.storyId, r.locale, r.translation])

  it('lists for a language the stories that lack it (once each, by their original) and its outdated translations', async () => {
    const d = await desk()
    expect(summary((await d.list('translateInto=en')).items)).toEqual([
      [d.ruOriginal, 'ru', 'missing'],
      [d.outdated, 'en', 'outdated'],
      [d.ukOnly, 'uk', 'missing'],
    ])
    expect(summary((await d.list('translateInto=en&translation=missing')).items)).toEqual([
      [d.ruOriginal, 'ru', 'missing'],
      [d.ukOnly, 'uk', 'missing'],
    ])
    expect(summary((await d.list('translateInto=en&translation=outdated')).items)).toEqual([[d.outdated, 'en', 'outdated']])
    expect(summary((await d.list('translateInto=ru')).items)).toEqual([
      [d.outdated, 'uk', 'missing'],
      [d.upToDate, 'uk', 'missing'],
      [d.ukOnly, 'uk', 'missing'],
    ])
    expect((await d.list('translateInto=uk')).items).toEqual([])
  })

  it('combines with the word filter and pages through the cursor', async () => {
    const d = await desk()
    expect(summary((await d.list('translateInto=en&q=русски')).items)).toEqual([[d.ruOriginal, 'ru', 'missing']])
    const seen: Row[] = []
    let cursor: string | null = null
    do {
      const page: { items: Row[]; nextCursor: string | null } = await d.list(`translateInto=en&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      expect(page.items.length).toBeLessThanOrEqual(1)
      seen.push(...page.items)
      cursor = page.nextCursor
    } while (cursor)
    expect(summary(seen)).toEqual(summary((await d.list('translateInto=en')).items))
  })

  it.each([
    ['a language the site does not publish in', 'translateInto=de', 'locale_not_configured', 'de'],
    ['a kind of need it does not know', 'translateInto=en&translation=stale', 'invalid_query', 'translation'],
    ['a kind of need without a language', 'translation=missing', 'translation_filter_needs_language', 'translateInto'],
    ['an overlong language', `translateInto=${'x'.repeat(11)}`, 'field_too_long', 'translateInto'],
  ])('answers %s with 400 and a message saying what to send', async (_label, query, code, mentions) => {
    const editor = await signInAs(t, 'editor')
    const res = await editor.call('GET', `/story-versions?${query}`)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe(code)
    expect(res.json().error.message).toContain(mentions)
  })

  it('shows translation work only to those who may translate into the language', async () => {
    const translator = await signInAs(t, 'translator', ['en'])
    expect((await translator.call('GET', '/story-versions?translateInto=en')).statusCode).toBe(200)
    expect((await translator.call('GET', '/story-versions?translateInto=ru')).statusCode).toBe(403)
    const author = await signInAs(t, 'author')
    const refused = await author.call('GET', '/story-versions?translateInto=en')
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.code).toBe('forbidden_action')
  })
})
