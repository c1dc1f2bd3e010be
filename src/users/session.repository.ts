import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { UserRow } from './user.table.js'

export interface SessionWithUser {
  id: string
  createdAt: string
  lastSeenAt: string
  expiresAt: string
  user: UserRow
}

export async function insertSession(
  db: Kysely<DB>,
  s: { id: string; userId: string; at: string; expiresAt: string; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      created_at: s.at,
      last_seen_at: s.at,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute()
}

/** A session by the hash of its token, with its user. */
export async function findSession(db: Kysely<DB>, id: string): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.id as session_id', 'sessions.created_at as session_created_at', 'sessions.last_seen_at', 'sessions.expires_at'])
    .where('sessions.id', '=', id)
    .executeTakeFirst()
  if (!row) return undefined
  const { session_id, session_created_at, last_seen_at, expires_at, ...user } = row
  return { id: session_id, createdAt: session_created_at, lastSeenAt: last_seen_at, expiresAt: expires_at, user }
}

export async function touchSession(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute()
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute()
}

export async function deleteSessionsOfUser(db: Kysely<DB>, userId: string, exceptSessionId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId)
  if (exceptSessionId !== undefined) q = q.where('id', '!=', exceptSessionId)
  await q.execute()
}
