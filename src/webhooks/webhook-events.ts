import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import type { EventBus } from '../events.js'
import type { LocaleSettings } from '../shared/locales.js'
import type { WebhookEvent } from '../shared/webhook-events.js'
import { findStoryKind } from '../stories/story.repository.js'
import { findVersion } from '../stories/version.repository.js'
import { findOutdatedTranslations } from '../translations/translation.repository.js'
import { deleteSnapshot, findSnapshot, saveSnapshot } from './delivery.repository.js'
import { findSubscribers } from './webhook.repository.js'
import { changedFields, type WebhookObjects } from './webhook-payloads.js'
import { queueEvent } from './webhook-queue.js'

type Json = Record<string, unknown>

/**
 * Turns the domain events of this process's own changes (emitted after their transactions
 * commit, so a rolled-back change sends nothing) into queued deliveries. Other processes relay
 * events only to their caches, so each change is queued once, by the process that made it.
 *
 * Events are handled one at a time, in order: what was last sent of an object (its snapshot)
 * decides whether an update changed anything a subscriber sees, and what the previous values were.
 */
export function sendWebhooksOnEvents(deps: {
  events: EventBus
  db: Kysely<DB>
  site: LocaleSettings
  clock: Clock
  objects: WebhookObjects
  onError: (err: unknown) => void
}) {
  const { events, db, site, clock, objects } = deps
  let chain: Promise<void> = Promise.resolve()
  const run = (work: () => Promise<void>) => {
    chain = chain.then(work).catch(deps.onError)
  }
  const now = () => toTimestamp(clock())

  /** Queues the event unless nobody wants it, or (`changesOnly`) the object is as it was last sent. */
  async function send(event: WebhookEvent, key: string, object: Json, opts: { changesOnly?: boolean; forget?: boolean } = {}) {
    if ((await findSubscribers(db, event)).length === 0) return
    const at = now()
    const last = await findSnapshot(db, key)
    const current = JSON.stringify(object)
    if (opts.changesOnly && last === current) return
    const previous = opts.changesOnly && last ? changedFields(JSON.parse(last) as Json, object) : undefined
    if (opts.forget) await deleteSnapshot(db, key)
    else await saveSnapshot(db, key, current, at)
    await queueEvent(db, { event, object, ...(previous && { previous }), at })
  }

  /** The event's name for a page (About us): page.published rather than story.published. */
  const named = async (event: `story.${'published' | 'updated' | 'unpublished' | 'scheduled'}`, storyId: string) =>
    (await findStoryKind(db, storyId)) === 'page' ? (event.replace('story.', 'page.') as WebhookEvent) : event

  async function storyChanged(event: 'story.published' | 'story.updated', storyId: string, locale: string) {
    const name = await named(event, storyId)
    const object = name.startsWith('page.') ? await objects.page(storyId, locale, now()) : await objects.story(storyId, locale, now())
    if (object) await send(name, `story:${storyId}:${locale}`, object, { changesOnly: event === 'story.updated' })
    await translationsOutdated(storyId, locale)
  }

  /** Translations whose source (this language) moved on: told once per new source revision. */
  async function translationsOutdated(storyId: string, sourceLocale: string) {
    const outdated = (await findOutdatedTranslations(db, { storyId })).filter((t) => t.sourceLocale === sourceLocale)
    for (const t of outdated) {
      const object = {
        storyId: t.storyId,
        versionId: t.versionId,
        locale: t.locale,
        headline: t.headline,
        sourceLocale: t.sourceLocale,
        sourceVersionId: t.sourceVersionId,
        translatedRevision: t.translatedRevision,
        currentSourceRevision: t.currentSourceRevision,
      }
      await send('translation.outdated', `translation:${t.versionId}`, object, { changesOnly: true })
    }
  }

  events.on('story.published', ({ storyId, locale }) => run(() => storyChanged('story.published', storyId, locale)))
  events.on('story.updated', ({ storyId, locale }) =>
    run(async () => {
      for (const l of locale ? [locale] : site.locales) await storyChanged('story.updated', storyId, l)
    }),
  )
  events.on('stories.imported', ({ storyIds }) =>
    run(async () => {
      for (const id of storyIds) for (const l of site.locales) await storyChanged('story.published', id, l)
    }),
  )
  events.on('story.unpublished', ({ storyId, locale }) =>
    run(async () => {
      const key = `story:${storyId}:${locale}`
      const event = await named('story.unpublished', storyId)
      const last = await findSnapshot(db, key)
      // Without what was last sent, a story is rebuilt as it was shown; a page is named by id.
      const shown = last || event === 'page.unpublished' ? undefined : await objects.storyAsLastShown(storyId, locale, now())
      const object = last ? (JSON.parse(last) as Json) : (shown ?? { id: storyId, locale })
      await send(event, key, object, { forget: true })
    }),
  )
  events.on('story.scheduled', ({ storyId, locale, at }) =>
    run(async () => {
      const v = await findVersion(db, storyId, locale)
      if (!v) return
      const object = { id: storyId, locale, versionId: v.id, headline: v.headline, slug: v.slug, scheduledAt: at }
      await send(await named('story.scheduled', storyId), `scheduled:${storyId}:${locale}`, object, { forget: true })
    }),
  )
  events.on('media.updated', ({ mediaId }) =>
    run(async () => {
      const object = await objects.image(mediaId)
      if (object) await send('media.updated', `media:${mediaId}`, object, { changesOnly: true })
    }),
  )
  events.on('media.deleted', ({ mediaId }) => run(() => send('media.deleted', `media:${mediaId}`, { id: mediaId }, { forget: true })))
  events.on('topic.updated', ({ topicId }) =>
    run(async () => {
      const object = await objects.topic(topicId, now())
      if (object) await send('topic.updated', `topic:${topicId}`, object, { changesOnly: true })
      else await send('topic.updated', `topic:${topicId}`, { id: topicId, deleted: true }, { forget: true })
    }),
  )

  /** Resolves once every event so far has been queued (or failed and been reported). */
  return { settled: () => chain }
}
