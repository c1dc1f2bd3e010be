import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

/** Every stored file of a batch of media, in id order after `afterId`: the original, then each variant. */
export async function listMediaFiles(db: Kysely<DB>, afterId: string, limit: number): Promise<{ id: string; keys: string[] }[]> {
  const rows = await db
    .selectFrom('media')
    .select(['id', 'storage_key', 'variants'])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ id: r.id, keys: [r.storage_key, ...(JSON.parse(r.variants) as { key: string }[]).map((v) => v.key)] }))
}

export async function countMedia(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('media')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
