import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Conflict, Invalid, NotFound } from '../errors.js'
import { newId } from '../ids.js'
import { checkLength, checkLocale } from '../locales.js'
import type { LocaleSettings } from '../site/urls.js'
import { recordAudit } from './audit.repository.js'
import { hashPassword, PASSWORD_MIN, verifyPassword } from './password.js'
import { type Actor, isRole, ROLES, type Role } from './roles.js'
import { deleteSessionsOfUser } from './session.repository.js'
import { findUserByEmail, findUserById, insertUser, toUser } from './user.repository.js'
import type { User } from './user.types.js'

export interface UserDeps {
  db: Kysely<DB>
  site: LocaleSettings
  clock: Clock
}

export interface CreateUser {
  email: string
  name: string
  role: string
  password: string
  locales?: string[]
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Newsroom accounts. */
export function createUserService({ db, site, clock }: UserDeps) {
  return {
    /** Adds a user with an argon2id password hash; the email is unique, case-insensitively. */
    async createUser(input: CreateUser, actor: Actor): Promise<User> {
      const email = input.email.trim().toLowerCase()
      if (!EMAIL.test(email) || email.length > 254) throw new Invalid('invalid_email', { email: input.email })
      const name = checkLength('name', input.name.trim(), 200)
      if (!name) throw new Invalid('name_required', { locale: site.defaultLocale })
      if (!isRole(input.role)) throw new Invalid('invalid_role', { role: input.role, roles: ROLES.join(', ') })
      const role: Role = input.role
      if (input.password.length < PASSWORD_MIN) throw new Invalid('password_too_short', { min: PASSWORD_MIN })
      checkLength('password', input.password, 1024)
      const locales = (input.locales ?? []).map((l) => checkLocale(site, l))
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

    async listUsers(): Promise<User[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('email').execute()
      return rows.map(toUser)
    },

    /**
     * Changes a user's own password after checking the current one; every other session of the
     * user ends (a stolen session doesn't survive a password change).
     */
    async changePassword(
      input: { userId: string; currentPassword: string; newPassword: string; keepSessionId: string },
      actor: Actor,
    ): Promise<void> {
      const row = await findUserById(db, input.userId)
      if (!row) throw new NotFound('user_not_found', { id: input.userId })
      if (!(await verifyPassword(row.password_hash, input.currentPassword))) throw new Invalid('current_password_wrong')
      if (input.newPassword.length < PASSWORD_MIN) throw new Invalid('password_too_short', { min: PASSWORD_MIN })
      checkLength('password', input.newPassword, 1024)
      const hash = await hashPassword(input.newPassword)
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ password_hash: hash, updated_at: at }).where('id', '=', row.id).execute()
        await trx.deleteFrom('sessions').where('user_id', '=', row.id).where('id', '!=', input.keepSessionId).execute()
        await recordAudit(trx, actor, at, { action: 'user.password_change', entityType: 'user', entityId: row.id })
      })
    },

    /** Disables an account; its sessions end at once, in the same transaction. */
    async disableUser(id: string, actor: Actor): Promise<User> {
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        if (!(await findUserById(trx, id))) throw new NotFound('user_not_found', { id })
        await trx.updateTable('users').set({ disabled_at: at, updated_at: at }).where('id', '=', id).execute()
        await deleteSessionsOfUser(trx, id)
        await recordAudit(trx, actor, at, { action: 'user.disable', entityType: 'user', entityId: id })
      })
      return toUser((await findUserById(db, id))!)
    },
  }
}

export type UserService = ReturnType<typeof createUserService>
