import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { makeTopic, paragraphs } from '../testing/factories.js'
import { loseSearchIndex } from '../testing/lost-search-index.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { searchBackendFor } from './backends.js'
import { parseQuery } from './query.js'
import { findRelatedStories } from './related-stories.js'
import type { SearchOutcome } from './search.service.js'

describe.each(testDialects())('search on %s', (dialect) => {
  let t: TestContext
  beforeEach(async () => {
    t = await createTestContext(dialect)
  })
  afterEach(() => t.close())

  /** A story in one language, published unless told otherwise, indexed before the test reads. */
  async function story(
    locale: string,
    headline: string,
    body: string,
    options: { publish?: boolean; lead?: string; topicIds?: string[] } = {},
  ) {
    const { story, versions } = await t.services.stories.createStory(
      { locale, headline, lead: options.lead ?? '', body: paragraphs(body), ...(options.topicIds && { topicIds: options.topicIds }) },
      systemActor,
    )
    const version = versions[0]!
    if (options.publish !== false) await t.services.stories.transition(version.id, { to: 'published' }, systemActor)
    await t.services.searchIndex.settled()
    return { storyId: story.id, versionId: version.id }
  }

  const headlines = (outcome: SearchOutcome) => (outcome.kind === 'results' ? outcome.results.map((r) => r.headline) : [outcome.kind])
  const publicSearch = async (q: string, locale: string) =>
    headlines(await t.services.search.search({ q, locales: [locale], filters: { visibleAt: t.clock().toISOString() }, limit: 10 }))

  it.each([
    ['uk', 'підтримку військ', 'Уряд збільшив фінансування підтримки військами'],
    ['uk', 'конференція', 'Учасники конференції ухвалили заяву'],
    ['uk', 'Харкові', 'Обстріл Харкова: зруйновано школу'],
    ['uk', 'гривнею', 'Курс гривні стабілізувався'],
    ['uk', 'депутати', 'Депутатів закликали голосувати'],
    ['uk', 'безпеці', 'Рада безпеки ООН збереться знову'],
    ['ru', 'поддержку войск', 'Правительство усилило поддержку войсками'],
    ['ru', 'Киеве', 'В Киев прибыла делегация'],
    ['en', 'attacking missiles', 'Missile attacks on the capital'],
    ['en', 'elections', 'The election was postponed'],
  ])('finds inflected forms in %s: “%s”', async (locale, q, headline) => {
    await story(locale, headline, 'Текст новини. Story text.')
    await story(locale, locale === 'en' ? 'Unrelated weather forecast' : 'Прогноз погоди на вихідні', 'Сонячно. Sunny.')
    expect(await publicSearch(q, locale)).toEqual([headline])
  })

  it('matches every way of typing the Ukrainian apostrophe, and Russian ё as е', async () => {
    await story('uk', "Ціни на м'ясо зросли", 'Текст')
    await story('ru', 'Самолёт приземлился в Одессе', 'Текст')
    for (const q of ["м'ясо", 'мʼясо', 'м’ясо', 'м`ясо']) expect(await publicSearch(q, 'uk'), q).toEqual(["Ціни на м'ясо зросли"])
    expect(await publicSearch('самолет', 'ru')).toEqual(['Самолёт приземлился в Одессе'])
    expect(await publicSearch('самолёты', 'ru')).toEqual(['Самолёт приземлился в Одессе'])
  })

  it('matches a quoted phrase only with its words together, in any quotes', async () => {
    await story('uk', 'Верховна Рада ухвалила закон', 'Депутати проголосували.')
    await story('uk', 'Рада громади і верховна влада', 'Інший текст.')
    for (const q of ['"верховна рада"', '«Верховної Ради»', '“верховній раді”']) {
      expect(await publicSearch(q, 'uk'), q).toEqual(['Верховна Рада ухвалила закон'])
    }
    expect(await publicSearch('верховна рада', 'uk')).toHaveLength(2)
  })

  it('matches the start of the last word as it is typed, but not of earlier ones', async () => {
    await story('uk', 'Зеленський зустрівся з президентом Франції', 'Текст')
    const typed = async (q: string) => headlines(await t.services.search.search({ q, locales: ['uk'], asYouType: true, limit: 10 }))
    expect(await typed('зеленсь')).toEqual(['Зеленський зустрівся з президентом Франції'])
    expect(await typed('Франції зелен')).toEqual(['Зеленський зустрівся з президентом Франції'])
    expect(await typed('зелен ')).toEqual([]) // a space ends the word
    expect(await typed('зелен франції')).toEqual([])
    // A submitted query (the public search page) matches whole words, in any of their forms.
    expect(await publicSearch('зеленсь', 'uk')).toEqual([])
    expect(await publicSearch('Зеленського', 'uk')).toEqual(['Зеленський зустрівся з президентом Франції'])
  })

  it('shows readers their language only, and never drafts, embargoed or scheduled stories', async () => {
    await story('uk', 'Енергетика: опубліковано', 'Текст')
    await story('en', 'Energy published', 'Text')
    await story('uk', 'Енергетика: чернетка', 'Текст', { publish: false })
    const embargoed = await story('uk', 'Енергетика: ембарго', 'Текст', { publish: false })
    await t.services.stories.saveVersion(
      { versionId: embargoed.versionId, baseRevision: 1, changes: { embargoUntil: '2026-11-25T08:00:00.000Z' } },
      systemActor,
    )
    await t.services.stories.transition(embargoed.versionId, { to: 'published' }, systemActor)
    const scheduled = await story('uk', 'Енергетика: заплановано', 'Текст', { publish: false })
    await t.services.stories.transition(scheduled.versionId, { to: 'scheduled', at: '2026-11-24T12:00:00.000Z' }, systemActor)
    await t.services.searchIndex.settled()
    expect(await publicSearch('енергетика', 'uk')).toEqual(['Енергетика: опубліковано'])
    expect(await publicSearch('energy', 'en')).toEqual(['Energy published'])
    // The scheduled story goes live when its job runs; the embargo lifts by the clock alone.
    t.clock.set('2026-11-24T12:00:01.000Z')
    await t.services.stories.publishScheduled(scheduled.versionId, '2026-11-24T12:00:00.000Z')
    await t.services.searchIndex.settled()
    expect((await publicSearch('енергетика', 'uk')).sort()).toEqual(['Енергетика: заплановано', 'Енергетика: опубліковано'])
    t.clock.set('2026-11-25T08:00:00.000Z')
    expect((await publicSearch('енергетика', 'uk')).sort()).toEqual([
      'Енергетика: ембарго',
      'Енергетика: заплановано',
      'Енергетика: опубліковано',
    ])
    // The newsroom sees every language and state.
    const all = await t.services.search.search({ q: 'енергетика', locales: ['uk', 'en', 'ru'], limit: 10 })
    expect(headlines(all)).toHaveLength(4)
    const unpublished = await t.services.search.search({ q: 'енергетика', locales: ['uk'], filters: { statuses: ['draft'] }, limit: 10 })
    expect(headlines(unpublished)).toEqual(['Енергетика: чернетка'])
  })

  it('ranks a headline hit above a body hit of the same day', async () => {
    await story('uk', 'Новини дня', 'У тексті згадано бюджет один раз.')
    await story('uk', 'Бюджет на наступний рік ухвалено', 'Текст про видатки країни.')
    expect(await publicSearch('бюджет', 'uk')).toEqual(['Бюджет на наступний рік ухвалено', 'Новини дня'])
  })

  it('ranks a lead hit above a body hit, and a story that repeats the word above one that names it once', async () => {
    await story('uk', 'Новини дня', 'У тексті згадано бюджет один раз.')
    await story('uk', 'Підсумки тижня', 'Бюджет, бюджету, бюджетом — про бюджет усе.')
    await story('uk', 'Огляд подій', 'Текст про видатки країни.', { lead: 'Про бюджет коротко.' })
    const found = await publicSearch('бюджет', 'uk')
    expect(found.slice(0, 2).sort()).toEqual(['Огляд подій', 'Підсумки тижня'])
    expect(found[2]).toBe('Новини дня')
    // Every word of the query counts: two repeated beat one repeated and one named once.
    await story('uk', 'Звіт ради', 'Бюджет і податки. Бюджет і податки. Бюджет і податки.')
    await story('uk', 'Заява міністра', 'Бюджет і податки. Бюджет. Бюджет.')
    expect(await publicSearch('бюджет податки', 'uk')).toEqual(['Звіт ради', 'Заява міністра'])
  })

  it.each([
    [
      'en',
      'budget',
      ['Daily news', 'The budget was mentioned once.'],
      ['Weekly review', 'Budget, budgets, the budget — all about the budget.'],
      ['Overview', 'Spending of the country.', 'A short word on the budget.'],
    ],
    [
      'ru',
      'бюджет',
      ['Новости дня', 'В тексте бюджет упомянут один раз.'],
      ['Итоги недели', 'Бюджет, бюджета, бюджетом — всё про бюджет.'],
      ['Обзор событий', 'Текст о расходах страны.', 'Коротко о бюджете.'],
    ],
  ])('ranks lead hits and repeats above a single mention in %s too', async (locale, q, once, repeated, inLead) => {
    await story(locale, once[0] as string, once[1] as string)
    await story(locale, repeated[0] as string, repeated[1] as string)
    await story(locale, inLead[0] as string, inLead[1] as string, { lead: inLead[2] as string })
    const found = await publicSearch(q, locale)
    expect(found.slice(0, 2).sort()).toEqual([inLead[0], repeated[0]].sort())
    expect(found[2]).toBe(once[0])
  })

  it('keeps a headline hit above a fresher story that only repeats the word in its text', async () => {
    const filler = 'Глядачі чекали на виставу цілий рік. '.repeat(20)
    t.clock.set('2026-11-10T08:00:00.000Z')
    await story('uk', 'Театр відкриває сезон', `${filler} Прем’єра у театрі в суботу.`)
    t.clock.set('2026-11-24T08:00:00.000Z')
    const repeats = 'Театр, театру, театром, театри, театрів, театрами, театрах — у кожному селі.'
    await story('uk', 'Ляльковий тур селами', `${filler} ${repeats}`, { lead: 'Театр їде до глядачів.' })
    expect(await publicSearch('театр', 'uk')).toEqual(['Театр відкриває сезон', 'Ляльковий тур селами'])
  })

  it('ranks today’s story above a year-old one of equal relevance', async () => {
    t.clock.set('2025-11-20T08:00:00.000Z')
    await story('uk', 'Бюджет на наступний рік', 'Текст про видатки країни.')
    t.clock.set('2026-11-24T08:00:00.000Z')
    await story('uk', 'Бюджет на наступний рік', 'Текст про видатки країни.')
    const outcome = await t.services.search.search({ q: 'бюджет', locales: ['uk'], limit: 10 })
    if (outcome.kind !== 'results') throw new Error(outcome.kind)
    expect(outcome.results.map((r) => r.publishedAt)).toEqual(['2026-11-24T08:00:00.000Z', '2025-11-20T08:00:00.000Z'])
    expect(outcome.results[0]!.score).toBeGreaterThan(outcome.results[1]!.score * 1.5)
  })

  it('ranks the newest matches and older headline matches when more stories match than it ranks', async () => {
    const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T08:00:00.000Z`
    const published: Record<string, string> = {}
    // Written newest first, so the index's order must come from publication times, not from writes.
    for (const [d, headline, body] of [
      [20, 'Вугілля для шахт', 'Тендер на тепло.'],
      [19, 'Ремонт мостів', 'Тендер на тепло.'],
      [18, 'Нова школа', 'Тендер на тепло.'],
      [3, 'Старий тендер на тепло', 'Рік тому.'],
      [2, 'Архів міста', 'Тендер на тепло.'],
    ] as const) {
      t.clock.set(day(d))
      published[headline] = day(d)
      await story('uk', headline, body)
    }
    t.clock.set(day(21))
    const backend = searchBackendFor(t.database.db)
    const found = async (q: string, newest: number) => {
      const query = parseQuery(q, 'uk')
      const hits = await backend.search(
        t.database.db,
        { all: query },
        { locales: ['uk'] },
        {
          now: t.clock().toISOString(),
          limit: 10,
          offset: 0,
          candidates: { newest, olderHeadlines: 5 },
        },
      )
      const rows = await t.database.db.selectFrom('story_versions').select(['id', 'headline']).execute()
      const headlineOf = new Map(rows.map((r) => [r.id, r.headline]))
      return hits.map((h) => headlineOf.get(h.versionId)).sort()
    }
    // Three newest body matches, the old headline match, not the old body-only match.
    expect(await found('тендер тепло', 3)).toEqual(['Вугілля для шахт', 'Нова школа', 'Ремонт мостів', 'Старий тендер на тепло'])
    // Fewer matches than it ranks: every one.
    expect(await found('тендер тепло', 10)).toHaveLength(5)
    // An edit that moves the old story to a new time moves it in the index.
    expect(await found('архів', 3)).toEqual(['Архів міста'])
  })

  it('rebuilds an empty index beside existing stories, and leaves a full one alone', async () => {
    await story('uk', 'Вибори до ради', 'Текст')
    await story('uk', 'Вибори мера', 'Текст')
    expect(await t.services.searchIndex.rebuildIfEmpty()).toBeNull()
    await loseSearchIndex(t.database.db)
    expect(await publicSearch('вибори', 'uk')).toEqual([])
    const { rebuildIfEmpty } = t.services.searchIndex // as a start-up hook takes it, detached
    expect(await rebuildIfEmpty()).toEqual({ done: 2, total: 2 })
    expect(await publicSearch('вибори', 'uk')).toHaveLength(2)
  })

  it('finds and ranks the same after compacting the index, which leaves SQLite fewer segments', async () => {
    for (let i = 0; i < 24; i++) await story('uk', `Міст ${i}: ремонт`, `Ремонт мосту номер ${i}. ${'Ремонт. '.repeat(i % 4)}`)
    const segments = async () =>
      dialect === 'sqlite'
        ? Number((await sql<{ n: number }>`SELECT count(DISTINCT segid) AS n FROM search_fts_idx`.execute(t.database.db)).rows[0]?.n)
        : 0
    const search = () => t.services.search.search({ q: 'ремонт мосту', locales: ['uk'], limit: 50 })
    const before = await search()
    const segmentsBefore = await segments()
    await t.services.searchIndex.compact()
    expect(await search()).toEqual(before)
    expect(headlines(before)).toHaveLength(24)
    if (dialect === 'sqlite') {
      expect(segmentsBefore).toBeGreaterThan(3)
      expect(await segments()).toBeLessThan(segmentsBefore)
    }
    // Stories saved while it compacts are all found, and nothing found before is lost.
    await Promise.all([
      t.services.searchIndex.compact(),
      ...Array.from({ length: 10 }, (_, i) => story('uk', `Тунель ${i}: ремонт`, 'Ремонт мосту і тунелю.')),
    ])
    await t.services.searchIndex.settled()
    expect(headlines(await search())).toHaveLength(34)
  })

  it('marks the words that matched in the headline and a snippet of the text', async () => {
    await story(
      'uk',
      'Обстріли Харківщини',
      `${'Вступ. '.repeat(60)}Унаслідок обстрілу пошкоджено лінії електропередач. ${'Кінець. '.repeat(60)}`,
    )
    const outcome = await t.services.search.search({ q: 'обстріл', locales: ['uk'], limit: 10 })
    if (outcome.kind !== 'results') throw new Error(outcome.kind)
    const [result] = outcome.results
    expect(result?.headlineSegments).toEqual([
      { text: 'Обстріли', match: true },
      { text: ' Харківщини', match: false },
    ])
    expect(result?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['обстрілу'])
    expect(result?.snippet[0]).toEqual({ text: '…', match: false })
    expect(result?.snippet.map((s) => s.text).join('').length).toBeLessThan(260)
  })

  it('tells an empty or over-long query apart from no results', async () => {
    expect(await publicSearch('', 'uk')).toEqual(['empty'])
    expect(await publicSearch('і та в', 'uk')).toEqual(['empty']) // only stop words
    expect(await publicSearch('"  ', 'uk')).toEqual(['empty'])
    expect(await publicSearch('а'.repeat(201), 'uk')).toEqual(['too_long'])
    expect(await publicSearch('неіснуючеслово', 'uk')).toEqual([])
  })

  it('treats FTS and tsquery syntax in a query as plain words', async () => {
    await story('uk', 'Санкції проти Росії', 'Текст')
    for (const q of ['санкції OR росії', 'санкції AND NOT', "санкції' | !", 'санкції*', '(санкції)', 'NEAR(санкції)', 'санкції:*']) {
      const outcome = await t.services.search.search({ q, locales: ['uk'], limit: 10 })
      expect(outcome.kind, q).not.toBe('error')
    }
    expect(await publicSearch('санкції:* росії', 'uk')).toEqual(['Санкції проти Росії'])
  })

  it('ranks a page of results as it ranks every match, though it reads what ranks only those that may make the page', async () => {
    const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T08:00:00.000Z`
    // Single mentions, repeats, lead and headline hits, over three weeks.
    const written: [number, string, string, string?][] = [
      [2, 'Бюджет міста на рік', 'Текст про видатки.'],
      [20, 'Бюджет області ухвалено', 'Текст про видатки.'],
      [21, 'Підсумки тижня', 'Бюджет, бюджету, бюджетом — про бюджет усе.'],
      [21, 'Огляд подій', 'Текст про видатки.', 'Про бюджет коротко.'],
      [14, 'Звіт ради', 'Бюджет і податки. Бюджет. Бюджет.'],
    ]
    for (let d = 1; d <= 21; d++) written.push([d, `Новини ${d}-го`, 'У тексті згадано бюджет один раз.'])
    for (const [d, headline, body, lead] of written) {
      t.clock.set(day(d))
      await story('uk', headline, body, lead === undefined ? {} : { lead })
    }
    t.clock.set(day(22))
    const backend = searchBackendFor(t.database.db)
    const query = parseQuery('бюджет', 'uk')
    const page = (offset: number, limit: number) =>
      backend.search(t.database.db, { all: query }, { locales: ['uk'] }, { now: t.clock().toISOString(), limit, offset })
    const all = await page(0, 50)
    expect(all).toHaveLength(written.length)
    for (const [offset, limit] of [
      [0, 1],
      [0, 3],
      [3, 3],
      [6, 11],
    ] as const) {
      expect(await page(offset, limit)).toEqual(all.slice(offset, offset + limit))
    }
    // What ranks beyond the headline was read for the best: the lead hit and the repeats of
    // yesterday, then a week-old story naming it three times, above yesterday's single mention;
    // the headlines above all.
    const rows = await t.database.db.selectFrom('story_versions').select(['id', 'headline']).execute()
    const headlineOf = new Map(rows.map((r) => [r.id, r.headline]))
    const best = (await page(0, 6)).map((h) => headlineOf.get(h.versionId))
    expect(best.slice(0, 2).sort()).toEqual(['Бюджет міста на рік', 'Бюджет області ухвалено'])
    expect(best.slice(2, 4).sort()).toEqual(['Огляд подій', 'Підсумки тижня'])
    expect(best.slice(4)).toEqual(['Звіт ради', 'Новини 21-го'])
  })

  it('pages through results without repeats', async () => {
    for (let i = 0; i < 5; i++) {
      await story('uk', `Вибори ${i}`, 'Текст')
      t.clock.advance(60_000)
    }
    const page = (offset: number) => t.services.search.search({ q: 'вибори', locales: ['uk'], limit: 2, offset })
    const pages = await Promise.all([page(0), page(2), page(4)])
    expect(pages.map((p) => (p.kind === 'results' ? p.hasMore : null))).toEqual([true, true, false])
    expect(new Set(pages.flatMap(headlines)).size).toBe(5)
  })

  it('suggests related published stories in the same language by shared topics and words', async () => {
    const front = await makeTopic(t.services, 'tag', { uk: { name: 'Фронт' } })
    const other = await makeTopic(t.services, 'tag', { uk: { name: 'Культура' } })
    const base = await story('uk', 'Бої під Покровськом тривають', 'Текст', { topicIds: [front.id] })
    await story('uk', 'Ситуація на фронті', 'Текст', { topicIds: [front.id] })
    await story('uk', 'Покровськ: евакуація триває', 'Текст')
    await story('uk', 'Виставка сучасного мистецтва', 'Текст', { topicIds: [other.id] })
    await story('uk', 'Покровськ під обстрілом: чернетка', 'Текст', { publish: false, topicIds: [front.id] })
    await story('en', 'Pokrovsk fighting', 'Text', { topicIds: [front.id] })
    const related = await t.services.search.related(base.versionId, 5)
    expect(related.map((r) => r.headline).sort()).toEqual(['Покровськ: евакуація триває', 'Ситуація на фронті'])
  })

  it('ranks a story sharing a rare topic above stories sharing only a common one', async () => {
    const common = await makeTopic(t.services, 'tag', { uk: { name: 'Війна' } })
    const rare = await makeTopic(t.services, 'person', { uk: { name: 'Олена Петренко' } })
    const base = await story('uk', 'Петренко про перемовини', 'Текст', { topicIds: [common.id, rare.id] })
    for (let i = 0; i < 4; i++) await story('uk', `Новини фронту ${i}`, 'Текст', { topicIds: [common.id] })
    await story('uk', 'Інтерв’ю з депутаткою', 'Текст', { topicIds: [rare.id] })
    const related = await t.services.search.related(base.versionId, 3)
    expect(related.map((r) => r.headline)[0]).toBe('Інтерв’ю з депутаткою')
    expect(related).toHaveLength(3)
  })

  it('finds the same related stories whichever way a topic is read', async () => {
    const front = await makeTopic(t.services, 'tag', { uk: { name: 'Фронт' } })
    const base = await story('uk', 'Бої на сході', 'Текст', { topicIds: [front.id] })
    await story('uk', 'Ситуація на фронті', 'Текст', { topicIds: [front.id] })
    await story('uk', 'Чернетка про фронт', 'Текст', { publish: false, topicIds: [front.id] })
    await story('en', 'Front line', 'Text', { topicIds: [front.id] })
    const version = { id: base.versionId, storyId: base.storyId, locale: 'uk', headline: 'Бої на сході' }
    const now = t.clock().toISOString()
    const backend = searchBackendFor(t.database.db)
    const byIndex = await findRelatedStories(t.database.db, backend, version, 5, now, { smallTopic: 1000 })
    const byWalking = await findRelatedStories(t.database.db, backend, version, 5, now, { smallTopic: 1 })
    // Scores differ (the topic's size is counted only up to the threshold); the stories must not.
    expect(byWalking.map((h) => h.versionId)).toEqual(byIndex.map((h) => h.versionId))
    expect(byIndex).toHaveLength(1)
  })

  it('keeps the index current as stories change, and rebuilds it while searches run', async () => {
    const s = await story('uk', 'Тарифи на світло', 'Текст')
    await t.services.stories.saveVersion({ versionId: s.versionId, baseRevision: 1, changes: { headline: 'Тарифи на газ' } }, systemActor)
    await t.services.searchIndex.settled()
    expect(await publicSearch('газ', 'uk')).toEqual(['Тарифи на газ'])
    expect(await publicSearch('світло', 'uk')).toEqual([])
    await t.services.stories.transition(s.versionId, { to: 'unpublished' }, systemActor)
    await t.services.searchIndex.settled()
    expect(await publicSearch('газ', 'uk')).toEqual([])

    for (let i = 0; i < 30; i++) await story('uk', `Новина про тарифи ${i}`, 'Текст')
    const progress: number[] = []
    const searches: Promise<string[]>[] = []
    const rebuilt = await t.services.searchIndex.reindex({
      batchSize: 7,
      onProgress: ({ done }) => {
        progress.push(done)
        searches.push(publicSearch('тарифи', 'uk'))
      },
    })
    expect(rebuilt).toEqual({ done: 31, total: 31 })
    // Two batches in flight at once: the short last one may finish before the one ahead of it.
    expect(progress).toHaveLength(5)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress.at(-1)).toBe(31)
    for (const found of await Promise.all(searches)) expect(found).toHaveLength(10) // never an empty index mid-way
  })
})
