import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { Role } from '../shared/roles.js'
import type { NewUserRow, UserRow, UserUpdate } from './user.table.js'
import type { User } from './user.types.js'

export const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role as Role,
  locales: r.locales ? r.locales.split(',') : [],
  disabledAt: r.disabled_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export async function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst()
}

export async function findUserById(db: Kysely<DB>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertUser(db: Kysely<DB>, row: NewUserRow): Promise<void> {
  await db.insertInto('users').values(row).execute()
}

export async function countUsers(db: Kysely<DB>): Promise<number> {
  const { n } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(n)
}

/** Display names of these users, for showing who did something (a deleted user is simply absent). */
export async function findUserNames(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

export async function listUserRows(db: Kysely<DB>): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('email').execute()
}

/** Whether an enabled admin other than `exceptId` exists. */
export async function anotherEnabledAdminExists(db: Kysely<DB>, exceptId: string): Promise<boolean> {
  const other = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .where('id', '!=', exceptId)
    .executeTakeFirst()
  return other !== undefined
}

export async function updateUserRow(db: Kysely<DB>, id: string, patch: UserUpdate): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute()
}
