import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { EventBus } from '../events.js'
import type { RichTextDoc } from '../richtext/document.js'
import type { LocaleSettings } from '../shared/locales.js'
import { prepareBody } from './render-body.js'

/**
 * Stored body HTML bakes in what was looked up at save time (a quote's speaker, an image's
 * caption). When a topic is renamed or an image's texts change, the bodies that mention it are rendered again — derived data, so no new revision —
 * and each changed story is announced so caches refresh.
 */
export function keepRenderedBodiesCurrent(deps: {
  events: EventBus
  db: Kysely<DB>
  site: LocaleSettings
  onError: (err: unknown) => void
}) {
  const { events, db, site, onError } = deps
  const pending = new Set<Promise<unknown>>()

  async function rerenderReferencing(id: string): Promise<void> {
    // Ids are [0-9a-z] only, so they need no escaping inside a LIKE pattern.
    const rows = await db
      .selectFrom('story_versions')
      .select(['id', 'story_id', 'locale', 'body', 'body_html'])
      .where('body', 'like', `%"${id}"%`)
      .execute()
    for (const row of rows) {
      const prepared = await prepareBody(db, site, JSON.parse(row.body) as RichTextDoc, row.locale)
      if (prepared.html === row.body_html) continue
      // Only if nobody saved meanwhile: a newer save rendered with the new name already.
      const result = await db
        .updateTable('story_versions')
        .set({ body_html: prepared.html, body_text: prepared.text })
        .where('id', '=', row.id)
        .where('body', '=', row.body)
        .executeTakeFirst()
      if (result.numUpdatedRows === 1n) events.emit('story.updated', { storyId: row.story_id, locale: row.locale })
    }
  }

  const schedule = (id: string) => {
    const work = rerenderReferencing(id)
      .catch(onError)
      .finally(() => pending.delete(work))
    pending.add(work)
  }
  events.on('topic.updated', ({ topicId }) => schedule(topicId))
  // Bodies show an image's caption and credit; a new image isn't in any body yet, so only updates count.
  events.on('media.updated', ({ mediaId }) => schedule(mediaId))

  return {
    async settled(): Promise<void> {
      while (pending.size) await Promise.all([...pending])
    },
  }
}
