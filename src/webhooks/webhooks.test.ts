import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Conflict } from '../errors.js'
import { verifySignature } from '../outbound/signature.js'
import { systemActor } from '../shared/roles.js'
import { buildSiteWorld } from '../site/site.fixtures.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { startReceiver } from '../testing/webhook-receiver.js'

describe.each(testDialects())('webhooks on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let world: Awaited<ReturnType<typeof buildSiteWorld>>
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  beforeEach(async () => {
    t = await createTestApp(dialect, { WEBHOOKS_ALLOW_PRIVATE: 'true' })
    world = await buildSiteWorld(t.services)
    receiver = await startReceiver()
  })
  afterEach(async () => {
    await t.close()
    await receiver.close()
  })

  const register = (events: string[]) => t.services.webhooks.createWebhook({ url: `${receiver.url}/hook`, events }, systemActor)
  /** Lets the events queue their deliveries, then makes every try that is due. */
  const deliver = async () => {
    await t.cacheSettled()
    while ((await t.deliveries.runDue()) > 0) {}
  }
  const now = () => Math.floor(t.clock().getTime() / 1000)

  it('sends a signed delivery after the change commits, and nothing for a change rolled back', async () => {
    const hook = await register(['story.published', 'story.updated'])
    expect(hook.secret).toMatch(/^whsec_/)
    const s = await world.story({ uk: 'Підписана новина' })
    await deliver()
    expect(receiver.received).toHaveLength(1)
    const [got] = receiver.received
    expect(verifySignature(hook.secret, got?.body ?? '', String(got?.headers['vistka-signature']), now())).toBe(true)
    expect(verifySignature('whsec_other', got?.body ?? '', String(got?.headers['vistka-signature']), now())).toBe(false)
    expect(verifySignature(hook.secret, `${got?.body} `, String(got?.headers['vistka-signature']), now())).toBe(false)
    // A replayed delivery: its timestamp is too old.
    expect(verifySignature(hook.secret, got?.body ?? '', String(got?.headers['vistka-signature']), now() + 3600)).toBe(false)
    expect(got?.headers['vistka-event']).toBe('story.published')
    expect(got?.json).toMatchObject({
      event: 'story.published',
      id: got?.headers['vistka-delivery'],
      occurredAt: '2026-11-24T08:00:00.000Z',
    })
    expect(got?.json.object).toMatchObject({ id: s.id, locale: 'uk', headline: 'Підписана новина', section: { name: 'Політика' } })
    expect(got?.json.object.body.html).toContain('Текст: Підписана новина')

    // A stale save is refused and rolled back: nobody hears of it.
    await expect(
      t.services.stories.saveVersion({ versionId: s.versionIds.uk as string, baseRevision: 0, changes: { headline: 'Ні' } }, systemActor),
    ).rejects.toBeInstanceOf(Conflict)
    await deliver()
    expect(receiver.received).toHaveLength(1)

    t.clock.advance(60_000)
    await t.services.stories.saveVersion(
      { versionId: s.versionIds.uk as string, baseRevision: 1, changes: { headline: 'Нова назва' } },
      systemActor,
    )
    await deliver()
    expect(receiver.received).toHaveLength(2)
    const update = receiver.received[1]?.json
    expect(update.event).toBe('story.updated')
    expect(update.object.headline).toBe('Нова назва')
    expect(update.previous).toMatchObject({ headline: 'Підписана новина', updatedAt: '2026-11-24T08:00:00.000Z' })
    expect(update.previous.body).toBeUndefined() // unchanged fields are not repeated
    expect(update.id).not.toBe(got?.json.id)
  })

  it('retries after a 500 until it succeeds, honours Retry-After, and logs every try', async () => {
    const hook = await register(['story.published'])
    let calls = 0
    receiver.answer((_r, res) => {
      calls++
      if (calls === 1) res.writeHead(500).end('database down')
      else if (calls === 2) res.writeHead(429, { 'retry-after': '120' }).end('slow down')
      else res.end('thanks')
    })
    await world.story({ uk: 'Наполеглива' })
    await deliver()
    let [log] = await t.services.webhooks.listDeliveries(hook.id, { limit: 10 }, systemActor)
    expect(log).toMatchObject({ event: 'story.published', status: 'retrying' })
    expect(log?.attempts).toEqual([expect.objectContaining({ statusCode: 500, error: 'HTTP 500', responseExcerpt: 'database down' })])
    const firstRetry = Date.parse(log?.nextAttemptAt as string) - t.clock().getTime()
    expect(firstRetry).toBeGreaterThanOrEqual(15_000) // backoff with jitter: half to all of 30 s
    expect(firstRetry).toBeLessThanOrEqual(30_000)
    await deliver()
    expect(calls).toBe(1) // not due yet
    t.clock.advance(firstRetry)
    await deliver()
    ;[log] = await t.services.webhooks.listDeliveries(hook.id, { limit: 10 }, systemActor)
    expect(log?.attempts.map((a) => a.statusCode)).toEqual([500, 429])
    expect(Date.parse(log?.nextAttemptAt as string) - t.clock().getTime()).toBe(120_000)
    t.clock.advance(119_000)
    await deliver()
    expect(calls).toBe(2)
    t.clock.advance(1_000)
    await deliver()
    ;[log] = await t.services.webhooks.listDeliveries(hook.id, { limit: 10 }, systemActor)
    expect(log).toMatchObject({ status: 'delivered', nextAttemptAt: null })
    expect(log?.attempts.map((a) => a.statusCode)).toEqual([500, 429, 200])
    expect(new Set(receiver.received.map((r) => r.json.id)).size).toBe(1) // one delivery id on every try
  })

  it('gives up after 24 hours of failures, and on answers that retrying will not change', async () => {
    const hook = await register(['story.published'])
    receiver.answer((_r, res) => res.writeHead(503).end())
    await world.story({ uk: 'Безнадійна' })
    for (let i = 0; i < 40; i++) {
      await deliver()
      t.clock.advance(2 * 60 * 60_000)
    }
    const [log] = await t.services.webhooks.listDeliveries(hook.id, { limit: 10 }, systemActor)
    expect(log?.status).toBe('failed')
    const tries = log?.attempts ?? []
    expect(Date.parse(tries.at(-1)?.at as string) - Date.parse(tries[0]?.at as string)).toBeLessThanOrEqual(24 * 60 * 60_000)
    expect(tries.length).toBeGreaterThan(5)

    receiver.answer((_r, res) => res.writeHead(400).end('bad'))
    await world.story({ uk: 'Відмова' })
    await deliver()
    const [refused] = await t.services.webhooks.listDeliveries(hook.id, { limit: 10 }, systemActor)
    expect(refused).toMatchObject({ status: 'failed', nextAttemptAt: null })
    expect(refused?.attempts).toHaveLength(1)
  })

  it('turns an endpoint off when it answers 410 Gone, and sends it nothing more', async () => {
    const hook = await register(['story.published'])
    receiver.answer((_r, res) => res.writeHead(410).end())
    await world.story({ uk: 'Перша' })
    await deliver()
    expect(await t.services.webhooks.getWebhook(hook.id, systemActor)).toMatchObject({ enabled: false, disabledReason: 'gone' })
    await world.story({ uk: 'Друга' })
    await deliver()
    expect(receiver.received).toHaveLength(1)
    const on = await t.services.webhooks.updateWebhook(hook.id, { enabled: true }, systemActor)
    expect(on).toMatchObject({ enabled: true, disabledReason: null })
  })

  it('follows no redirect, and reads no more of an answer than it keeps', async () => {
    const other = await startReceiver()
    try {
      const hook = await register(['story.published'])
      receiver.answer((_r, res) => res.writeHead(307, { location: `${other.url}/elsewhere` }).end())
      await world.story({ uk: 'Перенаправлена' })
      await deliver()
      expect(other.received).toHaveLength(0)
      const [log] = await t.services.webhooks.listDeliveries(hook.id, { limit: 10 }, systemActor)
      expect(log).toMatchObject({ status: 'failed' })
      receiver.answer((_r, res) => res.end('x'.repeat(5_000_000)))
      t.clock.advance(1000) // the log lists the newest first
      await world.story({ uk: 'Балакучий' })
      await deliver()
      const [big] = await t.services.webhooks.listDeliveries(hook.id, { limit: 10 }, systemActor)
      expect(big?.status, JSON.stringify(big)).toBe('delivered')
      expect(big?.attempts[0]?.responseExcerpt.length).toBe(1000)
    } finally {
      await other.close()
    }
  })

  it('keeps a log per endpoint, redelivers a delivery as it was, and sends a test ping', async () => {
    const hook = await register(['story.published'])
    const quiet = await t.services.webhooks.createWebhook({ url: `${receiver.url}/quiet`, events: ['media.deleted'] }, systemActor)
    await world.story({ uk: 'Журнал' })
    await deliver()
    const [first] = await t.services.webhooks.listDeliveries(hook.id, { limit: 10 }, systemActor)
    expect(await t.services.webhooks.listDeliveries(quiet.id, { limit: 10 }, systemActor)).toEqual([])
    await t.services.webhooks.redeliver(hook.id, first?.id as string, systemActor)
    await deliver()
    expect(receiver.received.map((r) => r.json.id)).toEqual([first?.id, first?.id])
    expect(receiver.received[1]?.body).toBe(receiver.received[0]?.body)
    const [again] = await t.services.webhooks.listDeliveries(hook.id, { limit: 10 }, systemActor)
    expect(again?.attempts).toHaveLength(2)
    await expect(t.services.webhooks.redeliver(quiet.id, first?.id as string, systemActor)).rejects.toMatchObject({
      key: 'delivery_not_found',
    })

    const { deliveryId } = await t.services.webhooks.ping(quiet.id, systemActor)
    await deliver()
    const ping = receiver.received.at(-1)
    expect(ping?.path).toBe('/quiet')
    expect(ping?.json).toMatchObject({ id: deliveryId, event: 'ping', object: { webhookId: quiet.id } })
  })

  it('tells of unpublished, scheduled, outdated translations, pictures and topics', async () => {
    const hook = await register(['story.unpublished', 'story.scheduled', 'translation.outdated', 'media.updated', 'topic.updated'])
    const s = await world.story({ uk: 'Оригінал', en: 'Original' })
    await t.services.stories.saveVersion(
      { versionId: s.versionIds.uk as string, baseRevision: 1, changes: { lead: 'Новий лід' } },
      systemActor,
    )
    await deliver()
    const outdated = receiver.received.find((r) => r.json.event === 'translation.outdated')?.json
    expect(outdated?.object).toMatchObject({
      storyId: s.id,
      locale: 'en',
      sourceLocale: 'uk',
      translatedRevision: 1,
      currentSourceRevision: 2,
    })
    await t.services.stories.transition(s.versionIds.en as string, { to: 'unpublished' }, systemActor)
    const draft = await world.story({ uk: 'Майбутня' }, { publish: [] })
    await t.services.stories.transition(draft.versionIds.uk as string, { to: 'scheduled', at: '2026-11-25T09:00:00.000Z' }, systemActor)
    // The first event about an object carries it as it is; later ones add the previous values of what changed.
    await t.services.taxonomy.updateTopic(world.tag.id, { names: { uk: { name: 'Транспорт' } } }, systemActor)
    await t.services.media.updateMedia(world.picture.id, { credit: 'AP' }, systemActor)
    await deliver()
    await t.services.taxonomy.updateTopic(world.tag.id, { names: { uk: { name: 'Громадський транспорт' } } }, systemActor)
    await t.services.media.updateMedia(world.picture.id, { credit: 'Reuters' }, systemActor)
    await deliver()
    const byEvent = (e: string) => receiver.received.filter((r) => r.json.event === e).map((r) => r.json)
    expect(byEvent('story.unpublished')[0]?.object).toMatchObject({ id: s.id, locale: 'en', headline: 'Original' })
    expect(byEvent('story.scheduled')[0]?.object).toMatchObject({ id: draft.id, scheduledAt: '2026-11-25T09:00:00.000Z' })
    const [firstTopic, topic] = byEvent('topic.updated')
    expect(firstTopic?.previous).toBeUndefined()
    expect(topic?.object.names.uk.name).toBe('Громадський транспорт')
    expect(topic?.previous.names.uk.name).toBe('Транспорт')
    const media = byEvent('media.updated')[1]
    expect(media?.object).toMatchObject({ id: world.picture.id, credit: 'Reuters', texts: { en: { caption: 'A night bus' } } })
    expect(media?.previous).toEqual({ credit: 'AP' })
    expect(byEvent('story.published')).toEqual([]) // not subscribed
    expect(receiver.received.every((r) => r.path === '/hook' && r.json.id)).toBe(true)
    expect(hook.events).toHaveLength(5)
  })

  it('tells of pages (About us) with page.* events, never story.*', async () => {
    await register(['page.published', 'page.updated', 'page.unpublished', 'story.published'])
    const { story, versions } = await t.services.stories.createStory({ kind: 'page', locale: 'uk', headline: 'Про нас' }, systemActor)
    const id = versions[0]?.id as string
    await t.services.stories.transition(id, { to: 'published' }, systemActor)
    await deliver()
    t.clock.advance(60_000)
    await t.services.stories.saveVersion({ versionId: id, baseRevision: 1, changes: { headline: 'Хто ми' } }, systemActor)
    await deliver()
    await t.services.stories.transition(id, { to: 'unpublished' }, systemActor)
    await deliver()
    expect(receiver.received.map((r) => r.json.event)).toEqual(['page.published', 'page.updated', 'page.unpublished'])
    const [published, updated, gone] = receiver.received.map((r) => r.json)
    expect(published.object).toMatchObject({ id: story.id, headline: 'Про нас', url: `http://localhost:3000/${versions[0]?.slug}` })
    expect(updated.previous).toMatchObject({ headline: 'Про нас' })
    expect(gone.object).toMatchObject({ id: story.id, headline: 'Хто ми' })
  })
})
