import type { Kysely } from 'kysely'
import { checkLocale } from '../checks.js'
import type { DB } from '../db/schema.js'
import { type Clock, parseTimestamp, toTimestamp } from '../db/time.js'
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.js'
import type { EventBus } from '../events.js'
import { newId } from '../ids.js'
import { enqueueJob } from '../jobs/job.repository.js'
import { isReservedPageSlug } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import { may, mayUseLocale } from '../shared/permissions.js'
import { type Actor, systemActor } from '../shared/roles.js'
import type { VersionStatus } from '../shared/workflow.js'
import { recordAudit } from '../users/audit.repository.js'
import { authorize } from '../users/permissions.js'
import { insertNewVersion } from './new-version.js'
import { listPages, orderPages } from './pages.js'
import { findPending, toWorkingVersion, toWorkingVersions } from './pending.repository.js'
import { createPendingReview, makePendingLive } from './pending-review.js'
import { type SaveVersion, saveVersion } from './save-version.js'
import { authorizeEdit, authorizeTransition, isLive } from './story.policy.js'
import * as stories from './story.repository.js'
import type { Story, StoryKind, StoryVersion, WorkingVersion } from './story.types.js'
import { checkStoryReferences, type StoryReferences } from './story-references.js'
import { refuseStoryFieldsOnPage, type SharedFieldsChange, updateStory } from './update-story.js'
import * as versions from './version.repository.js'
import type { ContentInput } from './version-content.js'
import { listVersions, type VersionListQuery } from './version-list.repository.js'
import { planTransition, type TransitionRequest } from './workflow.js'

/** The job that publishes a scheduled version at its time. */
export const PUBLISH_JOB = 'publish_version'

/** A workflow move as asked for: a scheduled one names its time, as an ISO timestamp. */
export type MoveRequest = { to: VersionStatus; at?: string }

export interface StoryDeps {
  db: Kysely<DB>
  events: EventBus
  site: LocaleSettings
  clock: Clock
}

export interface CreateStory extends ContentInput, StoryReferences {
  locale: string
  headline: string
  /** `page` for About us, Contacts… (default `story`). */
  kind?: StoryKind
  isBreaking?: boolean
  isImportant?: boolean
}

export interface StoryWithVersions {
  story: Story
  versions: WorkingVersion[]
}

