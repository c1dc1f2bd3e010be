import type { Insertable, Kysely, Updateable } from 'kysely'
import type { DB } from '../db/schema.js'
import type { WebhookRow, WebhookTable } from './webhook.table.js'

export async function insertWebhook(db: Kysely<DB>, row: Insertable<WebhookTable>): Promise<void> {
  await db.insertInto('webhooks').values(row).execute()
}

export async function findWebhook(db: Kysely<DB>, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function listWebhookRows(db: Kysely<DB>): Promise<WebhookRow[]> {
  return db.selectFrom('webhooks').selectAll().orderBy('created_at').orderBy('id').execute()
}

/** Enabled webhooks sent this event. The list is short (a handful of endpoints), so it is filtered here. */
export async function findSubscribers(db: Kysely<DB>, event: string): Promise<WebhookRow[]> {
  const rows = await db.selectFrom('webhooks').selectAll().where('enabled', '=', 1).execute()
  return rows.filter((r) => r.events.split(',').includes(event))
}

export async function updateWebhook(db: Kysely<DB>, id: string, patch: Updateable<WebhookTable>): Promise<boolean> {
  const r = await db.updateTable('webhooks').set(patch).where('id', '=', id).executeTakeFirst()
  return r.numUpdatedRows === 1n
}

export async function deleteWebhook(db: Kysely<DB>, id: string): Promise<boolean> {
  const r = await db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst()
  return r.numDeletedRows === 1n
}

/** Whether any enabled webhook exists: without one, events cost nothing. */
export async function anyEnabledWebhook(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('webhooks').select('id').where('enabled', '=', 1).limit(1).executeTakeFirst()) !== undefined
}
