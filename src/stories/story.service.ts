import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Conflict, Invalid, NotFound } from '../errors.js'
import type { EventBus } from '../events.js'
import { newId } from '../ids.js'
import { enqueueJob } from '../jobs/job.repository.js'
import { checkLocale } from '../locales.js'
import type { LocaleSettings } from '../site/urls.js'
import { recordAudit } from '../users/audit.repository.js'
import { type Actor, systemActor } from '../users/roles.js'
import { insertNewVersion } from './new-version.js'
import { prepareBody } from './render-body.js'
import * as stories from './story.repository.js'
import type { Story, StoryVersion } from './story.types.js'
import { checkStoryReferences, type StoryReferences } from './story-references.js'
import { type SharedFieldsChange, updateStory } from './update-story.js'
import * as versions from './version.repository.js'
import {
  type ContentInput,
  chooseSlug,
  cleanEmbargo,
  cleanHeadline,
  cleanText,
  LEAD_MAX,
  SEO_DESCRIPTION_MAX,
  SEO_TITLE_MAX,
} from './version-content.js'
import { listVersions, type VersionListQuery } from './version-list.repository.js'
import { planTransition, type TransitionRequest } from './workflow.js'

/** The job that publishes a scheduled version at its time. */
export const PUBLISH_JOB = 'publish_version'

export interface StoryDeps {
  db: Kysely<DB>
  events: EventBus
  site: LocaleSettings
  clock: Clock
}

export interface CreateStory extends ContentInput, StoryReferences {
  locale: string
  headline: string
  isBreaking?: boolean
  isImportant?: boolean
}

export interface SaveVersion {
  versionId: string
  /** The revision the editor started from; a save against any other is refused. */
  baseRevision: number
  changes: ContentInput & { embargoUntil?: string | null }
  /** On a translation: the source revision this save brings it up to. */
  sourceRevision?: number
  note?: string
}

export interface StoryWithVersions {
  story: Story
  versions: StoryVersion[]
}

