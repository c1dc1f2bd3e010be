export const ROLES = ['admin', 'editor', 'author', 'translator', 'contributor'] as const
export type Role = (typeof ROLES)[number]
export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value)

/** Who is doing something: a signed-in user, or the system itself (jobs, seeding). */
export interface Actor {
  readonly userId: string | null
  readonly role: Role
  /** Languages a translator may work in; empty means all. */
  readonly locales: readonly string[]
  /** Set when an integration acts through an API token, so the audit log names it. */
  readonly tokenId?: string
}

export const systemActor: Actor = Object.freeze({ userId: null, role: 'admin', locales: [] })
