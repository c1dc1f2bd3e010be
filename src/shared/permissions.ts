import { type Actor, ROLES, type Role } from './roles.js'

/** Everything the newsroom can do that a role may or may not allow. */
export const ACTIONS = [
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
  /** Content API keys and webhooks: what outside systems may read and are told. */
  'integration.manage',
  /** Old addresses that answer 301 (a moved site's permalinks, and those editors add). */
  'redirect.manage',
  'audit.read',
] as const
export type Action = (typeof ACTIONS)[number]

/**
 * The one permission table. Services ask `authorize(actor, action)` (users/permissions.ts); tests iterate over this table.
 * Translators' language limits and authors' own-story limits are checked on the resource too.
 *
 * Changing what readers see is publishing (docs/decisions/011-live-edits.md): `story.publish` also
 * decides who may change a live (published or scheduled) version's text, approve or discard an edit
 * waiting on one, and change the shared fields (section, topics, authors, lead image, flags) of a
 * story with any live version — on the versions they may edit, in their languages. Everyone else
 * who may edit a live version saves a pending revision that waits for approval; readers keep the
 * live text until then. See story.policy.ts (mayChangeLive, maySetSharedFields).
 */
export const PERMISSIONS: Readonly<Record<Role, readonly Action[]>> = {
  admin: ACTIONS,
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
    'redirect.manage',
    'audit.read',
  ],
  author: ['story.create', 'story.edit_own', 'story.submit', 'media.upload'],
  translator: ['translation.edit', 'story.submit'],
  contributor: ['story.create', 'story.edit_own'],
}

/** The roles whose edits of live content go live (the rest wait for their approval). */
export const PUBLISHERS: readonly Role[] = ROLES.filter((role) => PERMISSIONS[role].includes('story.publish'))

export const may = (actor: Actor, action: Action): boolean => PERMISSIONS[actor.role].includes(action)

/** Whether a translator (or anyone limited to some languages) may work in this one. */
export const mayUseLocale = (actor: Actor, locale: string): boolean => actor.locales.length === 0 || actor.locales.includes(locale)
