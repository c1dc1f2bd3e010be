import type { Insertable, Kysely, Selectable } from 'kysely'
import type { DB } from '../db/schema.js'
import type { ContentKeyTable } from './user.table.js'

export type ContentKeyRow = Selectable<ContentKeyTable>

export async function insertContentKey(db: Kysely<DB>, row: Insertable<ContentKeyTable>): Promise<void> {
  await db.insertInto('content_keys').values(row).execute()
}

export async function listContentKeyRows(db: Kysely<DB>): Promise<ContentKeyRow[]> {
  return db.selectFrom('content_keys').selectAll().orderBy('created_at', 'desc').orderBy('id').execute()
}

export async function findContentKeyByHash(db: Kysely<DB>, keyHash: string): Promise<ContentKeyRow | undefined> {
  return db.selectFrom('content_keys').selectAll().where('key_hash', '=', keyHash).executeTakeFirst()
}

/** Revokes a key not yet revoked; false when there is no such key (or it was revoked already). */
export async function revokeContentKey(db: Kysely<DB>, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('content_keys')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return r.numUpdatedRows === 1n
}

export async function markContentKeyUsed(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable('content_keys').set({ last_used_at: at }).where('id', '=', id).execute()
}
