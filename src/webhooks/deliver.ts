import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { newId } from '../ids.js'
import { enqueueJob } from '../jobs/job.repository.js'
import { isRetryable, RETRY_WINDOW_MS, retryAfterMs, retryDelayMs } from '../outbound/retry.js'
import { PostFailed, safePost } from '../outbound/safe-post.js'
import { signatureHeader } from '../outbound/signature.js'
import { claimDeliveryTry, findDelivery, insertAttempt, resumeAbandonedTry, setDeliveryState } from './delivery.repository.js'
import { findWebhook, updateWebhook } from './webhook.repository.js'
import { DELIVER_JOB, type DeliverJob } from './webhook-queue.js'

/** A receiver gets this long to answer, connecting included. */
export const DELIVERY_TIMEOUT_MS = 10_000
/** A try claimed this long ago and still not recorded was abandoned: no try takes longer than its timeout. */
export const ABANDONED_AFTER_MS = DELIVERY_TIMEOUT_MS + 50_000

/** A try of this delivery is under way, or was abandoned too recently to be sure: the job runner retries later. */
class TryInFlight extends Error {
  constructor(id: string) {
    super(`delivery ${id}: a try is under way or was cut off less than a minute ago; trying again later`)
  }
}

/** How much of a receiver's answer is read (the log keeps the first 1,000 characters). */
const MAX_RESPONSE_BYTES = 64 * 1024

/**
 * One try of one delivery (a job): signed POST, the answer logged, and what follows decided —
 * delivered; retried with backoff and jitter (network errors, timeouts, 5xx, 429 and 408, honouring
 * Retry-After) until 24 hours after the event; the endpoint turned off on 410 Gone; given up on
 * anything else. A try claims the delivery first, so no two processes (nor a redelivery racing a
 * retry) send the same try twice.
 */
export function createDeliveryHandler(deps: { db: Kysely<DB>; clock: Clock; allowPrivate: boolean; userAgent: string }) {
  const { db, clock } = deps

  /**
   * This job's try was claimed (attempts n → n+1) but never recorded: the claim was ours and the
   * database dropped before the outcome was written, so the job runner runs the job again. Another
   * process may also be mid-try on it (a redelivery racing): only once the claim is older than any
   * try can take is it taken over; until then the job is retried later, never dropped.
   */
  async function resumeTry(delivery: { id: string; status: string; attempts: number }, attempt: number, at: string): Promise<boolean> {
    if (delivery.status !== 'sending' || delivery.attempts !== attempt + 1) return false // done, or a later try's
    const staleBefore = toTimestamp(new Date(clock().getTime() - ABANDONED_AFTER_MS))
    if (await resumeAbandonedTry(db, delivery.id, attempt + 1, staleBefore, at)) return true
    throw new TryInFlight(delivery.id)
  }

  return async function deliver(payload: Record<string, unknown>): Promise<void> {
    const job = payload as unknown as DeliverJob
    const delivery = await findDelivery(db, job.deliveryId)
    if (!delivery) return // deleted with its endpoint, or older than the log keeps
    const hook = await findWebhook(db, delivery.webhook_id)
    const startedAt = toTimestamp(clock())
    if (!hook || (!hook.enabled && delivery.event !== 'ping')) {
      await setDeliveryState(db, delivery.id, { status: 'cancelled', next_attempt_at: null, updated_at: startedAt })
      return
    }
    if (!(await claimDeliveryTry(db, delivery.id, job.attempt, startedAt)) && !(await resumeTry(delivery, job.attempt, startedAt))) return
    const attempt = job.attempt + 1
    const sentAt = Math.floor(clock().getTime() / 1000)
    let status: number | null = null
    let error: string | null = null
    let excerpt = ''
    let durationMs = 0
    let retryAfter: string | undefined
    let refused = false
    try {
      const res = await safePost({
        url: hook.url,
        body: delivery.payload,
        headers: {
          'user-agent': deps.userAgent,
          'vistka-event': delivery.event,
          'vistka-delivery': delivery.id,
          'vistka-signature': signatureHeader(hook.secret, delivery.payload, sentAt),
        },
        timeoutMs: DELIVERY_TIMEOUT_MS,
        allowPrivate: deps.allowPrivate,
        maxResponseBytes: MAX_RESPONSE_BYTES,
      })
      status = res.status
      excerpt = res.excerpt
      durationMs = res.durationMs
      const header = res.headers['retry-after']
      retryAfter = Array.isArray(header) ? header[0] : header
      if (status < 200 || status >= 300) error = `HTTP ${status}`
    } catch (err) {
      if (!(err instanceof PostFailed)) throw err
      error = err.message
      durationMs = err.durationMs
      refused = err.reason === 'refused_address'
    }
    const at = toTimestamp(clock())
    await insertAttempt(db, {
      id: newId(),
      delivery_id: delivery.id,
      at: startedAt,
      status_code: status,
      duration_ms: durationMs,
      error,
      response_excerpt: excerpt,
    })
    if (status !== null && status >= 200 && status < 300) {
      await setDeliveryState(db, delivery.id, { status: 'delivered', next_attempt_at: null, updated_at: at })
      return
    }
    if (status === 410) {
      // The receiver says the endpoint is gone for good: stop sending it anything.
      await updateWebhook(db, hook.id, { enabled: 0, disabled_reason: 'gone', updated_at: at })
      await setDeliveryState(db, delivery.id, { status: 'failed', next_attempt_at: null, updated_at: at })
      return
    }
    const now = clock().getTime()
    const delay = Math.max(1000, retryAfterMs(retryAfter, now) ?? retryDelayMs(attempt))
    const giveUpAt = Date.parse(delivery.created_at) + RETRY_WINDOW_MS
    if (refused || !isRetryable(status) || now + delay > giveUpAt) {
      await setDeliveryState(db, delivery.id, { status: 'failed', next_attempt_at: null, updated_at: at })
      return
    }
    const retryAt = toTimestamp(new Date(now + delay))
    await db.transaction().execute(async (trx) => {
      await setDeliveryState(trx, delivery.id, { status: 'retrying', next_attempt_at: retryAt, updated_at: at })
      await enqueueJob(trx, { kind: DELIVER_JOB, payload: { deliveryId: delivery.id, attempt } satisfies DeliverJob, runAt: retryAt, at })
    })
  }
}
