import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { checkLength } from '../checks.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Invalid, NotFound } from '../errors.js'
import { newId } from '../ids.js'
import { enqueueJob } from '../jobs/job.repository.js'
import { checkDestination } from '../outbound/destination.js'
import type { Actor } from '../shared/roles.js'
import { isWebhookEvent, WEBHOOK_EVENTS } from '../shared/webhook-events.js'
import { recordAudit } from '../users/audit.repository.js'
import { authorize } from '../users/permissions.js'
import { findDelivery, listDeliveries, setDeliveryState } from './delivery.repository.js'
import { deleteWebhook, findWebhook, insertWebhook, listWebhookRows, updateWebhook } from './webhook.repository.js'
import type { WebhookAttemptRow, WebhookDeliveryRow, WebhookRow } from './webhook.table.js'
import { DELIVER_JOB, type DeliverJob, queueEvent } from './webhook-queue.js'

export interface Webhook {
  id: string
  url: string
  description: string
  events: string[]
  enabled: boolean
  /** Set when Vistka turned it off: `gone` (the receiver answered 410 Gone). */
  disabledReason: string | null
  createdAt: string
  updatedAt: string
}

export interface WebhookDelivery {
  id: string
  event: string
  status: string
  attempts: { at: string; statusCode: number | null; durationMs: number; error: string | null; responseExcerpt: string }[]
  nextAttemptAt: string | null
  createdAt: string
}

