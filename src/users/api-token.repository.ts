import type { Insertable, Kysely, Selectable } from 'kysely'
import type { DB } from '../db/schema.js'
import type { ApiTokenTable } from './user.table.js'

/** A token by its hash, with what its creator's account is now (null fields: no such account). */
export async function findTokenWithCreator(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .leftJoin('users', 'users.id', 'api_tokens.created_by')
    .selectAll('api_tokens')
    .select(['users.role as creator_role', 'users.locales as creator_locales', 'users.disabled_at as creator_disabled_at'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst()
}

/** Who made a token (null: nobody we know of). */
export async function findTokenCreator(db: Kysely<DB>, tokenId: string): Promise<string | null> {
  const row = await db.selectFrom('api_tokens').select('created_by').where('id', '=', tokenId).executeTakeFirst()
  return row?.created_by ?? null
}

/** Revokes every live token the user made; returns their ids. */
export async function revokeTokensOfUser(db: Kysely<DB>, userId: string, at: string): Promise<string[]> {
  const rows = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('created_by', '=', userId)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

export async function insertToken(db: Kysely<DB>, row: Insertable<ApiTokenTable>): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute()
}

export async function listTokenRows(db: Kysely<DB>): Promise<Selectable<ApiTokenTable>[]> {
  return db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').execute()
}

/** Revokes a token not yet revoked; false when there is no such token (or it was revoked already). */
export async function revokeToken(db: Kysely<DB>, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return r.numUpdatedRows === 1n
}

export async function markTokenUsed(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute()
}
