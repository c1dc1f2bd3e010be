import type { Kysely } from 'kysely'
import { unpackJson } from '../db/packed-text.js'
import type { DB } from '../db/schema.js'
import { Conflict } from '../errors.js'
import { newId } from '../ids.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import type { Actor } from '../shared/roles.js'
import { recordAudit } from '../users/audit.repository.js'
import { dropPending, findPending, pendingContent, toWorkingVersion } from './pending.repository.js'
import { prepareBody } from './render-body.js'
import { loadVersion, type SaveDeps, staleRevision } from './save-version.js'
import { authorizePendingReview } from './story.policy.js'
import type { PendingRevisionRow } from './story.table.js'
import type { StoryVersion, WorkingVersion } from './story.types.js'
import * as versions from './version.repository.js'

/**
 * Makes a version's pending text its live text, as a publisher's save would have: the body is
 * rendered again (an image's caption may have changed since), a new address keeps the old one
 * redirecting. Inside the caller's transaction; the caller emits the event.
 */
export async function makePendingLive(
  trx: Kysely<DB>,
  v: StoryVersion,
  p: PendingRevisionRow,
  at: string,
  by: string | null,
  /** Taking a version off the site must not fail on its address: it keeps the live one if the pending one was taken. */
  { keepTakenSlug = false } = {},
): Promise<void> {
  const body = await prepareBody(trx, unpackJson(p.body) as RichTextDoc, v.locale)
  let slug = p.slug
  // Addresses of pending text are not reserved: another version may have taken this one meanwhile.
  if (slug !== v.slug && (await versions.slugTaken(trx, v.locale, slug, v.id))) {
    if (!keepTakenSlug) throw new Conflict('slug_taken', { slug, locale: v.locale })
    slug = v.slug
  }
  const content = { ...pendingContent(p), slug, body_parts: body.rendered }
  if (!(await versions.updateIfRevision(trx, v.id, v.revision, { content, liveRevision: p.number, updatedAt: at, updatedBy: by }))) {
    throw staleRevision(v, v.revision)
  }
  if (slug !== v.slug) await versions.rememberOldSlug(trx, v.locale, v.slug, v.storyId, at)
  await dropPending(trx, v.id, p.number)
}

/** Approving and discarding the edits that wait on live versions, by whoever may publish them. */
export function createPendingReview(deps: SaveDeps) {
  const { db, events } = deps

  /** The version, its pending text and the checks both operations share, in their order: 404, 403, then 409. */
  async function loadForReview(trx: Kysely<DB>, versionId: string, expectedRevision: number, actor: Actor) {
    const { story, live } = await loadVersion(trx, versionId)
    authorizePendingReview(actor, story, live)
    const pending = await findPending(trx, live.id)
    if (!pending) throw new Conflict('nothing_pending', { id: live.id })
    if (live.revision !== expectedRevision) throw staleRevision({ revision: live.revision, updatedBy: pending.saved_by }, expectedRevision)
    return { live, pending }
  }

  return {
    /** Makes the pending text live, if the version is still at the revision the approver looked at. */
    async approvePending(versionId: string, expectedRevision: number, actor: Actor): Promise<WorkingVersion> {
      const at = deps.now()
      const version = await db.transaction().execute(async (trx) => {
        const { live, pending } = await loadForReview(trx, versionId, expectedRevision, actor)
        await makePendingLive(trx, live, pending, at, actor.userId)
        await recordAudit(trx, actor, at, {
          action: 'story_version.approve',
          entityType: 'story_version',
          entityId: live.id,
          details: {
            storyId: live.storyId,
            locale: live.locale,
            liveRevisionBefore: live.liveRevision,
            liveRevisionAfter: pending.number,
            savedBy: pending.saved_by ?? '',
          },
        })
        return toWorkingVersion(trx, (await versions.findVersionById(trx, live.id)) as StoryVersion)
      })
      events.emit('story.updated', { storyId: version.storyId, locale: version.locale })
      return version
    },

    /**
     * Drops the pending text: the live text is the working text again, as a new revision, so an
     * editor still open on the dropped text gets a conflict instead of saving it back unseen. The
     * dropped revisions stay in the history. Readers see no change, so no event.
     */
    async discardPending(versionId: string, expectedRevision: number, actor: Actor): Promise<WorkingVersion> {
      const at = deps.now()
      return db.transaction().execute(async (trx) => {
        const { live, pending } = await loadForReview(trx, versionId, expectedRevision, actor)
        const next = live.revision + 1
        if (!(await versions.updateIfRevision(trx, live.id, live.revision, { revision: next }))) throw staleRevision(live, expectedRevision)
        await versions.insertRevision(trx, {
          id: newId(),
          version_id: live.id,
          number: next,
          headline: live.headline,
          slug: live.slug,
          lead: live.lead,
          body: JSON.stringify(live.body),
          seo_title: live.seoTitle,
          seo_description: live.seoDescription,
          author_id: actor.userId,
          note: `discard:${pending.number}`,
          created_at: at,
        })
        await dropPending(trx, live.id)
        await recordAudit(trx, actor, at, {
          action: 'story_version.discard_pending',
          entityType: 'story_version',
          entityId: live.id,
          details: { storyId: live.storyId, locale: live.locale, discardedRevision: pending.number, savedBy: pending.saved_by ?? '' },
        })
        return toWorkingVersion(trx, (await versions.findVersionById(trx, live.id)) as StoryVersion)
      })
    },
  }
}
