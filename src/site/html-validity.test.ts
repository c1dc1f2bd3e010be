import { HtmlValidate } from 'html-validate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { createTestApp } from '../testing/test-context.js'
import { buildSiteWorld } from './site.fixtures.js'

// The standard HTML5 rules, minus two matters of taste: we write <br> rather than <br/>, and
// JSON-LD and the stylesheet link are the only head content we need no attribute quoting rule for.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'void-style': 'off', 'no-trailing-whitespace': 'off' },
})

describe('public pages are valid HTML', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  const paths: string[] = []

  beforeAll(async () => {
    t = await createTestApp('sqlite')
    const world = await buildSiteWorld(t.services)
    const linked = await world.story({ uk: 'Попередня новина', en: 'Earlier story' })
    const body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Підзаголовок' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Раніше ' },
            { type: 'text', text: 'повідомлялося', marks: [{ type: 'storyLink', attrs: { storyId: linked.id } }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'далі', marks: [{ type: 'bold' }, { type: 'italic' }] },
          ],
        },
        {
          type: 'blockquote',
          attrs: { speakerId: world.person.id, attribution: 'на брифінгу' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Цитата' }] }],
        },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'пункт' }] }] }],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'третій' }] }] }],
        },
        { type: 'image', attrs: { mediaId: world.picture.id } },
        { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
        { type: 'embed', attrs: { url: 'https://t.me/vistka/12' } },
        { type: 'horizontalRule' },
      ],
    }
    const story = await world.story({ uk: 'Повна новина', en: 'Full story' }, { body, important: true })
    const draft = await world.story({ uk: 'Знята' })
    await t.services.stories.transition(draft.versionIds.uk as string, { to: 'unpublished' }, systemActor)
    await t.cacheSettled()
    const day = new Date().toISOString().slice(0, 10).split('-')
    paths.push(
      '/',
      '/en',
      `/news/povna-novyna-${story.id}`,
      `/en/news/full-story-${story.id}`,
      '/section/polityka',
      '/en/tag/transport',
      '/person/olena-marchuk',
      '/author/oksana-hnatiuk',
      `/archive/${day[0]}/${day[1]}`,
      `/news/zniata-${draft.id}`,
      '/ru/no-such-page',
      `/search?q=${encodeURIComponent('повна новина')}`,
      '/en/search?q=',
      `/search?q=${'x'.repeat(300)}`,
    )
  }, 60_000)
  afterAll(() => t?.close())

  it('on every page type: home, story, section, tag, person, author, archive, search, 410 and 404', async () => {
    const problems: string[] = []
    for (const path of paths) {
      const res = await t.app.inject(path)
      expect(res.headers['content-type'], path).toBe('text/html; charset=utf-8')
      const report = await validator.validateString(res.body)
      problems.push(...report.results.flatMap((r) => r.messages.map((m) => `${path} ${m.ruleId} ${m.line}:${m.column} ${m.message}`)))
    }
    expect(problems).toEqual([])
  })
})
