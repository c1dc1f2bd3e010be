import { Forbidden } from '../errors.js'
import { type Action, may } from '../shared/permissions.js'
import type { Actor } from '../shared/roles.js'

/** Throws Forbidden unless the actor's role allows the action (the table: shared/permissions.ts). */
export function authorize(actor: Actor, action: Action): void {
  if (!may(actor, action)) throw new Forbidden('forbidden_action', { role: actor.role, action })
}
