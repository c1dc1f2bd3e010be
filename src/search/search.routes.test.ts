import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Actor, systemActor } from '../shared/roles.js'
import { signInAs } from '../testing/admin-client.js'
import { paragraphs } from '../testing/factories.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

describe.each(testDialects())('newsroom search API on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  async function story(locale: string, headline: string, actor: Actor = systemActor, publish = false) {
    const { versions } = await t.services.stories.createStory({ locale, headline, body: paragraphs('Текст') }, actor)
    if (publish) await t.services.stories.transition(versions[0]!.id, { to: 'published' }, systemActor)
    await t.cacheSettled()
    return versions[0]!.id
  }
  const headlines = (res: { json(): { items: { headline: string }[] } }) =>
    res
      .json()
      .items.map((i) => i.headline)
      .sort()

  it('searches every language and state for editors, with filters', async () => {
    const editor = await signInAs(t, 'editor')
    await story('uk', 'Енергетика: чернетка')
    await story('uk', 'Енергетика: опубліковано', systemActor, true)
    await story('ru', 'Энергетика: черновик')
    await story('en', 'Energy draft')
    expect(headlines(await editor.call('GET', `/search?q=${encodeURIComponent('енергетик')}`))).toEqual([
      'Енергетика: опубліковано',
      'Енергетика: чернетка',
    ])
    expect(headlines(await editor.call('GET', `/search?q=${encodeURIComponent('энергетика')}&locale=ru`))).toEqual(['Энергетика: черновик'])
    expect(headlines(await editor.call('GET', `/search?q=${encodeURIComponent('енергетика')}&status=draft`))).toEqual([
      'Енергетика: чернетка',
    ])
    const res = await editor.call('GET', '/search?q=energ')
    expect(res.json().items[0]).toMatchObject({
      locale: 'en',
      status: 'draft',
      headlineSegments: [
        { text: 'Energy', match: true },
        { text: ' draft', match: false },
      ],
    })
  })

  it('shows authors published stories and their own work, not others’ drafts', async () => {
    const author = await signInAs(t, 'author')
    await story('uk', 'Бюджет: чужа чернетка')
    await story('uk', 'Бюджет: опубліковано', systemActor, true)
    await story('uk', 'Бюджет: моя чернетка', { userId: author.user.id, role: 'author', locales: [] })
    expect(headlines(await author.call('GET', `/search?q=${encodeURIComponent('бюджет')}`))).toEqual([
      'Бюджет: моя чернетка',
      'Бюджет: опубліковано',
    ])
  })

  it('suggests related published stories for a version', async () => {
    const editor = await signInAs(t, 'editor')
    const id = await story('uk', 'Тарифи на електроенергію зростуть')
    await story('uk', 'Нові тарифи на електроенергію', systemActor, true)
    await story('uk', 'Футбольний матч', systemActor, true)
    const res = await editor.call('GET', `/story-versions/${id}/related`)
    expect(res.json().items.map((i: { headline: string }) => i.headline)).toEqual(['Нові тарифи на електроенергію'])
    expect((await editor.call('GET', '/story-versions/aaaaaaaaaaaa/related')).statusCode).toBe(404)
  })

  it('refuses a missing, empty or over-long query and unknown filters with 400', async () => {
    const editor = await signInAs(t, 'editor')
    for (const bad of [
      '',
      'q=',
      `q=${'я'.repeat(201)}`,
      'q=x&locale=de',
      'q=x&status=lost',
      'q=x&limit=0',
      'q=x&offset=-1',
      'q=x&sort=date',
    ]) {
      expect((await editor.call('GET', `/search?${bad}`)).statusCode, bad).toBe(400)
    }
    expect((await editor.call('GET', '/search?q=%22')).json()).toEqual({ items: [], hasMore: false })
  })
})
