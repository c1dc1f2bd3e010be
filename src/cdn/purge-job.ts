import type { Kysely } from 'kysely'
import type { CdnPurgeSettings } from '../config.integrations.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { enqueueJob } from '../jobs/job.repository.js'
import { isRetryable, RETRY_WINDOW_MS, retryAfterMs, retryDelayMs } from '../outbound/retry.js'
import { PostFailed, safePost } from '../outbound/safe-post.js'
import { PURGE_BATCH, purgeRequest, purgeSucceeded } from './purgers.js'

export const PURGE_JOB = 'cdn.purge'

interface PurgeJob {
  tags: string[]
  /** When the change happened: purges are retried for 24 hours from it. */
  firstAt: string
  attempt: number
}

/** Queues purges of these tags, one job per provider-sized batch. */
export async function queuePurge(db: Kysely<DB>, settings: CdnPurgeSettings, tags: readonly string[], at: string): Promise<void> {
  const size = PURGE_BATCH[settings.kind]
  for (let i = 0; i < tags.length; i += size) {
    const payload: PurgeJob = { tags: tags.slice(i, i + size), firstAt: at, attempt: 0 }
    await enqueueJob(db, { kind: PURGE_JOB, payload: { ...payload }, runAt: at, at })
  }
}

/**
 * One purge call (a job): done on success; retried like a webhook delivery (backoff with jitter,
 * Retry-After, for 24 hours) on network errors, 5xx and 429; given up on anything else, which
 * means a wrong token or zone: the log says so, and CDN copies expire on their own (max-age).
 * Purge APIs are the operator's own configuration, so private addresses are allowed here.
 */
export function createPurgeHandler(deps: {
  db: Kysely<DB>
  clock: Clock
  settings: CdnPurgeSettings
  onGiveUp: (tags: string[], why: string) => void
}) {
  const { db, clock, settings } = deps
  return async function purge(payload: Record<string, unknown>): Promise<void> {
    const job = payload as unknown as PurgeJob
    const request = purgeRequest(settings, job.tags, clock())
    let status: number | null = null
    let why = ''
    let retryAfter: string | undefined
    try {
      const res = await safePost({ ...request, timeoutMs: 10_000, allowPrivate: true, maxResponseBytes: 64 * 1024 })
      if (purgeSucceeded(settings, res.status, res.excerpt)) return
      status = res.status
      why = `HTTP ${res.status}: ${res.excerpt.slice(0, 200)}`
      const header = res.headers['retry-after']
      retryAfter = Array.isArray(header) ? header[0] : header
    } catch (err) {
      if (!(err instanceof PostFailed)) throw err
      why = err.message
    }
    const now = clock().getTime()
    const attempt = job.attempt + 1
    const delay = Math.max(1000, retryAfterMs(retryAfter, now) ?? retryDelayMs(attempt))
    // A 2xx that is not a success (Cloudflare's "success": false) is the provider refusing: not retried.
    if (!isRetryable(status) || (status !== null && status < 300) || now + delay > Date.parse(job.firstAt) + RETRY_WINDOW_MS) {
      deps.onGiveUp(job.tags, why)
      return
    }
    const runAt = toTimestamp(new Date(now + delay))
    await enqueueJob(db, { kind: PURGE_JOB, payload: { ...job, attempt }, runAt, at: toTimestamp(clock()) })
  }
}
