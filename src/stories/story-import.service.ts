import type { Kysely } from 'kysely'
import { checkLocale } from '../checks.js'
import type { DB } from '../db/schema.js'
import { type Clock, parseTimestamp, toTimestamp } from '../db/time.js'
import { Conflict, Invalid } from '../errors.js'
import type { EventBus } from '../events.js'
import { newId } from '../ids.js'
import type { LocaleSettings } from '../shared/locales.js'
import type { Actor } from '../shared/roles.js'
import { recordAudit } from '../users/audit.repository.js'
import { type NewVersionState, writeNewVersion } from './new-version.js'
import * as stories from './story.repository.js'
import { checkStoryReferences, type StoryReferences } from './story-references.js'
import type { ContentInput } from './version-content.js'

export interface ImportedVersion extends ContentInput {
  locale: string
  headline: string
  /** When it went live (ISO 8601, not in the future); without it the version arrives as a draft. */
  publishedAt?: string
  /** The language it was translated from: a version listed before it in the same story. */
  sourceLocale?: string
}

export interface ImportedStory extends StoryReferences {
  isBreaking?: boolean
  isImportant?: boolean
  versions: readonly ImportedVersion[]
}

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
     */
    async importStories(batch: readonly ImportedStory[], actor: Actor): Promise<string[]> {
      const at = toTimestamp(clock())
      const ids = await db.transaction().execute(async (trx) => {
        const ids: string[] = []
        for (const story of batch) ids.push(await importStory(trx, story, actor, at))
        return ids
      })
      if (ids.length) events.emit('stories.imported', { storyIds: ids })
      return ids
    },
  }

  async function importStory(trx: Kysely<DB>, input: ImportedStory, actor: Actor, at: string): Promise<string> {
    const first = input.versions[0]
    if (!first) throw new Invalid('import_story_without_versions')
    await checkStoryReferences(trx, input)
    const id = newId()
    const sectionId = input.sectionId ?? null
    await stories.insertStory(trx, {
      id,
      createdBy: actor.userId,
      at,
      sectionId,
      leadMediaId: input.leadMediaId ?? null,
      isBreaking: input.isBreaking ?? false,
      isImportant: input.isImportant ?? false,
    })
    await stories.replaceStoryTopics(trx, id, input.topicIds ?? [])
    await stories.replaceStoryAuthors(trx, id, input.authorIds ?? [])
    const done = new Set<string>()
    for (const v of input.versions) {
      checkLocale(site, v.locale)
      if (done.has(v.locale)) throw new Conflict('version_exists', { locale: v.locale })
      if (v.sourceLocale !== undefined) {
        if (v.sourceLocale === v.locale) throw new Invalid('translation_same_locale', { locale: v.locale })
        if (!done.has(v.sourceLocale)) throw new Invalid('import_source_missing', { locale: v.locale, source: v.sourceLocale })
      }
      const { publishedAt, sourceLocale, ...content } = v
      const version = {
        ...content,
        storyId: id,
        // Every imported version is at revision 1, so a translation was made from its source's first revision.
        ...(sourceLocale !== undefined && { sourceLocale, sourceRevision: 1 }),
      }
      await writeNewVersion(trx, version, at, actor.userId, importedState(publishedAt, at), sectionId)
      done.add(v.locale)
    }
    await recordAudit(trx, actor, at, {
      action: 'story.import',
      entityType: 'story',
      entityId: id,
      details: { locales: [...done] },
    })
    return id
  }
}

function importedState(publishedAt: string | undefined, now: string): NewVersionState {
  if (publishedAt === undefined) return { status: 'draft' }
  const at = parseTimestamp(publishedAt)
  if (!at) throw new Invalid('invalid_date', { value: publishedAt })
  // A future time would go live with no job behind it and skip the workflow: schedule it instead.
  if (at > now) throw new Invalid('import_published_in_future', { at })
  return { status: 'published', publishedAt: at }
}

export type StoryImporter = ReturnType<typeof createStoryImporter>