const toWebhook = (r: WebhookRow): Webhook => ({
  id: r.id,
  url: r.url,
  description: r.description,
  events: r.events.split(','),
  enabled: r.enabled === 1,
  disabledReason: r.disabled_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

const toDelivery = ({ delivery: d, attempts }: { delivery: WebhookDeliveryRow; attempts: WebhookAttemptRow[] }): WebhookDelivery => ({
  id: d.id,
  event: d.event,
  status: d.status,
  attempts: attempts.map((a) => ({
    at: a.at,
    statusCode: a.status_code,
    durationMs: a.duration_ms,
    error: a.error,
    responseExcerpt: a.response_excerpt,
  })),
  nextAttemptAt: d.next_attempt_at,
  createdAt: d.created_at,
})

export interface WebhookInput {
  url: string
  events: string[]
  description?: string
  enabled?: boolean
}

/** Webhooks: admins register endpoints, choose their events, read the delivery log, redeliver and send a test. */
export function createWebhookService({ db, clock, allowPrivate }: { db: Kysely<DB>; clock: Clock; allowPrivate: boolean }) {
  async function checkUrl(raw: string): Promise<string> {
    const url = checkLength('url', raw.trim(), 2000)
    const problem = await checkDestination(url, allowPrivate)
    if (problem?.problem === 'not_http') throw new Invalid('webhook_url_invalid')
    if (problem?.problem === 'unresolved') throw new Invalid('webhook_host_unresolved', { host: problem.host })
    if (problem?.problem === 'private') throw new Invalid('webhook_url_private', { host: problem.host, address: problem.address })
    return url
  }
  function checkEvents(events: string[]): string {
    const all = WEBHOOK_EVENTS.join(', ')
    const unknown = events.find((e) => !isWebhookEvent(e))
    if (unknown !== undefined) throw new Invalid('webhook_event_unknown', { event: unknown, events: all })
    if (events.length === 0) throw new Invalid('webhook_events_required', { events: all })
    return [...new Set(events)].join(',')
  }
  async function existing(id: string): Promise<WebhookRow> {
    const row = await findWebhook(db, id)
    if (!row) throw new NotFound('webhook_not_found', { id })
    return row
  }

  return {
    /** Registers an endpoint; the returned `secret` signs its deliveries and is never shown again. */
    async createWebhook(input: WebhookInput, actor: Actor): Promise<Webhook & { secret: string }> {
      authorize(actor, 'integration.manage')
      const url = await checkUrl(input.url)
      const events = checkEvents(input.events)
      const description = checkLength('description', (input.description ?? '').trim(), 500)
      const secret = `whsec_${randomBytes(24).toString('base64url')}`
      const id = newId()
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        await insertWebhook(trx, {
          id,
          url,
          description,
          events,
          secret,
          enabled: input.enabled === false ? 0 : 1,
          disabled_reason: null,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        })
        await recordAudit(trx, actor, at, { action: 'webhook.create', entityType: 'webhook', entityId: id, details: { url } })
      })
      return { ...toWebhook(await existing(id)), secret }
    },

    async listWebhooks(actor: Actor): Promise<Webhook[]> {
      authorize(actor, 'integration.manage')
      return (await listWebhookRows(db)).map(toWebhook)
    },

    async getWebhook(id: string, actor: Actor): Promise<Webhook> {
      authorize(actor, 'integration.manage')
      return toWebhook(await existing(id))
    },

    /** Changes what was given; turning an endpoint on again clears why Vistka had turned it off. */
    async updateWebhook(id: string, input: Partial<WebhookInput>, actor: Actor): Promise<Webhook> {
      authorize(actor, 'integration.manage')
      await existing(id)
      const at = toTimestamp(clock())
      const patch = {
        ...(input.url !== undefined && { url: await checkUrl(input.url) }),
        ...(input.events !== undefined && { events: checkEvents(input.events) }),
        ...(input.description !== undefined && { description: checkLength('description', input.description.trim(), 500) }),
        ...(input.enabled !== undefined && { enabled: input.enabled ? 1 : 0, disabled_reason: null }),
        updated_at: at,
      }
      await db.transaction().execute(async (trx) => {
        await updateWebhook(trx, id, patch)
        await recordAudit(trx, actor, at, { action: 'webhook.update', entityType: 'webhook', entityId: id })
      })
      return toWebhook(await existing(id))
    },

    /** Deletes the endpoint with its log; deliveries still queued for it are dropped. */
    async deleteWebhook(id: string, actor: Actor): Promise<void> {
      authorize(actor, 'integration.manage')
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        if (!(await deleteWebhook(trx, id))) throw new NotFound('webhook_not_found', { id })
        await recordAudit(trx, actor, at, { action: 'webhook.delete', entityType: 'webhook', entityId: id })
      })
    },

    /** The endpoint's delivery log, newest first: `before` is the last delivery id of the page before. */
    async listDeliveries(id: string, page: { before?: string; limit: number }, actor: Actor): Promise<WebhookDelivery[]> {
      authorize(actor, 'integration.manage')
      await existing(id)
      let before: { createdAt: string; id: string } | undefined
      if (page.before) {
        const last = await findDelivery(db, page.before)
        if (!last || last.webhook_id !== id) throw new NotFound('delivery_not_found', { id: page.before })
        before = { createdAt: last.created_at, id: last.id }
      }
      return (await listDeliveries(db, id, before, page.limit)).map(toDelivery)
    },

    /** Sends a logged delivery again, as it was (same id and body, newly signed), whatever became of it. */
    async redeliver(id: string, deliveryId: string, actor: Actor): Promise<void> {
      authorize(actor, 'integration.manage')
      await existing(id)
      const d = await findDelivery(db, deliveryId)
      if (!d || d.webhook_id !== id) throw new NotFound('delivery_not_found', { id: deliveryId })
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        await setDeliveryState(trx, d.id, { status: 'pending', next_attempt_at: at, updated_at: at })
        await enqueueJob(trx, { kind: DELIVER_JOB, payload: { deliveryId: d.id, attempt: d.attempts } satisfies DeliverJob, runAt: at, at })
        await recordAudit(trx, actor, at, { action: 'webhook.redeliver', entityType: 'webhook', entityId: id, details: { deliveryId } })
      })
    },

    /** "Send test": a `ping` to this endpoint alone, whatever events it is sent. */
    async ping(id: string, actor: Actor): Promise<{ deliveryId: string }> {
      authorize(actor, 'integration.manage')
      const hook = await existing(id)
      const at = toTimestamp(clock())
      const [deliveryId] = await queueEvent(db, {
        event: 'ping',
        object: { webhookId: hook.id, url: hook.url, message: 'Vistka webhook test' },
        at,
        only: hook,
      })
      return { deliveryId: deliveryId as string }
    },
  }
}

export type WebhookService = ReturnType<typeof createWebhookService>
