import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { buildSiteWorld } from '../site/site.fixtures.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

const SITE = 'http://localhost:3000'

describe.each(testDialects())('the Content API on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let world: Awaited<ReturnType<typeof buildSiteWorld>>
  let key: string
  beforeEach(async () => {
    t = await createTestApp(dialect, { CACHE_TAG_HEADERS: 'surrogate-key' })
    world = await buildSiteWorld(t.services)
    key = (await t.services.contentKeys.createKey({ name: 'Mobile app' }, systemActor)).key
  })
  afterEach(() => t.close())

  const api = (path: string, headers: Record<string, string> = {}) =>
    overHttp(t.app, { url: `/api/content/v1${path}`, headers: { authorization: `Bearer ${key}`, ...headers } })
  /** Same publication time: the later version id first. */
  const byVersion = (s: { versionIds: Record<string, string> }) => (x: string, y: string) =>
    (s.versionIds[y.split(':')[1] as string] as string).localeCompare(s.versionIds[x.split(':')[1] as string] as string)
  const ids = (res: { json(): { stories: { id: string; locale: string }[] } }) => res.json().stories.map((s) => `${s.id}:${s.locale}`)

  it('needs a key, takes it as a bearer token or ?key=, and refuses unknown and revoked keys', async () => {
    const none = await overHttp(t.app, { url: '/api/content/v1/stories' })
    expect(none.statusCode).toBe(401)
    expect(none.json().error.code).toBe('content_key_required')
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/)
    expect((await api('/stories')).statusCode).toBe(200)
    expect((await overHttp(t.app, { url: `/api/content/v1/stories?key=${key}` })).statusCode).toBe(200)
    const unknown = await api('/stories', { authorization: 'Bearer vck_nothing' })
    expect(unknown.statusCode).toBe(401)
    expect(unknown.json().error.code).toBe('content_key_refused')
    const [listed] = await t.services.contentKeys.listKeys(systemActor)
    expect(listed).toMatchObject({ name: 'Mobile app', revokedAt: null })
    expect(listed?.lastUsedAt).not.toBeNull()
    expect(JSON.stringify(listed)).not.toContain(key)
    await t.services.contentKeys.revokeKey(listed?.id as string, systemActor)
    expect((await api('/stories')).statusCode).toBe(401)
    // The description is public, so a developer can read it before having a key.
    expect((await overHttp(t.app, { url: '/api/content/v1/openapi.json' })).statusCode).toBe(200)
  })

  it('needs no key with CONTENT_API_PUBLIC=true, yet still refuses a wrong one', async () => {
    await t.close()
    t = await createTestApp(dialect, { CONTENT_API_PUBLIC: 'true' })
    await buildSiteWorld(t.services).then((w) => w.story({ uk: 'Відкрита' }))
    const open = await overHttp(t.app, { url: '/api/content/v1/stories' })
    expect(open.statusCode).toBe(200)
    expect(open.json().stories).toHaveLength(1)
    expect((await overHttp(t.app, { url: '/api/content/v1/stories?key=vck_wrong' })).statusCode).toBe(401)
  })

  it('shows only published, live, un-embargoed versions: in lists, by id, by address, in search and in counts', async () => {
    const shown = await world.story({ uk: 'Видима новина', en: 'Visible news' }, { publish: ['uk'] })
    const draft = await world.story({ uk: 'Чернетка новина' }, { publish: [] })
    const scheduled = await world.story({ uk: 'Запланована новина' }, { publish: [] })
    await t.services.stories.transition(scheduled.versionIds.uk as string, { to: 'scheduled', at: '2026-11-25T09:00:00.000Z' }, systemActor)
    const embargoed = await world.story({ uk: 'Ембарго новина' })
    await t.services.stories.saveVersion(
      { versionId: embargoed.versionIds.uk as string, baseRevision: 1, changes: { embargoUntil: '2030-01-01T00:00:00Z' } },
      systemActor,
    )
    const withdrawn = await world.story({ uk: 'Знята новина' })
    await t.services.stories.transition(withdrawn.versionIds.uk as string, { to: 'unpublished' }, systemActor)
    await t.cacheSettled()

    expect(ids(await api('/stories'))).toEqual([`${shown.id}:uk`])
    for (const hidden of [draft, scheduled, embargoed, withdrawn]) {
      const res = await api(`/stories/${hidden.id}?locale=uk`)
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('content_story_not_found')
    }
    const en = await api(`/stories/${shown.id}?locale=en`)
    expect(en.statusCode).toBe(404) // translated, not published
    const one = (await api(`/stories/${shown.id}`)).json().story
    expect(one).toMatchObject({ id: shown.id, locale: 'uk', headline: 'Видима новина' })
    expect(one.translations).toEqual([{ locale: 'uk', slug: one.slug, url: `${SITE}/news/${one.slug}-${shown.id}` }])
    expect((await api(`/stories/slug/${one.slug}?locale=uk`)).json().story.id).toBe(shown.id)
    const hiddenSlug = (await t.services.stories.getStory(embargoed.id)).versions[0]?.slug
    expect((await api(`/stories/slug/${hiddenSlug}?locale=uk`)).statusCode).toBe(404)
    const found = (await api(`/search?q=${encodeURIComponent('новина')}&locale=uk`)).json()
    expect(found.results.map((r: { id: string }) => r.id)).toEqual([shown.id])
    const sections = (await api('/sections')).json().sections
    expect(sections[0].storyCounts).toEqual({ uk: 1 })
    const authors = (await api('/authors')).json().authors
    expect(authors[0].storyCounts).toEqual({ uk: 1 })
  })

  it('filters by language, section, topic and author (by id or slug), by dates and by flags', async () => {
    const other = await t.services.taxonomy.createTopic({ kind: 'section', names: { uk: { name: 'Спорт', slug: 'sport' } } }, systemActor)
    const a = await world.story({ uk: 'Перша', en: 'First' }, { important: true })
    t.clock.advance(60_000)
    const b = await world.story({ uk: 'Друга' })
    await t.services.stories.updateStory(b.id, { sectionId: other.id, topicIds: [], authorIds: [] }, systemActor)
    await t.cacheSettled()
    expect(ids(await api('/stories'))).toEqual([`${b.id}:uk`, ...[`${a.id}:uk`, `${a.id}:en`].sort(byVersion(a))])
    expect(ids(await api('/stories?locale=en'))).toEqual([`${a.id}:en`])
    expect(ids(await api('/stories?locale=uk&section=sport'))).toEqual([`${b.id}:uk`])
    expect(ids(await api(`/stories?locale=uk&section=${world.section.id}`))).toEqual([`${a.id}:uk`])
    expect(ids(await api(`/stories?locale=uk&topic=${world.tag.id}`))).toEqual([`${a.id}:uk`])
    const personSlug = (await api(`/topics?kind=person`)).json().topics[0].names.en.slug
    expect(ids(await api(`/stories?locale=en&topic=${personSlug}`))).toEqual([`${a.id}:en`])
    expect(ids(await api(`/stories?locale=uk&author=${world.author.id}`))).toEqual([`${a.id}:uk`])
    expect(ids(await api('/stories?locale=uk&important=true'))).toEqual([`${a.id}:uk`])
    expect(ids(await api('/stories?locale=uk&important=false'))).toEqual([`${b.id}:uk`])
    expect(ids(await api('/stories?locale=uk&breaking=true'))).toEqual([])
    expect(ids(await api('/stories?locale=uk&publishedAfter=2026-11-24T08:00:30Z'))).toEqual([`${b.id}:uk`])
    expect(ids(await api('/stories?locale=uk&publishedBefore=2026-11-24T10:00:30%2B02:00'))).toEqual([`${a.id}:uk`])
    expect(ids(await api('/stories?locale=uk&updatedSince=2026-11-24T08:00:30Z'))).toEqual([`${b.id}:uk`])
    const missing = await api('/stories?section=nowhere')
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error.message).toContain('/api/content/v1/sections')
  })

  it('serves pages (About us, Contacts) in the footer’s order, by id and by address, and only published ones', async () => {
    const page = async (headline: string, publish: boolean) => {
      const { story, versions } = await t.services.stories.createStory(
        { kind: 'page', locale: 'uk', headline, lead: `Про: ${headline}` },
        systemActor,
      )
      if (publish) await t.services.stories.transition(versions[0]?.id as string, { to: 'published' }, systemActor)
      return { id: story.id, slug: versions[0]?.slug as string }
    }
    const about = await page('Про нас', true)
    const contacts = await page('Контакти', true)
    const draft = await page('Чернетка сторінки', false)
    const en = await t.services.translations.createTranslation(
      { storyId: about.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'About us' },
      systemActor,
    )
    await t.services.stories.transition(en.id, { to: 'published' }, systemActor)
    await t.services.stories.orderPages([contacts.id, about.id, draft.id], systemActor)
    const all = (await api('/pages?locale=uk')).json().pages
    expect(all.map((p: { headline: string }) => p.headline)).toEqual(['Контакти', 'Про нас'])
    expect(all[1]).toMatchObject({ id: about.id, url: `${SITE}/${about.slug}`, lead: 'Про: Про нас' })
    expect(all[1].translations.map((x: { url: string }) => x.url)).toEqual([`${SITE}/${about.slug}`, `${SITE}/en/about-us`])
    expect((await api('/pages')).json().pages).toHaveLength(3)
    expect((await api(`/pages/${about.id}?locale=en&format=text`)).json().page).toMatchObject({ headline: 'About us', body: { text: '' } })
    expect((await api(`/pages/slug/${contacts.slug}?locale=uk`)).json().page.id).toBe(contacts.id)
    expect((await api(`/pages/${draft.id}`)).json().error.code).toBe('content_page_not_found')
    const story = await world.story({ uk: 'Звичайна новина' })
    expect((await api(`/pages/${story.id}`)).statusCode).toBe(404)
    expect((await api('/pages')).headers['surrogate-key']?.split(' ')).toContain('nav')
  })
})
