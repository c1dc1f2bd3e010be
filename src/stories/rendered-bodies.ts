import type { Kysely } from 'kysely'
import { backgroundWork } from '../background-work.js'
import type { DB } from '../db/schema.js'
import type { EventBus } from '../events.js'
import { type RenderedBody, serializeBody } from '../richtext/rendered-body.js'
import { renderStoredDoc } from './render-body.js'
import {
  findBodiesMentioning,
  findUnrenderedBodies,
  findUnrenderedPending,
  storeRenderedBody,
  storeRenderedPending,
} from './rendered-body.repository.js'
import type { StoryVersion } from './story.types.js'

/**
 * Stored bodies bake in what was looked up at save time (a quote's speaker, an image's caption).
 * When a topic is renamed or an image's texts change, the bodies that mention it are rendered
 * again — derived data, so no new revision — and each changed story is announced so caches refresh.
 */
export function keepRenderedBodiesCurrent(deps: { events: EventBus; db: Kysely<DB>; onError: (err: unknown) => void }) {
  const { events, db } = deps
  const work = backgroundWork(deps.onError)

  async function rerenderMentioning(id: string): Promise<void> {
    for (const stored of await findBodiesMentioning(db, id)) {
      const parts = serializeBody(await renderStoredDoc(db, stored.doc, stored.locale))
      if (parts === stored.bodyParts) continue
      if (await storeRenderedBody(db, stored, parts)) events.emit('story.updated', { storyId: stored.storyId, locale: stored.locale })
    }
  }

  events.on('topic.updated', ({ topicId }) => work.run(() => rerenderMentioning(topicId)))
  // Bodies show an image's caption and credit; a new image isn't in any body yet, so only updates count.
  events.on('media.updated', ({ mediaId }) => work.run(() => rerenderMentioning(mediaId)))

  return { settled: work.settled }
}

/** A version's body as readers see it, rendered now if it hasn't been yet (migration 0014). */
export async function readerBody(db: Kysely<DB>, v: Pick<StoryVersion, 'body' | 'renderedBody' | 'locale'>): Promise<RenderedBody> {
  return v.renderedBody ?? (await renderStoredDoc(db, v.body, v.locale))
}

const BATCH = 200

/**
 * Renders every body migration 0014 left empty, a batch at a time; `vistka serve` runs it in the
 * background after it starts listening (readers of an unrendered story get it rendered on the
 * fly meanwhile). Safe to run in several processes at once: each store checks the body it read.
 */
export async function renderUnrenderedBodies(db: Kysely<DB>, onProgress: (rendered: number) => void = () => {}): Promise<number> {
  let rendered = 0
  for (;;) {
    const batch = await findUnrenderedBodies(db, BATCH)
    if (batch.length === 0) break
    let stored = 0
    for (const body of batch) {
      const parts = serializeBody(await renderStoredDoc(db, body.doc, body.locale))
      if (await storeRenderedBody(db, body, parts)) stored++
    }
    rendered += stored
    onProgress(rendered)
    // Every row of the batch changed unless another process rendered or saved it; either way it is no longer empty.
  }
  for (;;) {
    const batch = await findUnrenderedPending(db, BATCH)
    if (batch.length === 0) break
    for (const p of batch) {
      await storeRenderedPending(db, p, serializeBody(await renderStoredDoc(db, p.doc, p.locale)))
      rendered++
    }
    onProgress(rendered)
  }
  return rendered
}
