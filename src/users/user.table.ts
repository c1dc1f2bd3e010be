import type { Generated, Insertable, Selectable, Updateable } from 'kysely'

export interface UserTable {
  id: string
  email: string
  name: string
  role: string
  locales: Generated<string>
  password_hash: string
  disabled_at: string | null
  created_at: string
  updated_at: string
}
export type UserRow = Selectable<UserTable>
export type NewUserRow = Insertable<UserTable>
export type UserUpdate = Updateable<UserTable>

export interface SessionTable {
  id: string
  user_id: string
  created_at: string
  last_seen_at: string
  expires_at: string
  ip: string | null
  user_agent: string | null
}

export interface AuditLogTable {
  id: string
  at: string
  user_id: string | null
  action: string
  entity_type: string
  entity_id: string
  details: Generated<string>
}

export interface ApiTokenTable {
  id: string
  name: string
  token_hash: string
  role: string
  locales: Generated<string>
  created_by: string | null
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

/** Attempts (sign-ins, current-password checks) under one throttle key in its current window. */
export interface LoginAttemptTable {
  key: string
  attempts: number
  window_ends_at: string
}

export interface ContentKeyTable {
  id: string
  name: string
  key_hash: string
  created_by: string | null
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}