/** Stories, their language versions, revisions and workflow. */
export function createStoryService({ db, events, site, clock }: StoryDeps) {
  const now = () => toTimestamp(clock())

  async function requireVersion(trx: Kysely<DB>, id: string): Promise<StoryVersion> {
    const v = await versions.findVersionById(trx, id)
    if (!v) throw new NotFound('version_not_found', { id })
    return v
  }

  async function writeSave(trx: Kysely<DB>, v: StoryVersion, input: SaveVersion, actor: Actor, at: string): Promise<boolean> {
    if (v.revision !== input.baseRevision) {
      throw new Conflict('stale_revision', { current: v.revision, base: input.baseRevision, savedBy: v.updatedBy ?? '' })
    }
    const c = input.changes
    const headline = c.headline === undefined ? v.headline : cleanHeadline(c.headline)
    const slug = c.slug === undefined || c.slug === v.slug ? v.slug : await chooseSlug(trx, v.locale, c.slug, headline, v.id)
    const body = c.body === undefined ? undefined : await prepareBody(trx, site, c.body, v.locale)
    const content: versions.StoredContent = {
      headline,
      slug,
      lead: c.lead === undefined ? v.lead : cleanText('lead', c.lead, LEAD_MAX),
      body: body?.json ?? JSON.stringify(v.body),
      body_html: body?.html ?? v.bodyHtml,
      body_text: body?.text ?? v.bodyText,
      seo_title: c.seoTitle === undefined ? v.seoTitle : cleanText('seoTitle', c.seoTitle, SEO_TITLE_MAX),
      seo_description:
        c.seoDescription === undefined ? v.seoDescription : cleanText('seoDescription', c.seoDescription, SEO_DESCRIPTION_MAX),
      embargo_until: c.embargoUntil === undefined ? v.embargoUntil : cleanEmbargo(c.embargoUntil),
      source_revision: input.sourceRevision === undefined ? v.sourceRevision : await checkSourceRevision(trx, v, input.sourceRevision),
    }
    if (unchanged(v, content)) return false // an identical autosave is not a new revision
    if (!(await versions.saveIfRevision(trx, v.id, input.baseRevision, content, at, actor.userId))) {
      const fresh = await requireVersion(trx, v.id) // lost a race after our read
      throw new Conflict('stale_revision', { current: fresh.revision, base: input.baseRevision, savedBy: fresh.updatedBy ?? '' })
    }
    if (slug !== v.slug) await versions.rememberOldSlug(trx, v.locale, v.slug, v.storyId, at)
    await versions.insertRevision(trx, {
      id: newId(),
      version_id: v.id,
      number: input.baseRevision + 1,
      headline: content.headline,
      slug: content.slug,
      lead: content.lead,
      body: content.body,
      seo_title: content.seo_title,
      seo_description: content.seo_description,
      author_id: actor.userId,
      note: cleanText('note', input.note ?? '', 500),
      created_at: at,
    })
    await recordAudit(trx, actor, at, {
      action: 'story_version.save',
      entityType: 'story_version',
      entityId: v.id,
      details: { storyId: v.storyId, locale: v.locale, revisionBefore: input.baseRevision, revisionAfter: input.baseRevision + 1 },
    })
    return true
  }

  async function saveVersion(input: SaveVersion, actor: Actor): Promise<StoryVersion> {
    const at = now()
    const { version, changed } = await db.transaction().execute(async (trx) => {
      const v = await requireVersion(trx, input.versionId)
      const changed = await writeSave(trx, v, input, actor, at)
      return { version: changed ? await requireVersion(trx, v.id) : v, changed }
    })
    if (changed) events.emit('story.updated', { storyId: version.storyId, locale: version.locale })
    return version
  }

  /** Moves a version through the workflow; refused moves are Conflicts naming the allowed ones. */
  async function transition(versionId: string, request: TransitionRequest, actor: Actor): Promise<StoryVersion> {
    const at = now()
    const version = await db.transaction().execute(async (trx) => {
      const v = await requireVersion(trx, versionId)
      const patch = planTransition(v, request, at)
      if (!(await versions.applyWorkflow(trx, v.id, v.status, patch, at, actor.userId))) {
        const fresh = await requireVersion(trx, v.id)
        planTransition(fresh, request, at) // throws the right Conflict for the state it is really in
        throw new Conflict('transition_not_allowed', { from: fresh.status, to: request.to, allowed: '' })
      }
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
      return requireVersion(trx, v.id)
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
      return { story, versions: await versions.findVersionsOfStory(db, id) }
    },

    async getVersion(id: string): Promise<StoryVersion> {
      return requireVersion(db, id)
    },

    /** Creates a story with its first language version, as a draft at revision 1. */
    async createStory(input: CreateStory, actor: Actor): Promise<StoryWithVersions> {
      checkLocale(site, input.locale)
      const at = now()
      const id = newId()
      const version = await db.transaction().execute(async (trx) => {
        await checkStoryReferences(trx, input)
        await stories.insertStory(trx, {
          id,
          createdBy: actor.userId,
          at,
          sectionId: input.sectionId ?? null,
          leadMediaId: input.leadMediaId ?? null,
          isBreaking: input.isBreaking ?? false,
          isImportant: input.isImportant ?? false,
        })
        await stories.replaceStoryTopics(trx, id, input.topicIds ?? [])
        await stories.replaceStoryAuthors(trx, id, input.authorIds ?? [])
        const v = await insertNewVersion(trx, site, { ...input, storyId: id }, at, actor.userId)
        await recordAudit(trx, actor, at, { action: 'story.create', entityType: 'story', entityId: id, details: { locale: input.locale } })
        return v
      })
      events.emit('story.created', { storyId: id, locale: version.locale })
      return { story: (await stories.findStory(db, id)) as Story, versions: [version] }
    },

    /** Changes what all languages share: section, lead image, topics, authors, flags (see update-story.ts). */
    updateStory: (id: string, change: SharedFieldsChange, actor: Actor): Promise<Story> =>
      updateStory({ db, events, now }, id, change, actor),

    /** Saves an edit made against `baseRevision`; a stale base is a Conflict and nothing is written. */
    saveVersion,

    /** Brings back an earlier revision's content as a new revision; history is never rewritten. */
    async restoreRevision(input: { versionId: string; number: number; baseRevision: number }, actor: Actor): Promise<StoryVersion> {
      const revision = await versions.findRevision(db, input.versionId, input.number)
      if (!revision) throw new NotFound('revision_not_found', { number: input.number })
      const { headline, slug, lead, body, seoTitle, seoDescription } = revision
      return saveVersion(
        {
          versionId: input.versionId,
          baseRevision: input.baseRevision,
          changes: { headline, slug, lead, body, seoTitle, seoDescription },
          note: `restore:${input.number}`,
        },
        actor,
      )
    },

    /** The desk's list of versions, most recently changed first. */
    /** The desk's lists. A translation filter must name a language the site publishes in. */
    listVersions(query: VersionListQuery) {
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

  async function checkSourceRevision(trx: Kysely<DB>, v: StoryVersion, sourceRevision: number): Promise<number> {
    const source = v.sourceLocale ? await versions.findVersion(trx, v.storyId, v.sourceLocale) : undefined
    if (!source || !Number.isInteger(sourceRevision) || sourceRevision < 1 || sourceRevision > source.revision) {
      throw new Invalid('source_revision_invalid', { revision: sourceRevision, current: source?.revision ?? 0 })
    }
    return sourceRevision
  }
}

function unchanged(v: StoryVersion, c: versions.StoredContent): boolean {
  return (
    c.headline === v.headline &&
    c.slug === v.slug &&
    c.lead === v.lead &&
    c.body === JSON.stringify(v.body) &&
    c.seo_title === v.seoTitle &&
    c.seo_description === v.seoDescription &&
    c.embargo_until === v.embargoUntil &&
    c.source_revision === v.sourceRevision
  )
}

export type StoryService = ReturnType<typeof createStoryService>
