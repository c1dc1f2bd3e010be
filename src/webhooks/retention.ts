import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { deleteFinishedJobs } from '../jobs/job.repository.js'
import { deleteDeliveriesBefore } from './delivery.repository.js'

/** The delivery log keeps a month: long enough to look into a complaint, short enough to stay small. */
export const DELIVERY_LOG_DAYS = 30
const HOUR = 60 * 60_000

/** Forgets deliveries and their finished jobs older than the log keeps. Safe in every process at once. */
export async function forgetOldDeliveries(db: Kysely<DB>, now: Date, kinds: readonly string[]): Promise<void> {
  const before = toTimestamp(new Date(now.getTime() - DELIVERY_LOG_DAYS * 24 * HOUR))
  await deleteDeliveriesBefore(db, before)
  await deleteFinishedJobs(db, kinds, before)
}

/** Runs forgetOldDeliveries every hour while the server runs. */
export function keepDeliveryLogShort(deps: { db: Kysely<DB>; clock: Clock; kinds: readonly string[]; onError: (err: unknown) => void }) {
  let timer: NodeJS.Timeout | undefined
  const sweep = () => forgetOldDeliveries(deps.db, deps.clock(), deps.kinds).catch(deps.onError)
  return {
    start() {
      void sweep()
      timer ??= setInterval(sweep, HOUR)
      timer.unref()
    },
    stop() {
      if (timer) clearInterval(timer)
      timer = undefined
    },
  }
}
