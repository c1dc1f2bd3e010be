import type { Kysely } from 'kysely'
import { checkLocale } from '../checks.js'
import type { DB } from '../db/schema.js'
import { type Clock, parseTimestamp, toTimestamp } from '../db/time.js'
import { Conflict, Invalid, NotFound } from '../errors.js'
import type { EventBus } from '../events.js'
import { newId } from '../ids.js'
import { enqueueJob } from '../jobs/job.repository.js'
import { isReservedPageSlug } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import type { Actor } from '../shared/roles.js'
import { type AuditEntry, recordAudits } from '../users/audit.repository.js'
import { type NewVersionState, prepareNewVersion } from './new-version.js'
import * as stories from './story.repository.js'
import { PUBLISH_JOB } from './story.service.js'
import { checkReferencesOfStories, type StoryReferences } from './story-references.js'
import { refuseStoryFieldsOnPage } from './update-story.js'
import { findVersionsOfStory, insertRevisions, insertVersions } from './version.repository.js'
import type { ContentInput } from './version-content.js'

export interface ImportedVersion extends ContentInput {
  locale: string
  headline: string
  /** When it went live (ISO 8601, not in the future); without it the version arrives as a draft. */
  publishedAt?: string
  /** Instead of publishedAt: a draft sent for review, or a publication planned for a future time. */
  pending?: { status: 'in_review' } | { status: 'scheduled'; at: string }
  /** When it was last changed in the other system (ISO 8601); the import's time otherwise. */
  updatedAt?: string
  /** Without an explicit slug, the text the slug is made from (a post's own slug, transliterated if need be). */
  slugFrom?: string
  /** The language it was translated from: a version listed before it in the same story. */
  sourceLocale?: string
}

export interface ImportedStory extends StoryReferences {
  /** The id to give it, chosen ahead so other imported stories can link to it; a new one otherwise. */
  id?: string
  /** Adds the versions to the story with this `id`, which exists already (a translation made since the last import). */
  existing?: boolean
  /** A page (About us) rather than a story: no section, topics, bylines or flags; listed in the footer. */
  kind?: 'story' | 'page'
  menuPosition?: number
  isBreaking?: boolean
  isImportant?: boolean
  versions: readonly ImportedVersion[]
}

/** Work the caller does in the import's transaction, after the stories are written (its own bookkeeping). */
export type WithinImport = (trx: Kysely<DB>, storyIds: readonly string[]) => Promise<void>

export interface ImportDeps {
  db: Kysely<DB>
  events: EventBus
  site: LocaleSettings
  clock: Clock
}

/**
 * Bringing in stories in bulk (an archive from another system, the benchmark corpus): the same
 * validation, rendering and revision snapshot as creating and translating one by one, but many
 * stories in one transaction and nothing read back, which makes it many times faster. Not exposed
 * over HTTP; the CLI calls it as the system actor.
 */
