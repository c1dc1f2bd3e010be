import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

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
