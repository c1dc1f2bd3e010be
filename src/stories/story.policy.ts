import { Forbidden } from '../errors.js'
import { authorize, may, mayUseLocale } from '../users/permissions.js'
import type { Actor } from '../users/roles.js'
import type { Story, StoryVersion, VersionStatus } from './story.types.js'

/**
 * Who may change a version: editors any; authors and contributors their own stories; translators
 * translations in their languages.
 */
export function mayEditVersion(
  actor: Actor,
  story: Pick<Story, 'createdBy'>,
  version: Pick<StoryVersion, 'locale' | 'sourceLocale'>,
): boolean {
  if (may(actor, 'story.edit_any')) return mayUseLocale(actor, version.locale)
  if (version.sourceLocale && may(actor, 'translation.edit') && mayUseLocale(actor, version.locale)) return true
  return may(actor, 'story.edit_own') && story.createdBy !== null && story.createdBy === actor.userId
}

export function authorizeEdit(actor: Actor, story: Pick<Story, 'createdBy'>, version: Pick<StoryVersion, 'locale' | 'sourceLocale'>): void {
  if (!mayEditVersion(actor, story, version)) throw new Forbidden('forbidden_action', { role: actor.role, action: 'story.edit' })
}

/** Moving a version on needs edit rights, plus the right to submit, publish or withdraw. */
export function authorizeTransition(
  actor: Actor,
  story: Pick<Story, 'createdBy'>,
  version: Pick<StoryVersion, 'locale' | 'sourceLocale'>,
  to: VersionStatus,
): void {
  authorizeEdit(actor, story, version)
  if (to === 'in_review') authorize(actor, 'story.submit')
  if (to === 'scheduled' || to === 'published') authorize(actor, 'story.publish')
  if (to === 'unpublished') authorize(actor, 'story.unpublish')
}

/**
 * Who may change what all languages share (section, tags, authors, lead image, flags): whoever may
 * edit the story's original version. A translator never may: the original is no translation.
 */
export function maySetSharedFields(
  actor: Actor,
  story: Pick<Story, 'createdBy'>,
  versions: readonly Pick<StoryVersion, 'locale' | 'sourceLocale'>[],
): boolean {
  const original = versions.find((v) => v.sourceLocale === null) ?? versions[0]
  return original !== undefined && original.sourceLocale === null && mayEditVersion(actor, story, original)
}

export function authorizeSharedFields(
  actor: Actor,
  story: Pick<Story, 'createdBy'>,
  versions: readonly Pick<StoryVersion, 'locale' | 'sourceLocale'>[],
): void {
  if (!maySetSharedFields(actor, story, versions)) {
    throw new Forbidden('forbidden_action', { role: actor.role, action: 'story.edit (shared fields)' })
  }
}
