import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PUBLISHERS } from '../shared/permissions.js'
import { ROLES, type Role, systemActor } from '../shared/roles.js'
import { TEST_PASSWORD as PASSWORD, signInAs } from '../testing/admin-client.js'
import { paragraphs } from '../testing/factories.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { type Fixture, pngUpload, ROUTES } from './permission-matrix.routes.js'

/** Two redirects: one to change, one to delete. */
async function twoRedirects(t: Awaited<ReturnType<typeof createTestApp>>) {
  const make = (fromPath: string) => t.services.redirects.createRedirect({ fromPath, target: { url: '/' } }, systemActor)
  return { redirectId: (await make('/stara-adresa')).id, spareRedirectId: (await make('/shche-odna')).id }
}

/** A webhook (to a closed local port) with one queued delivery, for the routes that act on them. */
async function aWebhookWithADelivery(t: Awaited<ReturnType<typeof createTestApp>>) {
  const hook = await t.services.webhooks.createWebhook({ url: 'http://127.0.0.1:9/hook', events: ['ping'] }, systemActor)
  const { deliveryId } = await t.services.webhooks.ping(hook.id, systemActor)
  return { webhookId: hook.id, deliveryId }
}

describe.each(testDialects())('the role × route permission matrix on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let fixture: Fixture
  let upload: Awaited<ReturnType<typeof pngUpload>>
  beforeEach(async () => {
    t = await createTestApp(dialect, { WEBHOOKS_ALLOW_PRIVATE: 'true' })
    upload = await pngUpload()
    const { story, versions } = await t.services.stories.createStory(
      { locale: 'uk', headline: 'Чужа новина', body: paragraphs('Текст') },
      systemActor,
    )
    const image = () => t.services.media.createImage({ data: upload.data, originalName: 'a.png' }, systemActor)
    const tag = (name: string) => t.services.taxonomy.createTopic({ kind: 'tag', names: { uk: { name } } }, systemActor)
    fixture = {
      storyId: story.id,
      versionId: versions[0]!.id,
      mediaId: (await image()).id,
      spareMediaId: (await image()).id,
      tagId: (await tag('Перший')).id,
      mergeFromId: (await tag('Другий')).id,
      authorId: (await t.services.taxonomy.createAuthor({ names: { uk: { name: 'Автор' } } }, systemActor)).id,
      tokenId: (await t.services.tokens.createToken({ name: 'Old', role: 'author' }, systemActor)).id,
      contentKeyId: (await t.services.contentKeys.createKey({ name: 'Old app' }, systemActor)).id,
      ...(await aWebhookWithADelivery(t)),
      ...(await twoRedirects(t)),
      userId: (await t.services.users.createUser({ email: 'u@example.org', name: 'U', role: 'author', password: PASSWORD }, systemActor))
        .id,
      email: '',
    }
  })
  afterEach(() => t.close())

  it('covers every route of the OpenAPI document', async () => {
    const doc = (await t.app.inject('/api/admin/v1/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> }
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace('/api/admin/v1', '')}`),
    )
    expect(ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual([...new Set(documented)].sort())
  })

  it.each(ROLES)('holds for %s on every admin route', async (role) => {
    const caller = await signInAs(t, role, role === 'translator' ? ['en'] : [])
    const f = { ...fixture, email: caller.email }
    for (const route of ROUTES) {
      const res = route.upload
        ? await caller.send(route.method, route.url(f), upload.multipart)
        : await caller.call(route.method, route.url(f), route.body?.(f))
      const allowed = route.allowed.includes(role)
      if (allowed) expect([401, 403], `${role} should be able to ${route.name}: ${res.body}`).not.toContain(res.statusCode)
      else expect(res.statusCode, `${role} must not ${route.name}: ${res.body}`).toBe(403)
      expect(res.statusCode, `${route.name} never fails with a 5xx`).toBeLessThan(500)
    }
  })
})

/**
 * Changing what readers see is publishing (docs/decisions/011-live-edits.md): every role saving a
 * live version it may edit, reviewing the edit, and changing the live story's shared fields.
 */
describe.each(testDialects())('the role matrix on live content on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const publicPage = async (locale: string, storyId: string) =>
    (await overHttp(t.app, { url: `${locale === 'uk' ? '' : `/${locale}`}/news/${storyId}` })).headers.location as string

  /** A published version the role may edit: its own story, or (translators) a translation in its language. */
  async function liveVersionFor(role: Role, caller: Awaited<ReturnType<typeof signInAs>>) {
    const own = role === 'author' || role === 'contributor'
    const created = own
      ? (await caller.call('POST', '/stories', { locale: 'uk', headline: `Новина ${role}`, body: paragraphs('Старий текст') })).json()
      : await t.services.stories.createStory({ locale: 'uk', headline: `Новина ${role}`, body: paragraphs('Старий текст') }, systemActor)
    const storyId = created.story.id as string
    const version =
      role === 'translator'
        ? await t.services.translations.createTranslation(
            { storyId, sourceLocale: 'uk', targetLocale: 'en', headline: 'Story', body: paragraphs('Старий текст') },
            systemActor,
          )
        : created.versions[0]
    await t.services.stories.transition(version.id, { to: 'published' }, systemActor)
    return { storyId, versionId: version.id as string, locale: version.locale as string }
  }

  it.each(ROLES)('%s: a save of a live version goes live only for those who may publish it; the rest wait for approval', async (role) => {
    const caller = await signInAs(t, role, role === 'translator' ? ['en'] : [])
    const { storyId, versionId, locale } = await liveVersionFor(role, caller)
    const page = await publicPage(locale, storyId)
    expect((await overHttp(t.app, { url: page })).body).toContain('Старий текст') // cached from here on
    const saved = await caller.call('PUT', `/story-versions/${versionId}`, { expectedRevision: 1, body: paragraphs('Новий текст') })
    expect(saved.statusCode, saved.body).toBe(200)
    await t.cacheSettled()
    const html = (await overHttp(t.app, { url: page })).body
    if (PUBLISHERS.includes(role)) {
      expect(saved.json()).toMatchObject({ revision: 2, liveRevision: 2, pending: null })
      expect(html).toContain('Новий текст')
    } else {
      expect(saved.json()).toMatchObject({
        revision: 2,
        liveRevision: 1,
        pending: { revision: 2, savedBy: caller.user.id, savedByName: role },
      })
      expect(saved.json().body.content[0].content[0].text).toBe('Новий текст') // the working text
      expect(html).toContain('Старий текст')
      expect(html).not.toContain('Новий текст')
    }
  })

  it.each(ROLES)('%s: approving and discarding an edit awaiting approval is for those who may publish', async (role) => {
    const author = await signInAs(t, 'author')
    const reviewer = await signInAs(t, role, role === 'translator' ? ['uk'] : [])
    const { versionId } = await liveVersionFor('author', author)
    expect((await author.call('PUT', `/story-versions/${versionId}`, { expectedRevision: 1, lead: 'Чекає' })).statusCode).toBe(200)
    for (const action of ['approve', 'pending/discard']) {
      const res = await reviewer.call('POST', `/story-versions/${versionId}/${action}`, { expectedRevision: 2 })
      if (PUBLISHERS.includes(role)) {
        expect(res.statusCode, res.body).toBe(action === 'approve' ? 200 : 409) // approved first: nothing left to discard
      } else {
        expect(res.statusCode, res.body).toBe(403)
        expect(res.json().error.code).toBe('pending_review_forbidden')
      }
    }
  })

  it.each(ROLES)('%s: shared fields of a live story are for those who may publish it', async (role) => {
    const caller = await signInAs(t, role, role === 'translator' ? ['en'] : [])
    const { storyId } = await liveVersionFor(
      role === 'translator' ? 'author' : role,
      role === 'translator' ? await signInAs(t, 'author') : caller,
    )
    const { updatedAt } = (await t.services.stories.getStory(storyId)).story
    const res = await caller.call('PUT', `/stories/${storyId}`, { expectedUpdatedAt: updatedAt, isBreaking: true })
    if (PUBLISHERS.includes(role)) expect(res.statusCode, res.body).toBe(200)
    else {
      expect(res.statusCode, res.body).toBe(403)
      expect(res.json().error.code).toBe(role === 'translator' ? 'forbidden_action' : 'story_live_needs_editor')
    }
  })
})
