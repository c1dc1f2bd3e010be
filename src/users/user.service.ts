import type { Kysely } from 'kysely'
import { checkLength, checkLocale } from '../checks.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Conflict, Invalid, NotFound, RateLimited } from '../errors.js'
import { newId } from '../ids.js'
import type { LocaleSettings } from '../shared/locales.js'
import { type Actor, isRole, ROLES, type Role } from '../shared/roles.js'
import { revokeTokensOfUser } from './api-token.repository.js'
import { recordAudit } from './audit.repository.js'
import type { AttemptThrottle, ThrottleRule } from './login-throttle.js'
import { hashPassword, PASSWORD_MIN, verifyPassword } from './password.js'
import { authorize } from './permissions.js'
import { deleteSessionsOfUser } from './session.repository.js'
import {
  anotherEnabledAdminExists,
  findUserByEmail,
  findUserById,
  insertUser,
  listUserRows,
  toUser,
  updateUserRow,
} from './user.repository.js'
import type { UserRow, UserUpdate } from './user.table.js'
import type { User } from './user.types.js'

export interface UserDeps {
  db: Kysely<DB>
  site: LocaleSettings
  clock: Clock
  attempts: AttemptThrottle
  /** Wrong current passwords per account in PUT /session/password (a stolen session must not guess the password). */
  currentPasswordLimit: ThrottleRule
}

/** What an admin may change about an account (PUT /users/{id}); absent fields stay as they are. */
export interface UpdateUser {
  name?: string
  role?: string
  locales?: string[]
}

export interface CreateUser {
  email: string
  name: string
  role: string
  password: string
  locales?: string[]
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Newsroom accounts.
 *
 * The site never loses its last administrator: an admin cannot disable themself or take the admin
 * role from themself (another admin must), and nobody — another admin, an admin API token —
 * may disable or demote the last enabled admin. The check reads inside the transaction that
 * writes the change. (Two admins demoting each other in the same instant on Postgres could both
 * pass it under READ COMMITTED; SQLite serialises them. Rare enough to leave, and the CLI's
 * `vistka user` can always make a new admin.)
 */
export function createUserService({ db, site, clock, attempts, currentPasswordLimit }: UserDeps) {
  const cleanName = (raw: string) => {
    const name = checkLength('name', raw.trim(), 200)
    if (!name) throw new Invalid('user_name_required')
    return name
  }
  const cleanRole = (raw: string): Role => {
    if (!isRole(raw)) throw new Invalid('invalid_role', { role: raw, roles: ROLES.join(', ') })
    return raw
  }
  const cleanLocales = (raw: readonly string[]) => [...new Set(raw.map((l) => checkLocale(site, l)))]

  /** Refuses a change that would leave no enabled admin, or that an admin makes to lock themself out. */
  async function assertAdminsRemain(trx: Kysely<DB>, target: UserRow, actor: Actor, selfKey: 'cannot_disable_self' | 'cannot_demote_self') {
    if (actor.userId === target.id) throw new Conflict(selfKey)
    if (target.role !== 'admin' || target.disabled_at) return
    if (!(await anotherEnabledAdminExists(trx, target.id))) throw new Conflict('last_admin')
  }

  return {
    /** Adds a user with an argon2id password hash; the email is unique, case-insensitively. */
    async createUser(input: CreateUser, actor: Actor): Promise<User> {
      authorize(actor, 'user.manage')
      const email = input.email.trim().toLowerCase()
      if (!EMAIL.test(email) || email.length > 254) throw new Invalid('invalid_email', { email: input.email })
      const name = cleanName(input.name)
      const role = cleanRole(input.role)
      if (input.password.length < PASSWORD_MIN) throw new Invalid('password_too_short', { min: PASSWORD_MIN })
      checkLength('password', input.password, 1024)
      const locales = cleanLocales(input.locales ?? [])
      const passwordHash = await hashPassword(input.password)
      const at = toTimestamp(clock())
      const id = newId()
      await db.transaction().execute(async (trx) => {
        if (await findUserByEmail(trx, email)) throw new Conflict('user_email_taken', { email })
        await insertUser(trx, {
          id,
          email,
          name,
          role,
          locales: locales.join(','),
          password_hash: passwordHash,
          created_at: at,
          updated_at: at,
        })
        await recordAudit(trx, actor, at, { action: 'user.create', entityType: 'user', entityId: id, details: { role } })
      })
      return toUser((await findUserByEmail(db, email))!)
    },

    async listUsers(actor: Actor): Promise<User[]> {
      authorize(actor, 'user.manage')
      return (await listUserRows(db)).map(toUser)
    },

    /**
     * Changes a user's own password after checking the current one; every other session of the
     * user ends (a stolen session doesn't survive a password change). Guesses of the current
     * password are limited per account, counted before the check as sign-ins are.
     */
    async changePassword(
      input: { userId: string; currentPassword: string; newPassword: string; keepSessionId: string },
      actor: Actor,
    ): Promise<void> {
      const row = await findUserById(db, input.userId)
      if (!row) throw new NotFound('user_not_found', { id: input.userId })
      const attempt = await attempts.begin([{ key: `current-password:${row.id}`, rule: currentPasswordLimit, clearOnSuccess: true }])
      if (attempt.retryAfter > 0) throw new RateLimited('current_password_rate_limited', { seconds: attempt.retryAfter })
      if (!(await verifyPassword(row.password_hash, input.currentPassword))) throw new Invalid('current_password_wrong')
      await attempt.succeeded()
      if (input.newPassword.length < PASSWORD_MIN) throw new Invalid('password_too_short', { min: PASSWORD_MIN })
      checkLength('password', input.newPassword, 1024)
      const hash = await hashPassword(input.newPassword)
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        await updateUserRow(trx, row.id, { password_hash: hash, updated_at: at })
        await deleteSessionsOfUser(trx, row.id, input.keepSessionId)
        await recordAudit(trx, actor, at, { action: 'user.password_change', entityType: 'user', entityId: row.id })
      })
    },