export function createStoryImporter({ db, events, site, clock }: ImportDeps) {
  return {
    /**
     * Imports the stories in one transaction — all of them or, on the first bad one, none — and
     * announces them in one `stories.imported` event after commit. Returns their ids in order.
     * New stories' rows are prepared one by one (validated, rendered, their slugs chosen) and
     * written together, a few statements for the whole batch.
     */
    async importStories(batch: readonly ImportedStory[], actor: Actor, within?: WithinImport): Promise<string[]> {
      const at = toTimestamp(clock())
      const ids = await db.transaction().execute(async (trx) => {
        const rows = newRows()
        await checkReferencesOfStories(
          trx,
          batch.filter((s) => !s.existing),
        )
        const ids: string[] = []
        for (const story of batch) ids.push(await importStory(trx, story, actor, at, rows))
        await stories.insertStories(trx, rows.stories)
        await insertVersions(trx, rows.versions)
        await insertRevisions(trx, rows.revisions)
        for (const job of rows.jobs) await enqueueJob(trx, job)
        await recordAudits(trx, actor, at, rows.audits)
        await within?.(trx, ids)
        return ids
      })
      if (ids.length) events.emit('stories.imported', { storyIds: ids })
      return ids
    },
  }

  async function importStory(trx: Kysely<DB>, input: ImportedStory, actor: Actor, at: string, rows: BatchRows): Promise<string> {
    const first = input.versions[0]
    if (!first) throw new Invalid('import_story_without_versions')
    const id = input.id ?? newId()
    const isPage = input.kind === 'page'
    const done = new Set<string>()
    // The revision each language is at: a translation was made from its source's current text.
    const revisionOf = new Map<string, number>()
    let sectionId = input.sectionId ?? null
    if (input.existing) {
      const story = await stories.findStory(trx, id)
      if (!story) throw new NotFound('story_not_found', { id })
      sectionId = story.sectionId
      for (const v of await findVersionsOfStory(trx, id)) {
        done.add(v.locale)
        revisionOf.set(v.locale, v.revision)
      }
    } else {
      if (isPage) refuseStoryFieldsOnPage(input)
      rows.stories.push({
        id,
        kind: input.kind ?? 'story',
        menuPosition: isPage ? (input.menuPosition ?? (await nextMenuPosition(trx, rows))) : null,
        createdBy: actor.userId,
        at,
        sectionId,
        leadMediaId: input.leadMediaId ?? null,
        isBreaking: input.isBreaking ?? false,
        isImportant: input.isImportant ?? false,
        topicIds: input.topicIds ?? [],
        authorIds: input.authorIds ?? [],
      })
    }
    for (const v of input.versions) {
      checkLocale(site, v.locale)
      if (done.has(v.locale)) throw new Conflict('version_exists', { locale: v.locale })
      if (v.sourceLocale !== undefined) {
        if (v.sourceLocale === v.locale) throw new Invalid('translation_same_locale', { locale: v.locale })
        if (!done.has(v.sourceLocale)) throw new Invalid('import_source_missing', { locale: v.locale, source: v.sourceLocale })
      }
      const { publishedAt, pending, updatedAt, sourceLocale, ...content } = v
      // Slugs this batch has given already are taken too: its rows are written only at the end.
      const inBatch = (slug: string) => rows.slugs.has(`${v.locale}:${slug}`)
      if (content.slug !== undefined && inBatch(content.slug)) throw new Conflict('slug_taken', { slug: content.slug, locale: v.locale })
      const version = {
        ...content,
        storyId: id,
        ...(sourceLocale !== undefined && { sourceLocale, sourceRevision: revisionOf.get(sourceLocale) ?? 1 }),
        reservedSlug: (slug: string) => inBatch(slug) || (isPage && isReservedPageSlug(site, slug)),
      }
      const state = importedState(publishedAt, pending, at)
      const prepared = await prepareNewVersion(trx, version, changedAt(updatedAt, at), actor.userId, state, sectionId)
      rows.versions.push(prepared.version)
      rows.revisions.push(prepared.revision)
      rows.slugs.add(`${v.locale}:${prepared.version.slug}`)
      if (state.status === 'scheduled')
        rows.jobs.push({
          kind: PUBLISH_JOB,
          payload: { versionId: prepared.version.id, scheduledAt: state.scheduledAt },
          runAt: state.scheduledAt,
          at,
        })
      done.add(v.locale)
    }
    rows.audits.push({ action: 'story.import', entityType: 'story', entityId: id, details: { locales: [...done] } })
    return id
  }
}

/** What a batch writes, gathered while its stories are prepared. */
interface BatchRows {
  stories: Parameters<typeof stories.insertStories>[1][number][]
  versions: Parameters<typeof insertVersions>[1][number][]
  revisions: Parameters<typeof insertRevisions>[1][number][]
  jobs: Parameters<typeof enqueueJob>[1][]
  audits: AuditEntry[]
  /** `locale:slug` of every version prepared so far. */
  slugs: Set<string>
}

const newRows = (): BatchRows => ({ stories: [], versions: [], revisions: [], jobs: [], audits: [], slugs: new Set() })

/** The footer place after the last, counting the pages this batch has placed already. */
async function nextMenuPosition(trx: Kysely<DB>, rows: BatchRows): Promise<number> {
  const placed = rows.stories.flatMap((s) => (s.menuPosition == null ? [] : [s.menuPosition]))
  return placed.length ? Math.max(...placed) + 1 : stories.nextMenuPosition(trx)
}

function importedState(publishedAt: string | undefined, pending: ImportedVersion['pending'], now: string): NewVersionState {
  if (pending?.status === 'in_review') return { status: 'in_review' }
  if (pending?.status === 'scheduled') {
    const at = parseTimestamp(pending.at)
    if (!at) throw new Invalid('invalid_date', { value: pending.at })
    if (at <= now) throw new Invalid('schedule_in_past', { at })
    return { status: 'scheduled', scheduledAt: at }
  }
  if (publishedAt === undefined) return { status: 'draft' }
  const at = parseTimestamp(publishedAt)
  if (!at) throw new Invalid('invalid_date', { value: publishedAt })
  // A future time would go live with no job behind it and skip the workflow: schedule it instead.
  if (at > now) throw new Invalid('import_published_in_future', { at })
  return { status: 'published', publishedAt: at }
}

/** The version's last-change time: the other system's, if it is a valid time no later than now. */
function changedAt(updatedAt: string | undefined, now: string): string {
  const at = updatedAt === undefined ? undefined : parseTimestamp(updatedAt)
  return at && at <= now ? at : now
}

export type StoryImporter = ReturnType<typeof createStoryImporter>
