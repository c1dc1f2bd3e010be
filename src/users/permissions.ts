import { Forbidden } from '../errors.js'
import type { Actor, Role } from './roles.js'

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
  'audit.read',
] as const
export type Action = (typeof ACTIONS)[number]

/**
 * The one permission table. Routes ask `authorize(actor, action)`; tests iterate over this table.
 * Translators' language limits and authors' own-story limits are checked on the resource too.
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
    'audit.read',
  ],
  author: ['story.create', 'story.edit_own', 'story.submit', 'media.upload'],
  translator: ['translation.edit', 'story.submit'],
  contributor: ['story.create', 'story.edit_own'],
}

export const may = (actor: Actor, action: Action): boolean => PERMISSIONS[actor.role].includes(action)

/** Throws Forbidden unless the actor's role allows the action. */
export function authorize(actor: Actor, action: Action): void {
  if (!may(actor, action)) throw new Forbidden('forbidden_action', { role: actor.role, action })
}

/** Whether a translator (or anyone limited to some languages) may work in this one. */
export const mayUseLocale = (actor: Actor, locale: string): boolean => actor.locales.length === 0 || actor.locales.includes(locale)
