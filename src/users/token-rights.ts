import { PERMISSIONS } from '../shared/permissions.js'
import { ROLES, type Role } from '../shared/roles.js'

const covers = (wider: Role, narrower: Role) => PERMISSIONS[narrower].every((action) => PERMISSIONS[wider].includes(action))

/**
 * The role that allows nothing either role doesn't: the narrower of the two when one covers the
 * other, else the widest role both cover (an author and a translator share no role: undefined).
 * Worked out from the permission table, so it follows any change to it.
 */
export function lesserRole(a: Role, b: Role): Role | undefined {
  if (covers(b, a)) return a
  if (covers(a, b)) return b
  const common = ROLES.filter((r) => covers(a, r) && covers(b, r))
  return common.sort((x, y) => PERMISSIONS[y].length - PERMISSIONS[x].length)[0]
}

/** The languages both lists allow ([] is every language); undefined when they share none. */
export function lesserLocales(a: readonly string[], b: readonly string[]): string[] | undefined {
  if (a.length === 0) return [...b]
  if (b.length === 0) return [...a]
  const both = a.filter((l) => b.includes(l))
  return both.length > 0 ? both : undefined
}
