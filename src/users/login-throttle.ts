import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { clearAttempts, countAttempt, deleteEndedWindows, uncountAttempt } from './login-attempt.repository.js'

/** At most `max` attempts per window of `windowMs`. */
export interface ThrottleRule {
  max: number
  windowMs: number
}

export interface ThrottleKey {
  /** What is limited, e.g. `account:editor@example.org` or `address:203.0.113.5`. */
  key: string
  rule: ThrottleRule
  /** Whether a successful attempt clears this key's count (an account's) or only isn't counted (an address's). */
  clearOnSuccess?: boolean
}

export interface Attempt {
  /** Seconds to wait before trying again; 0 when this attempt may go ahead. */
  retryAfter: number
  /** The attempt was right: it no longer counts, and keys marked `clearOnSuccess` start again. */
  succeeded(): Promise<void>
  /** The attempt neither failed nor succeeded (e.g. a disabled account): it no longer counts. */
  withdraw(): Promise<void>
}

const SWEEP_EVERY_MS = 60_000
// Keys are stored hashed: fixed length, any characters, and no email addresses at rest.
const storedKey = (key: string) => createHash('sha256').update(`attempt:${key}`).digest('hex')

/**
 * Limits attempts (sign-ins, current-password checks) per key in fixed windows. An attempt is
 * counted before it is checked, atomically, so the limit holds however many arrive at once: of
 * 100 simultaneous guesses, exactly `max` get checked. The counts live in the database, so every
 * server process shares them. A failed attempt stays counted; a refused one (429) is taken
 * back, so hammering a locked account doesn't lock its address, nor stretch the lock.
 */
export function createAttemptThrottle({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  let lastSweep = 0

  return {
    /** Counts an attempt under every key; check `retryAfter` before checking anything else. */
    async begin(keys: readonly ThrottleKey[]): Promise<Attempt> {
      const now = clock().getTime()
      if (now - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = now
        await deleteEndedWindows(db, toTimestamp(new Date(now)))
      }
      // All keys in one transaction, always in the caller's order (account before address): the
      // counts an attempt sees are of the attempts before it on every key, and none deadlock.
      const counted = await db.transaction().execute(async (trx) => {
        const out = []
        for (const k of keys) {
          const key = storedKey(k.key)
          const c = await countAttempt(trx, key, toTimestamp(new Date(now)), toTimestamp(new Date(now + k.rule.windowMs)))
          out.push({ ...k, key, ...c })
        }
        return out
      })
      const withdraw = async () => {
        for (const c of counted) await uncountAttempt(db, c.key, c.windowEndsAt)
      }
      const over = counted.filter((c) => c.attempts > c.rule.max)
      if (over.length > 0) await withdraw()
      const retryAfter = over.reduce((s, c) => Math.max(s, Math.ceil((new Date(c.windowEndsAt).getTime() - now) / 1000)), 0)
      return {
        retryAfter: over.length > 0 ? Math.max(1, retryAfter) : 0,
        withdraw,
        async succeeded() {
          for (const c of counted) {
            if (c.clearOnSuccess) await clearAttempts(db, c.key)
            else await uncountAttempt(db, c.key, c.windowEndsAt)
          }
        },
      }
    },
  }
}

export type AttemptThrottle = ReturnType<typeof createAttemptThrottle>
