import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { newId } from '../ids.js'
import { enqueueJob } from '../jobs/job.repository.js'
import { insertDelivery } from './delivery.repository.js'
import { findSubscribers } from './webhook.repository.js'
import type { WebhookRow } from './webhook.table.js'

/** The job that makes one try of one delivery. */
export const DELIVER_JOB = 'webhook.deliver'

export interface DeliverJob {
  deliveryId: string
  /** The tries made before this one: a job whose delivery has moved on (redelivered, retried) does nothing. */
  attempt: number
}

/**
 * Queues an event for every enabled endpoint that wants it (or for one endpoint: a test), each
 * with a delivery id of its own in the body, for receivers to drop what they have seen. One
 * transaction: every endpoint gets it, or none does and the caller hears why.
 */
export async function queueEvent(
  db: Kysely<DB>,
  e: { event: string; object: unknown; previous?: Record<string, unknown>; at: string; only?: WebhookRow },
): Promise<string[]> {
  const endpoints = e.only ? [e.only] : await findSubscribers(db, e.event)
  if (endpoints.length === 0) return []
  const ids = endpoints.map(() => newId())
  await db.transaction().execute(async (trx) => {
    for (const [i, hook] of endpoints.entries()) {
      const id = ids[i] as string
      const payload = JSON.stringify({
        id,
        event: e.event,
        occurredAt: e.at,
        object: e.object,
        ...(e.previous && { previous: e.previous }),
      })
      await insertDelivery(trx, {
        id,
        webhook_id: hook.id,
        event: e.event,
        payload,
        status: 'pending',
        attempts: 0,
        next_attempt_at: e.at,
        created_at: e.at,
        updated_at: e.at,
      })
      await enqueueJob(trx, { kind: DELIVER_JOB, payload: { deliveryId: id, attempt: 0 } satisfies DeliverJob, runAt: e.at, at: e.at })
    }
  })
  return ids
}
