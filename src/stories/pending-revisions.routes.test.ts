import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { signInAs } from '../testing/admin-client.js'
import { paragraphs } from '../testing/factories.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

describe.each(testDialects())('approving edits of live stories over HTTP on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const get = async (url: string) => overHttp(t.app, { url })

  /** A contributor's published story, with the contributor's and an editor's callers. */
  async function contributorsLiveStory() {
    const contributor = await signInAs(t, 'contributor')
    const editor = await signInAs(t, 'editor')
    const created = await contributor.call('POST', '/stories', {
      locale: 'uk',
      headline: 'Старий заголовок',
      body: paragraphs('Старий текст новини'),
    })
    const { story, versions } = created.json()
    await t.services.stories.transition(versions[0].id, { to: 'published' }, systemActor)
    return { contributor, editor, storyId: story.id as string, versionId: versions[0].id as string, slug: versions[0].slug as string }
  }

  it('keeps readers on the live text in pages, feeds and search until an editor approves, then shows the new text everywhere', async () => {
    const { contributor, editor, storyId, versionId, slug } = await contributorsLiveStory()
    await t.cacheSettled()
    const page = `/news/${slug}-${storyId}`
    expect((await get(page)).body).toContain('Старий текст новини')
    const saved = await contributor.call('PUT', `/story-versions/${versionId}`, {
      expectedRevision: 1,
      headline: 'Новий заголовок',
      slug: 'novyi-zaholovok',
      body: paragraphs('Новий текст новини'),
    })
    expect(saved.statusCode, saved.body).toBe(200)
    await t.cacheSettled()
    for (const url of [page, '/feed/rss.xml', '/search?q=новини']) {
      const body = (await get(url)).body
      expect(body, url).toContain('Старий заголовок')
      expect(body, url).not.toContain('Новий заголовок')
    }
    // The newsroom reads the working text and who saved it.
    const read = (await editor.call('GET', `/stories/${storyId}`)).json().versions[0]
    expect(read).toMatchObject({
      headline: 'Новий заголовок',
      revision: 2,
      liveRevision: 1,
      pending: { revision: 2, savedByName: 'contributor' },
    })
    expect((await contributor.call('GET', `/story-versions/${versionId}/preview`)).body).toContain('Новий текст новини')
    const diff = await editor.call('GET', `/story-versions/${versionId}/diff?from=1&to=2`)
    expect(diff.json().fields).toContainEqual(
      expect.objectContaining({ field: 'headline', before: 'Старий заголовок', after: 'Новий заголовок' }),
    )

    const approved = await editor.call('POST', `/story-versions/${versionId}/approve`, { expectedRevision: 2 })
    expect(approved.statusCode, approved.body).toBe(200)
    expect(approved.json()).toMatchObject({ headline: 'Новий заголовок', liveRevision: 2, pending: null })
    await t.cacheSettled()
    const moved = await get(page)
    expect(moved.statusCode).toBe(301)
    expect(moved.headers.location).toBe(`/news/novyi-zaholovok-${storyId}`)
    expect((await get(`/news/novyi-zaholovok-${storyId}`)).body).toContain('Новий текст новини')
    expect((await get('/feed/rss.xml')).body).toContain('Новий заголовок')
    expect((await get('/search?q=новини')).body).toContain('Новий заголовок')
  })

  it('refuses approval of nothing with 409 and a message in uk, en and ru', async () => {
    const { editor, versionId } = await contributorsLiveStory()
    const res = await editor.call('POST', `/story-versions/${versionId}/approve`, { expectedRevision: 1 })
    expect(res.statusCode).toBe(409)
    expect(res.json().error).toMatchObject({ code: 'nothing_pending' })
    expect(res.json().error.message).toContain('has no changes awaiting approval')
    for (const [lang, words] of [
      ['uk', 'не має змін, що чекають схвалення'],
      ['ru', 'нет изменений, ждущих одобрения'],
    ] as const) {
      const localized = await overHttp(t.app, {
        method: 'POST',
        url: `/api/admin/v1/story-versions/${versionId}/pending/discard`,
        cookies: { vistka_session: editor.cookie },
        headers: { 'x-csrf-token': editor.csrf, 'accept-language': lang },
        payload: { expectedRevision: 1 },
      })
      expect(localized.statusCode).toBe(409)
      expect(localized.json().error.message).toContain(words)
    }
  })

  it('refuses a stale approval or discard with 409, an unknown version with 404 and a malformed request with 400, changing nothing', async () => {
    const { contributor, editor, versionId } = await contributorsLiveStory()
    await contributor.call('PUT', `/story-versions/${versionId}`, { expectedRevision: 1, lead: 'Перша правка' })
    await contributor.call('PUT', `/story-versions/${versionId}`, { expectedRevision: 2, lead: 'Друга правка' })
    for (const action of ['approve', 'pending/discard']) {
      const stale = await editor.call('POST', `/story-versions/${versionId}/${action}`, { expectedRevision: 2 })
      expect(stale.statusCode, action).toBe(409)
      expect(stale.json().error.code).toBe('stale_revision')
      const unknown = await editor.call('POST', `/story-versions/zzzzzzzzzzzz/${action}`, { expectedRevision: 2 })
      expect(unknown.statusCode, action).toBe(404)
      for (const body of [{}, { expectedRevision: 'two' }, { expectedRevision: 0 }, { expectedRevision: 3, extra: 1 }]) {
        const bad = await editor.call('POST', `/story-versions/${versionId}/${action}`, body)
        expect(bad.statusCode, JSON.stringify(body)).toBe(400)
      }
      expect((await editor.call('POST', `/story-versions/not-an-id/${action}`, { expectedRevision: 3 })).statusCode).toBe(400)
    }
    const { versions } = await t.services.stories.getStory((await t.services.stories.getVersion(versionId)).storyId)
    expect(versions[0]).toMatchObject({ lead: 'Друга правка', pending: { revision: 3 }, liveRevision: 1 })
  })

  it('lets a contributor see that their edit waits, and an editor find it on the desk', async () => {
    const { contributor, editor, versionId } = await contributorsLiveStory()
    await contributor.call('PUT', `/story-versions/${versionId}`, { expectedRevision: 1, lead: 'Чекає схвалення' })
    const desk = await editor.call('GET', '/story-versions?pending=true')
    expect(desk.statusCode).toBe(200)
    expect(desk.json().items.map((v: { id: string }) => v.id)).toEqual([versionId])
    expect(desk.json().items[0].pendingSince).toEqual(expect.any(String))
    expect((await editor.call('GET', '/story-versions?pending=yes')).statusCode).toBe(400)
    const discarded = await editor.call('POST', `/story-versions/${versionId}/pending/discard`, { expectedRevision: 2 })
    expect(discarded.json()).toMatchObject({ lead: expect.not.stringContaining('Чекає'), revision: 3, pending: null })
    expect((await editor.call('GET', '/story-versions?pending=true')).json().items).toEqual([])
  })
})
