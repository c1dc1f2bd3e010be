import { type Action, PERMISSIONS } from '../../../src/shared/permissions.js'
import { TRANSITIONS } from '../../../src/shared/workflow.js'
import type { User, VersionStatus } from '../api/types.js'

/**
 * What each role may do and the workflow's moves are the server's own tables
 * (src/users/permissions.ts, src/stories/workflow.ts), bundled into the app so it shows only the
 * controls that will work; the server still checks every request.
 */
export const may = (user: User, action: Action): boolean => PERMISSIONS[user.role].includes(action)

/** The action a move needs besides edit rights, as the server's story policy (src/stories/story.policy.ts) asks. */
const ACTION_FOR: Record<VersionStatus, Action | null> = {
  draft: null,
  in_review: 'story.submit',
  scheduled: 'story.publish',
  published: 'story.publish',
  unpublished: 'story.unpublish',
}

/** The moves this user may make from a version's current state. */
export function allowedMoves(user: User, status: VersionStatus): VersionStatus[] {
  if (status === 'scheduled' && !may(user, 'story.publish')) return [] // calling off a publication is publishing
  return TRANSITIONS[status].filter((to) => {
    const action = ACTION_FOR[to]
    return action === null || may(user, action)
  })
}

/**
 * Whether the user may change this version, as src/stories/story.policy.ts decides: editors any
 * (in their languages), translators translations in their languages, authors and contributors
 * their own stories. Others get the editor read-only.
 */
export function mayEditVersion(
  user: User,
  story: { createdBy: string | null },
  version: { locale: string; sourceLocale: string | null },
): boolean {
  const inLocale = user.locales.length === 0 || user.locales.includes(version.locale)
  if (may(user, 'story.edit_any')) return inLocale
  if (version.sourceLocale && may(user, 'translation.edit') && inLocale) return true
  return may(user, 'story.edit_own') && story.createdBy !== null && story.createdBy === user.id
}

/** Whether the user may change an image's texts, credit, source and focal point, as src/media/media.policy.ts decides. */
export const mayEditMedia = (user: User, media: { createdBy: string | null }): boolean =>
  may(user, 'media.manage') || (may(user, 'media.upload') && media.createdBy !== null && media.createdBy === user.id)

/** Live: readers see the version, or will at a set time. */
export const isLive = (status: VersionStatus): boolean => status === 'published' || status === 'scheduled'

/**
 * Whether the user's changes of a live version go live, and whether they may approve or discard
 * another's, as src/stories/story.policy.ts (mayChangeLive) decides: changing what readers see is
 * publishing. Others' saves of a live version wait for approval.
 */
export const mayChangeLive = (user: User, story: { createdBy: string | null }, version: { locale: string; sourceLocale: string | null }) =>
  mayEditVersion(user, story, version) && may(user, 'story.publish')

type VersionScope = { locale: string; sourceLocale: string | null; status: VersionStatus }

/** Whether the user may edit the story's original version, which decides the shared fields of a draft story. */
export function mayEditOriginal(user: User, story: { createdBy: string | null }, versions: readonly VersionScope[]): boolean {
  const original = versions.find((v) => v.sourceLocale === null)
  return original !== undefined && mayEditVersion(user, story, original)
}

/** Whether the user may publish every live version, as changing a live story's shared fields needs. */
export const mayChangeLiveStory = (user: User, versions: readonly VersionScope[]): boolean =>
  versions.every((v) => !isLive(v.status) || (may(user, 'story.publish') && (user.locales.length === 0 || user.locales.includes(v.locale))))

/**
 * Whether the user may change what all languages share, as src/stories/story.policy.ts decides:
 * whoever may edit the story's original version (so never a translator), and once any version is
 * live, only if they may publish every live one.
 */
export const mayEditSharedFields = (user: User, story: { createdBy: string | null }, versions: readonly VersionScope[]): boolean =>
  mayEditOriginal(user, story, versions) && mayChangeLiveStory(user, versions)
