import { type Insertable, type Kysely, sql } from 'kysely'
import { type PackedText, packText, unpackText } from '../db/packed-text.js'
import type { DB } from '../db/schema.js'
import type { WebhookAttemptRow, WebhookAttemptTable, WebhookDeliveryRow, WebhookDeliveryTable } from './webhook.table.js'

export async function insertDelivery(db: Kysely<DB>, row: Insertable<WebhookDeliveryTable>): Promise<void> {
  await db.insertInto('webhook_deliveries').values(row).execute()
}

export async function findDelivery(db: Kysely<DB>, id: string): Promise<WebhookDeliveryRow | undefined> {
  return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function setDeliveryState(
  db: Kysely<DB>,
  id: string,
  state: { status: string; attempts?: number; next_attempt_at: string | null; updated_at: string },
): Promise<void> {
  await db.updateTable('webhook_deliveries').set(state).where('id', '=', id).execute()
}

export async function insertAttempt(db: Kysely<DB>, row: Insertable<WebhookAttemptTable>): Promise<void> {
  await db.insertInto('webhook_attempts').values(row).execute()
}

/** A page of an endpoint's deliveries, newest first, each with its tries. */
export async function listDeliveries(
  db: Kysely<DB>,
  webhookId: string,
  before: { createdAt: string; id: string } | undefined,
  limit: number,
): Promise<{ delivery: WebhookDeliveryRow; attempts: WebhookAttemptRow[] }[]> {
  let q = db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId)
  if (before) {
    q = q.where((eb) =>
      eb.or([eb('created_at', '<', before.createdAt), eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)])]),
    )
  }
  const deliveries = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
  if (deliveries.length === 0) return []
  const attempts = await db
    .selectFrom('webhook_attempts')
    .selectAll()
    .where(
      'delivery_id',
      'in',
      deliveries.map((d) => d.id),
    )
    .orderBy('at')
    .execute()
  return deliveries.map((delivery) => ({ delivery, attempts: attempts.filter((a) => a.delivery_id === delivery.id) }))
}

/** Forgets deliveries (and their tries) made before `before`: the log keeps 30 days. */
export async function deleteDeliveriesBefore(db: Kysely<DB>, before: string): Promise<void> {
  await db.deleteFrom('webhook_deliveries').where('created_at', '<', before).execute()
}

export async function findSnapshot(db: Kysely<DB>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('webhook_snapshots').select('body').where('key', '=', key).executeTakeFirst()
  return row && unpackText(row.body as PackedText)
}

export async function saveSnapshot(db: Kysely<DB>, key: string, body: string, at: string): Promise<void> {
  const packed = packText(db, body)
  await db
    .insertInto('webhook_snapshots')
    .values({ key, body: packed, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ body: packed, updated_at: at }))
    .execute()
}

export async function deleteSnapshot(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('webhook_snapshots').where('key', '=', key).execute()
}

/** Counts the try as made, if the delivery has made exactly `attempt` tries so far; false: another job got there first. */
/**
 * Takes over a try whose claim was made but never finished — the process died, or the database
 * dropped, between claiming and recording it — once it is older than any try can take. Returns
 * whether this caller now holds it (at most one does: the row's updated_at is compared and set).
 */
export async function resumeAbandonedTry(db: Kysely<DB>, id: string, attempts: number, staleBefore: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('webhook_deliveries')
    .set({ updated_at: at })
    .where('id', '=', id)
    .where('attempts', '=', attempts)
    .where('status', '=', 'sending')
    .where('updated_at', '<', staleBefore)
    .executeTakeFirst()
  return r.numUpdatedRows === 1n
}

export async function claimDeliveryTry(db: Kysely<DB>, id: string, attempt: number, at: string): Promise<boolean> {
  const r = await db
    .updateTable('webhook_deliveries')
    .set({ attempts: sql`attempts + 1`, status: 'sending', updated_at: at })
    .where('id', '=', id)
    .where('attempts', '=', attempt)
    .executeTakeFirst()
  return r.numUpdatedRows === 1n
}