    /**
     * Changes an account's name, role or languages (empty: all languages). The change applies
     * to the person's next request: sessions read the account afresh each time.
     */
    async updateUser(id: string, input: UpdateUser, actor: Actor): Promise<User> {
      authorize(actor, 'user.manage')
      if (input.name === undefined && input.role === undefined && input.locales === undefined) throw new Invalid('user_change_empty')
      const name = input.name === undefined ? undefined : cleanName(input.name)
      const role = input.role === undefined ? undefined : cleanRole(input.role)
      const locales = input.locales === undefined ? undefined : cleanLocales(input.locales)
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        const row = await findUserById(trx, id)
        if (!row) throw new NotFound('user_not_found', { id })
        if (role !== undefined && role !== 'admin' && row.role === 'admin') await assertAdminsRemain(trx, row, actor, 'cannot_demote_self')
        const patch: UserUpdate = {
          updated_at: at,
          ...(name !== undefined && { name }),
          ...(role !== undefined && { role }),
          ...(locales !== undefined && { locales: locales.join(',') }),
        }
        await updateUserRow(trx, id, patch)
        const details = { ...(role !== undefined && role !== row.role && { from: row.role, role }), ...(locales && { locales }) }
        await recordAudit(trx, actor, at, { action: 'user.update', entityType: 'user', entityId: id, details })
      })
      return toUser((await findUserById(db, id))!)
    },

    /**
     * Disables an account; its sessions end and the API tokens it made are revoked at once, in
     * the same transaction. Never the caller's own, nor the last admin.
     */
    async disableUser(id: string, actor: Actor): Promise<User> {
      authorize(actor, 'user.manage')
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        const row = await findUserById(trx, id)
        if (!row) throw new NotFound('user_not_found', { id })
        await assertAdminsRemain(trx, row, actor, 'cannot_disable_self')
        await updateUserRow(trx, id, { disabled_at: at, updated_at: at })
        await deleteSessionsOfUser(trx, id)
        await recordAudit(trx, actor, at, { action: 'user.disable', entityType: 'user', entityId: id })
        for (const tokenId of await revokeTokensOfUser(trx, id, at)) {
          const details = { reason: 'creator_disabled', userId: id }
          await recordAudit(trx, actor, at, { action: 'token.revoke', entityType: 'api_token', entityId: tokenId, details })
        }
      })
      return toUser((await findUserById(db, id))!)
    },

    /** Lets a disabled account sign in again (with its old password); enabling an enabled one changes nothing. */
    async enableUser(id: string, actor: Actor): Promise<User> {
      authorize(actor, 'user.manage')
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        const row = await findUserById(trx, id)
        if (!row) throw new NotFound('user_not_found', { id })
        if (!row.disabled_at) return
        await updateUserRow(trx, id, { disabled_at: null, updated_at: at })
        await recordAudit(trx, actor, at, { action: 'user.enable', entityType: 'user', entityId: id })
      })
      return toUser((await findUserById(db, id))!)
    },
  }
}

export type UserService = ReturnType<typeof createUserService>
