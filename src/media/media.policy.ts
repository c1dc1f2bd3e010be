import { Forbidden } from '../errors.js'
import { may } from '../shared/permissions.js'
import type { Actor } from '../shared/roles.js'
import type { Media } from './media.types.js'

/**
 * Who may change an image's captions, alt texts, credit, source and focal point: editors any
 * image; whoever uploaded one, their own, so an author can describe a picture in the same flow
 * that puts it into a story. Deleting stays with `media.manage`.
 */
export function mayEditMedia(actor: Actor, media: Pick<Media, 'createdBy'>): boolean {
  if (may(actor, 'media.manage')) return true
  return may(actor, 'media.upload') && media.createdBy !== null && media.createdBy === actor.userId
}

export function authorizeMediaEdit(actor: Actor, media: Pick<Media, 'createdBy'>): void {
  if (!mayEditMedia(actor, media)) throw new Forbidden('forbidden_action', { role: actor.role, action: 'media.manage' })
}
