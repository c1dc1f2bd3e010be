import { Forbidden } from '../errors.js'
import { may, mayUseLocale } from '../shared/permissions.js'
import type { Actor } from '../shared/roles.js'
import type { VersionStatus } from '../shared/workflow.js'
import { authorize } from '../users/permissions.js'
import type { Story, StoryVersion } from './story.types.js'

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
  version: Pick<StoryVersion, 'locale' | 'sourceLocale' | 'status'>,
  to: VersionStatus,
): void {
  authorizeEdit(actor, story, version)
  // Calling off a scheduled publication (or moving its time) decides what readers will see: publishing.
  if (version.status === 'scheduled') authorize(actor, 'story.publish')
  if (to === 'in_review') authorize(actor, 'story.submit')
  if (to === 'scheduled' || to === 'published') authorize(actor, 'story.publish')
  if (to === 'unpublished') authorize(actor, 'story.unpublish')
}

/** Live: readers see the version, or will at a set time without anyone acting again. */
export const isLive = (v: Pick<StoryVersion, 'status'>): boolean => v.status === 'published' || v.status === 'scheduled'

/**
 * Changing what readers see is publishing (docs/decisions/011-live-edits.md): only whoever could
 * publish a version — the check a move to `published` makes — may change its live text, approve or
 * discard an edit waiting on it. Others' saves of a live version wait for them as pending text.
 */
export const mayChangeLive = (
  actor: Actor,
  story: Pick<Story, 'createdBy'>,
  version: Pick<StoryVersion, 'locale' | 'sourceLocale'>,
): boolean => mayEditVersion(actor, story, version) && may(actor, 'story.publish')

/** Approving or discarding an edit that waits on a live version. */
export function authorizePendingReview(
  actor: Actor,
  story: Pick<Story, 'createdBy'>,
  version: Pick<StoryVersion, 'locale' | 'sourceLocale'>,
): void {
  if (!mayChangeLive(actor, story, version)) {
    throw new Forbidden('pending_review_forbidden', { role: actor.role, locale: version.locale })
  }
}

type VersionScope = Pick<StoryVersion, 'locale' | 'sourceLocale' | 'status'>

/**
 * Who may change what all languages share (section, tags, authors, lead image, flags): whoever may
 * edit the story's original version (a translator never may: the original is no translation) —
 * and, once any version is live, only if they may publish every live one, as the change shows at
 * once on every live page.
 */
export function maySetSharedFields(actor: Actor, story: Pick<Story, 'createdBy'>, versions: readonly VersionScope[]): boolean {
  return mayEditOriginal(actor, story, versions) && mayChangeLiveStory(actor, versions)
}

function mayEditOriginal(actor: Actor, story: Pick<Story, 'createdBy'>, versions: readonly VersionScope[]): boolean {
  const original = versions.find((v) => v.sourceLocale === null) ?? versions[0]
  return original !== undefined && original.sourceLocale === null && mayEditVersion(actor, story, original)
}

const mayChangeLiveStory = (actor: Actor, versions: readonly VersionScope[]): boolean =>
  versions.every((v) => !isLive(v) || (may(actor, 'story.publish') && mayUseLocale(actor, v.locale)))

export function authorizeSharedFields(actor: Actor, story: Pick<Story, 'createdBy'>, versions: readonly VersionScope[]): void {
  if (!mayEditOriginal(actor, story, versions)) {
    throw new Forbidden('forbidden_action', { role: actor.role, action: 'story.edit (shared fields)' })
  }
  if (!mayChangeLiveStory(actor, versions)) throw new Forbidden('story_live_needs_editor')
}