/** Stories, their language versions, revisions and workflow. */
export function createStoryService({ db, events, site, clock }: StoryDeps) {
  const now = () => toTimestamp(clock())
  const review = createPendingReview({ db, events, now, site })

  async function requireVersion(trx: Kysely<DB>, id: string): Promise<StoryVersion> {
    const v = await versions.findVersionById(trx, id)
    if (!v) throw new NotFound('version_not_found', { id })
    return v
  }

  /** A move as asked for (over the API the time arrives as text), made a valid TransitionRequest. */
  function checkedRequest(request: MoveRequest): TransitionRequest {
    if (request.to !== 'scheduled') return { to: request.to }
    if (!request.at) throw new Invalid('schedule_time_missing')
    const time = parseTimestamp(request.at)
    if (!time) throw new Invalid('invalid_date', { value: request.at })
    return { to: 'scheduled', at: time }
  }

  /** A version and its story, once the actor is known to be allowed to edit it (404, then 403). */
  async function editable(trx: Kysely<DB>, versionId: string, actor: Actor): Promise<{ story: Story; version: StoryVersion }> {
    const version = await requireVersion(trx, versionId)
    const story = (await stories.findStory(trx, version.storyId)) as Story // a foreign key keeps it
    authorizeEdit(actor, story, version)
    return { story, version }
  }

  /**
   * Moves a version through the workflow, if the actor may (story.policy.ts: editing it, and the
   * right to submit, publish or withdraw); refused moves are Conflicts naming the allowed ones.
   */
  async function transition(versionId: string, requested: MoveRequest, actor: Actor): Promise<WorkingVersion> {
    const at = now()
    const version = await db.transaction().execute(async (trx) => {
      const v = await requireVersion(trx, versionId)
      authorizeTransition(actor, (await stories.findStory(trx, v.storyId)) as Story, v, requested.to)
      // The time of a scheduled publication is checked after the right to schedule: a refusal says 403 before any 400.
      const request = checkedRequest(requested)
      const patch = planTransition(v, request, at)
      if (!(await versions.applyWorkflow(trx, v.id, v.status, patch, at, actor.userId))) {
        const fresh = await requireVersion(trx, v.id)
        planTransition(fresh, request, at) // throws the right Conflict for the state it is really in
        throw new Conflict('transition_not_allowed', { from: fresh.status, to: request.to, allowed: '' })
      }
      // A version that stops being live keeps the edit waiting on it as its text: nothing is lost.
      const pending = isLive(v) && !isLive(patch) ? await findPending(trx, v.id) : undefined
      if (pending) await makePendingLive(trx, v, pending, at, actor.userId, { keepTakenSlug: true })
      if (patch.status === 'scheduled' && patch.scheduledAt) {
        // The job carries the time it was made for: a later reschedule makes its own job, and this one then does nothing.
        await enqueueJob(trx, {
          kind: PUBLISH_JOB,
          payload: { versionId: v.id, scheduledAt: patch.scheduledAt },
          runAt: patch.scheduledAt,
          at,
        })
      }
      await recordAudit(trx, actor, at, {
        action: `story_version.${request.to}`,
        entityType: 'story_version',
        entityId: v.id,
        details: { storyId: v.storyId, locale: v.locale, statusBefore: v.status, statusAfter: patch.status },
      })
      return toWorkingVersion(trx, await requireVersion(trx, v.id))
    })
    const ref = { storyId: version.storyId, locale: version.locale }
    if (version.status === 'published') events.emit('story.published', ref)
    else if (version.status === 'unpublished') events.emit('story.unpublished', ref)
    else if (version.status === 'scheduled') events.emit('story.scheduled', { ...ref, at: version.scheduledAt as string })
    else events.emit('story.updated', ref)
    return version
  }

  return {
    async getStory(id: string): Promise<StoryWithVersions> {
      const story = await stories.findStory(db, id)
      if (!story) throw new NotFound('story_not_found', { id })
      return { story, versions: await toWorkingVersions(db, await versions.findVersionsOfStory(db, id)) }
    },

    /** A version as the newsroom works on it: its working text, and whose edit awaits approval. */
    async getVersion(id: string): Promise<WorkingVersion> {
      return toWorkingVersion(db, await requireVersion(db, id))
    },

    /** Creates a story with its first language version, as a draft at revision 1, for those who may write in that language. */
    async createStory(input: CreateStory, actor: Actor): Promise<StoryWithVersions> {
      authorize(actor, 'story.create')
      if (!mayUseLocale(actor, input.locale))
        throw new Forbidden('forbidden_action', { role: actor.role, action: `story.create (${input.locale})` })
      checkLocale(site, input.locale)
      const at = now()
      const id = newId()
      const version = await db.transaction().execute(async (trx) => {
        const kind = input.kind ?? 'story'
        // Pages are the site's own texts (About us, Contacts): an editor's to make.
        if (kind === 'page') {
          authorize(actor, 'story.edit_any')
          refuseStoryFieldsOnPage(input)
        }
        await checkStoryReferences(trx, input)
        await stories.insertStory(trx, {
          id,
          kind,
          menuPosition: kind === 'page' ? await stories.nextMenuPosition(trx) : null,
          createdBy: actor.userId,
          at,
          sectionId: input.sectionId ?? null,
          leadMediaId: input.leadMediaId ?? null,
          isBreaking: input.isBreaking ?? false,
          isImportant: input.isImportant ?? false,
        })
        await stories.replaceStoryTopics(trx, id, input.topicIds ?? [])
        await stories.replaceStoryAuthors(trx, id, input.authorIds ?? [])
        const reservedSlug = kind === 'page' ? (slug: string) => isReservedPageSlug(site, slug) : undefined
        const v = await insertNewVersion(trx, { ...input, storyId: id, ...(reservedSlug && { reservedSlug }) }, at, actor.userId)
        await recordAudit(trx, actor, at, { action: 'story.create', entityType: 'story', entityId: id, details: { locale: input.locale } })
        return v
      })
      events.emit('story.created', { storyId: id, locale: version.locale })
      return { story: (await stories.findStory(db, id)) as Story, versions: [{ ...version, pending: null }] }
    },

    /** Every page (About us, Contacts) with its versions, in the footer's order. */
    listPages: () => listPages(db),

    /** The footer's order of pages (pages.ts). */
    orderPages: (ids: readonly string[], actor: Actor): Promise<string[]> => orderPages({ db, events, now }, ids, actor),

    /** Changes what all languages share: section, lead image, topics, authors, flags (see update-story.ts). */
    updateStory: (id: string, change: SharedFieldsChange, actor: Actor): Promise<Story> =>
      updateStory({ db, events, now }, id, change, actor),

    /** Saves an edit made against `baseRevision` (see save-version.ts: on a live version, non-publishers' edits wait for approval). */
    saveVersion: (input: SaveVersion, actor: Actor) => saveVersion({ db, events, now, site }, input, actor),

    /** Makes the edit waiting on a live version live (pending-review.ts). */
    approvePending: review.approvePending,
    /** Drops the edit waiting on a live version; readers keep the live text (pending-review.ts). */
    discardPending: review.discardPending,

    /**
     * Brings back an earlier revision's content as a new revision; history is never rewritten. On a
     * live version it is a save like any other: pending unless the actor may publish.
     */
    async restoreRevision(input: { versionId: string; number: number; baseRevision: number }, actor: Actor): Promise<WorkingVersion> {
      await editable(db, input.versionId, actor)
      const revision = await versions.findRevision(db, input.versionId, input.number)
      if (!revision) throw new NotFound('revision_not_found', { number: input.number })
      const { headline, slug, lead, body, seoTitle, seoDescription } = revision
      return saveVersion(
        { db, events, now, site },
        {
          versionId: input.versionId,
          baseRevision: input.baseRevision,
          changes: { headline, slug, lead, body, seoTitle, seoDescription },
          note: `restore:${input.number}`,
        },
        actor,
      )
    },

    /**
     * The desk's lists, most recently changed first, as far as the actor may see: authors and
     * contributors their own work, editors and translators the desk. Translation work is for those
     * who may translate into that language, as starting one is; it must be a language the site publishes in.
     */
    listVersions(query: VersionListQuery, actor: Actor) {
      if (query.translateInto !== undefined) {
        authorize(actor, 'translation.edit')
        if (!mayUseLocale(actor, query.translateInto))
          throw new Forbidden('forbidden_action', { role: actor.role, action: `translation.edit (${query.translateInto})` })
      }
      if (!may(actor, 'story.edit_any') && !may(actor, 'translation.edit')) query = { ...query, createdBy: actor.userId ?? '-' }
      if (query.translation && !query.translateInto) throw new Invalid('translation_filter_needs_language')
      if (query.translateInto) checkLocale(site, query.translateInto)
      return listVersions(db, query)
    },

    transition,

    /**
     * Publishes a scheduled version when its job comes due. Does nothing if the version was
     * rescheduled, sent back or already published meanwhile (another server got there first).
     */
    async publishScheduled(versionId: string, scheduledAt: string): Promise<StoryVersion | undefined> {
      const v = await versions.findVersionById(db, versionId)
      if (v?.status !== 'scheduled' || v.scheduledAt !== scheduledAt) return undefined
      try {
        return await transition(versionId, { to: 'published' }, systemActor)
      } catch (err) {
        if (err instanceof Conflict) return undefined
        throw err
      }
    },
  }
}

export type StoryService = ReturnType<typeof createStoryService>
