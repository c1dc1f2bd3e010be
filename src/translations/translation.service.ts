import type { Kysely } from 'kysely'
import { checkLocale } from '../checks.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.js'
import type { EventBus } from '../events.js'
import { isReservedPageSlug } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import { mayUseLocale } from '../shared/permissions.js'
import type { Actor } from '../shared/roles.js'
import { insertNewVersion } from '../stories/new-version.js'
import { findStory, findStoryKind } from '../stories/story.repository.js'
import type { StoryVersion } from '../stories/story.types.js'
import { findVersion } from '../stories/version.repository.js'
import type { ContentInput } from '../stories/version-content.js'
import { recordAudit } from '../users/audit.repository.js'
import { authorize } from '../users/permissions.js'
import { findOutdatedTranslations, type OutdatedTranslation } from './translation.repository.js'

export interface TranslationDeps {
  db: Kysely<DB>
  events: EventBus
  site: LocaleSettings
  clock: Clock
}

export interface CreateTranslation extends ContentInput {
  storyId: string
  sourceLocale: string
  targetLocale: string
}

/** Translations: versions that know which source version and revision they were made from. */
export function createTranslationService({ db, events, site, clock }: TranslationDeps) {
  return {
    /**
     * Starts a translation from another language's version. Content left out is copied from the
     * source, so the translator works over the original; the source revision is recorded.
     */
    async createTranslation(input: CreateTranslation, actor: Actor): Promise<StoryVersion> {
      authorize(actor, 'translation.edit')
      if (!mayUseLocale(actor, input.targetLocale)) {
        throw new Forbidden('forbidden_action', { role: actor.role, action: `translation.edit (${input.targetLocale})` })
      }
      checkLocale(site, input.sourceLocale)
      checkLocale(site, input.targetLocale)
      if (input.sourceLocale === input.targetLocale) throw new Invalid('translation_same_locale', { locale: input.sourceLocale })
      const at = toTimestamp(clock())
      const version = await db.transaction().execute(async (trx) => {
        const source = await findVersion(trx, input.storyId, input.sourceLocale)
        if (!source) {
          if (!(await findStory(trx, input.storyId))) {
            throw new NotFound('story_not_found', { id: input.storyId })
          }
          throw new NotFound('source_version_not_found', { locale: input.sourceLocale })
        }
        if (await findVersion(trx, input.storyId, input.targetLocale)) throw new Conflict('version_exists', { locale: input.targetLocale })
        const v = await insertNewVersion(
          trx,
          {
            storyId: input.storyId,
            locale: input.targetLocale,
            headline: input.headline ?? source.headline,
            ...(input.slug !== undefined && { slug: input.slug }),
            lead: input.lead ?? source.lead,
            body: input.body ?? source.body,
            seoTitle: input.seoTitle ?? '',
            seoDescription: input.seoDescription ?? '',
            sourceLocale: source.locale,
            ...((await findStoryKind(trx, input.storyId)) === 'page' && { reservedSlug: (slug: string) => isReservedPageSlug(site, slug) }),
            sourceRevision: source.liveRevision, // translations follow the text readers see, not an edit awaiting approval
          },
          at,
          actor.userId,
        )
        await recordAudit(trx, actor, at, {
          action: 'translation.create',
          entityType: 'story_version',
          entityId: v.id,
          details: { storyId: input.storyId, locale: input.targetLocale, sourceLocale: source.locale, sourceRevision: source.liveRevision },
        })
        return v
      })
      events.emit('translation.created', { storyId: version.storyId, locale: version.locale, sourceLocale: input.sourceLocale })
      return version
    },

    /** Translations whose source has been saved since they were made or last brought up to date, in the languages the actor translates. */
    async listOutdatedTranslations(filter: { locale?: string; storyId?: string }, actor: Actor): Promise<OutdatedTranslation[]> {
      authorize(actor, 'translation.edit')
      if (filter.locale) checkLocale(site, filter.locale)
      return (await findOutdatedTranslations(db, filter)).filter((t) => mayUseLocale(actor, t.locale))
    },
  }
}

export type TranslationService = ReturnType<typeof createTranslationService>
