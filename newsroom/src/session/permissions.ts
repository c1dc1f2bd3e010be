import type { Role, User, VersionStatus } from '../api/types.js'

/**
 * What each role may do, mirrored from the server's one table (src/users/permissions.ts) so the
 * app shows only the controls that will work; the server still checks every request.
 * permissions.test.ts fails when the two tables drift apart.
 */
export const ROLE_ACTIONS: Readonly<Record<Role, readonly string[]>> = {
  admin: [
    'story.create',
    'story.edit_own',
    'story.edit_any',
    'story.submit',
    'story.publish',
    'story.unpublish',
    'translation.edit',
    'taxonomy.manage',
    'media.upload',
    'media.manage',
    'user.manage',
    'token.manage',
    'audit.read',
  ],
  editor: [
    'story.create',
    'story.edit_own',
    'story.edit_any',
    'story.submit',
    'story.publish',
    'story.unpublish',
    'translation.edit',
    'taxonomy.manage',
    'media.upload',
    'media.manage',
    'audit.read',
  ],
  author: ['story.create', 'story.edit_own', 'story.submit', 'media.upload'],
  translator: ['translation.edit', 'story.submit'],
  contributor: ['story.create', 'story.edit_own'],
}

/** The workflow's allowed moves, mirrored from src/stories/workflow.ts. */
export const TRANSITIONS: Readonly<Record<VersionStatus, readonly VersionStatus[]>> = {
  draft: ['in_review', 'scheduled', 'published'],
  in_review: ['draft', 'scheduled', 'published'],
  scheduled: ['draft', 'scheduled', 'published'],
  published: ['unpublished'],
  unpublished: ['draft', 'in_review', 'published'],
}

export const may = (user: User, action: string): boolean => ROLE_ACTIONS[user.role].includes(action)

/** The action a move needs besides edit rights, as the server's story policy (src/stories/story.policy.ts) asks. */
const ACTION_FOR: Record<VersionStatus, string | null> = {
  draft: null,
  in_review: 'story.submit',
  scheduled: 'story.publish',
  published: 'story.publish',
  unpublished: 'story.unpublish',
}

/** The moves this user may make from a version's current state. */
export function allowedMoves(user: User, status: VersionStatus): VersionStatus[] {
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
