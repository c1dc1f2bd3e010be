import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '../shared/roles.js'
import { systemActor } from '../shared/roles.js'
import { signInAs } from '../testing/admin-client.js'
import { makeAuthor, makeTopic, paragraphs } from '../testing/factories.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

type StoryJson = { id: string; sectionId: string | null; topicIds: string[]; authorIds: string[]; isBreaking: boolean; updatedAt: string }

describe.each(testDialects())('changing a story’s shared fields on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const as = (role: Role, locales: string[] = []) => signInAs(t, role, locales)
  const section = (slug: string, name: string) => makeTopic(t.services, 'section', { uk: { name, slug }, en: { name: `${name} EN`, slug } })

  /** A story by `call`'s user, published in uk, with an English translation. */
  async function publishedStory(call: Awaited<ReturnType<typeof as>>['call'], sectionId: string | null = null) {
    const res = await call('POST', '/stories', { locale: 'uk', headline: 'Спільна новина', body: paragraphs('Текст'), sectionId })
    expect(res.statusCode, res.body).toBe(201)
    const { story, versions } = res.json() as { story: StoryJson; versions: { id: string; slug: string }[] }
    await t.services.stories.transition(versions[0]!.id, { to: 'published' }, systemActor)
    return { story, version: versions[0]! }
  }

  it('changes section, tags, authors and flags in one call, audits it, and keeps unnamed fields', async () => {
    const editor = await as('editor')
    const [politics, sport] = [await section('politics', 'Політика'), await section('sport', 'Спорт')]
    const tag = await makeTopic(t.services, 'tag')
    const person = await makeTopic(t.services, 'person')
    const author = await makeAuthor(t.services)
    const { story } = await publishedStory(editor.call, politics.id)
    t.clock.advance(1000)
    const res = await editor.call('PUT', `/stories/${story.id}`, {
      expectedUpdatedAt: story.updatedAt,
      sectionId: sport.id,
      topicIds: [tag.id, person.id],
      authorIds: [author.id],
      isBreaking: true,
    })
    expect(res.statusCode, res.body).toBe(200)
    const changed = res.json() as StoryJson
    expect(changed).toMatchObject({ sectionId: sport.id, topicIds: [tag.id, person.id], authorIds: [author.id], isBreaking: true })
    expect(changed.updatedAt > story.updatedAt).toBe(true)
    const again = await editor.call('PUT', `/stories/${story.id}`, { expectedUpdatedAt: changed.updatedAt, isImportant: true })
    expect(again.json()).toMatchObject({ sectionId: sport.id, topicIds: [tag.id, person.id], isBreaking: true, isImportant: true })
    const audit = await t.database.db.selectFrom('audit_log').select('details').where('action', '=', 'story.update').execute()
    expect(audit).toHaveLength(2)
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ sectionId: { before: politics.id, after: sport.id } })
  })

  it('refuses a change made against an older state with 409 carrying the current story, and writes nothing', async () => {
    const editor = await as('editor')
    const { story } = await publishedStory(editor.call)
    const first = await editor.call('PUT', `/stories/${story.id}`, { expectedUpdatedAt: story.updatedAt, isBreaking: true })
    expect(first.statusCode).toBe(200) // the test clock stands still: the new updatedAt must still differ
    const stale = await editor.call('PUT', `/stories/${story.id}`, { expectedUpdatedAt: story.updatedAt, isImportant: true })
    expect(stale.statusCode).toBe(409)
    expect(stale.json()).toMatchObject({
      error: { code: 'story_changed', params: { current: first.json().updatedAt } },
      current: { id: story.id, isBreaking: true, isImportant: false },
    })
    expect(stale.json().error.message).toContain('Your change was not saved')
    expect((await t.services.stories.getStory(story.id)).story.isImportant).toBe(false)
  })

  it('refuses ids that name nothing, the wrong kind, or a bad shape with 400, and writes nothing', async () => {
    const editor = await as('editor')
    const tag = await makeTopic(t.services, 'tag')
    const { story } = await publishedStory(editor.call)
    const put = (body: object) => editor.call('PUT', `/stories/${story.id}`, { expectedUpdatedAt: story.updatedAt, ...body })
    const refusals = [
      [{ sectionId: 'zzzzzzzzzzzz' }, 'topic_not_found'],
      [{ topicIds: ['zzzzzzzzzzzz'] }, 'topic_not_found'],
      [{ authorIds: ['zzzzzzzzzzzz'] }, 'author_not_found'],
      [{ leadMediaId: 'zzzzzzzzzzzz' }, 'media_not_found'],
      [{ sectionId: tag.id }, 'topic_kind_mismatch'],
      [{ topicIds: [tag.id, tag.id] }, 'invalid_input'],
      [{ topicIds: ['not an id'] }, 'invalid_input'],
      [{ isBreaking: 'yes' }, 'invalid_input'],
      [{ headline: 'Not shared' }, 'unknown_field'],
    ] as const
    for (const [body, code] of refusals) {
      const res = await put(body)
      expect(res.statusCode, JSON.stringify(body)).toBe(400)
      expect(res.json().error.code, JSON.stringify(body)).toBe(code)
    }
    const news = await section('news', 'Новини')
    const wrongKind = await put({ topicIds: [news.id] })
    expect(wrongKind.json().error.message).toBe(`Topic ${news.id} is a section, not a tag.`)
    expect((await t.services.stories.getStory(story.id)).story).toMatchObject({ sectionId: null, topicIds: [], updatedAt: story.updatedAt })
    expect((await editor.call('PUT', '/stories/zzzzzzzzzzzz', { expectedUpdatedAt: story.updatedAt })).statusCode).toBe(404)
  })

  it('lets authors change their own draft stories only and never translators', async () => {
    const author = await as('author')
    const other = await as('author')
    const translator = await as('translator', ['en'])
    const res = await author.call('POST', '/stories', { locale: 'uk', headline: 'Чернетка', body: paragraphs('Текст') })
    const { story } = res.json() as { story: StoryJson }
    await t.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'Shared' },
      systemActor,
    )
    const body = { expectedUpdatedAt: story.updatedAt, isBreaking: true }
    expect((await other.call('PUT', `/stories/${story.id}`, body)).statusCode).toBe(403)
    const refused = await translator.call('PUT', `/stories/${story.id}`, body)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.code).toBe('forbidden_action')
    expect((await author.call('PUT', `/stories/${story.id}`, body)).json().isBreaking).toBe(true)
  })

  it('refuses a live story’s shared fields to anyone who may not publish it, with a message saying an editor must, in uk, en and ru', async () => {
    const author = await as('author')
    const { story } = await publishedStory(author.call)
    const body = { expectedUpdatedAt: story.updatedAt, isBreaking: true }
    const refused = await author.call('PUT', `/stories/${story.id}`, body)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error).toMatchObject({ code: 'story_live_needs_editor' })
    expect(refused.json().error.message).toContain('an editor must change')
    for (const [lang, words] of [
      ['uk', 'має змінити редактор'],
      ['ru', 'должен менять редактор'],
    ] as const) {
      const res = await overHttp(t.app, {
        method: 'PUT',
        url: `/api/admin/v1/stories/${story.id}`,
        cookies: { vistka_session: author.cookie },
        headers: { 'x-csrf-token': author.csrf, 'accept-language': lang },
        payload: body,
      })
      expect(res.json().error.message).toContain(words)
    }
    expect((await t.services.stories.getStory(story.id)).story.isBreaking).toBe(false)
    expect((await (await as('editor')).call('PUT', `/stories/${story.id}`, body)).json().isBreaking).toBe(true)
  })

  it('refuses a story’s shared fields to an editor limited to other languages than a live translation’s', async () => {
    const ukEditor = await as('editor', ['uk'])
    const res = await ukEditor.call('POST', '/stories', { locale: 'uk', headline: 'Оригінал', body: paragraphs('Текст') })
    const { story } = res.json() as { story: StoryJson }
    const en = await t.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'Original' },
      systemActor,
    )
    const body = { expectedUpdatedAt: story.updatedAt, isImportant: true }
    expect((await ukEditor.call('PUT', `/stories/${story.id}`, body)).statusCode).toBe(200) // nothing live yet
    await t.services.stories.transition(en.id, { to: 'published' }, systemActor)
    const updatedAt = (await t.services.stories.getStory(story.id)).story.updatedAt
    const refused = await ukEditor.call('PUT', `/stories/${story.id}`, { expectedUpdatedAt: updatedAt, isBreaking: true })
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.code).toBe('story_live_needs_editor')
  })

  it('shows the new section and tag on the published page and both section pages at once', async () => {
    const editor = await as('editor')
    const [politics, sport] = [await section('politics', 'Політика'), await section('sport', 'Спорт')]
    const tag = await makeTopic(t.services, 'tag', { uk: { name: 'Футбол', slug: 'futbol' } })
    const { story, version } = await publishedStory(editor.call, politics.id)
    const page = `/news/${version.slug}-${story.id}`
    // The list itself, not the latest-news column every page has.
    const listed = async (url: string) => ((await t.app.inject(url)).body.split('<aside')[0] ?? '').includes('Спільна новина')
    expect((await t.app.inject(page)).body).toContain('Політика') // now cached
    expect(await listed('/section/politics')).toBe(true)
    expect(await listed('/section/sport')).toBe(false)
    const res = await editor.call('PUT', `/stories/${story.id}`, {
      expectedUpdatedAt: story.updatedAt,
      sectionId: sport.id,
      topicIds: [tag.id],
    })
    expect(res.statusCode, res.body).toBe(200)
    await t.cacheSettled()
    const html = (await t.app.inject(page)).body
    expect(html).toContain('href="/section/sport"')
    expect(html).toContain('href="/tag/futbol"')
    expect(await listed('/section/politics')).toBe(false)
    expect(await listed('/section/sport')).toBe(true)
    expect(await listed('/tag/futbol')).toBe(true)
  })
})
