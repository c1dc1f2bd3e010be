import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

export interface CountedAttempt {
  /** Attempts in the window so far, this one included. */
  attempts: number
  windowEndsAt: string
}

/**
 * Counts one more attempt under the key and returns the new count; a window that has ended starts
 * again at 1, ending at `windowEndsAt`. One statement (an upsert that increments the row), so
 * concurrent attempts each get a count of their own on both dialects: on PostgreSQL the
 * conflicting update waits for the row lock and increments the committed value; SQLite runs one
 * writer at a time.
 */
export async function countAttempt(db: Kysely<DB>, key: string, now: string, windowEndsAt: string): Promise<CountedAttempt> {
  const row = await db
    .insertInto('login_attempts')
    .values({ key, attempts: 1, window_ends_at: windowEndsAt })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const ended = eb('login_attempts.window_ends_at', '<=', now)
        return {
          attempts: eb
            .case()
            .when(ended)
            .then(1)
            .else(eb('login_attempts.attempts', '+', 1))
            .end(),
          window_ends_at: eb.case().when(ended).then(windowEndsAt).else(eb.ref('login_attempts.window_ends_at')).end(),
        }
      }),
    )
    .returning(['attempts', 'window_ends_at'])
    .executeTakeFirstOrThrow()
  return { attempts: Number(row.attempts), windowEndsAt: row.window_ends_at }
}

/** Takes one counted attempt back, if its window is still the current one. */
export async function uncountAttempt(db: Kysely<DB>, key: string, windowEndsAt: string): Promise<void> {
  await db
    .updateTable('login_attempts')
    .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
    .where('key', '=', key)
    .where('window_ends_at', '=', windowEndsAt)
    .where('attempts', '>', 0)
    .execute()
}

export async function clearAttempts(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute()
}

/** Forgets every window that has ended (their keys would start again at 1 anyway). */
export async function deleteEndedWindows(db: Kysely<DB>, now: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('window_ends_at', '<=', now).execute()
}
