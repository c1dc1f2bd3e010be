import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Forbidden, RateLimited, Unauthenticated } from '../errors.js'
import type { Actor, Role } from '../shared/roles.js'
import { recordAudit } from './audit.repository.js'
import type { AttemptThrottle, ThrottleRule } from './login-throttle.js'
import { hashPassword, verifyPassword } from './password.js'
import { deleteSession, findSession, insertSession, touchSession } from './session.repository.js'
import { findUserByEmail, toUser } from './user.repository.js'
import type { User } from './user.types.js'

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 8 * 3_600_000
/** …and this long after sign-in, whatever happens. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 3_600_000
const TOUCH_EVERY_MS = 60_000

const sha256 = (s: string) => createHash('sha256').update(s).digest()
/** Only a hash of the session token is stored: a database leak doesn't hand out sessions. */
export const sessionIdOf = (token: string): string => sha256(`session:${token}`).toString('hex')
/** The CSRF token is derived from the session token, which scripts on other sites can't read. */
export const csrfTokenOf = (token: string): string => sha256(`csrf:${token}`).toString('base64url')

export interface SignedIn {
  token: string
  csrfToken: string
  expiresAt: string
  user: User
}

export interface Authenticated {
  actor: Actor
  user: User
  sessionId: string
}

// A real hash of a random password, so a sign-in for an unknown email costs as much as one for a known email.
let dummyHash: Promise<string> | undefined
const standInHash = () => {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'))
  return dummyHash
}

/** Sign-in, sessions and CSRF tokens for the newsroom. */
export function createAuthService({
  db,
  clock,
  attempts,
  limits,
}: {
  db: Kysely<DB>
  clock: Clock
  attempts: AttemptThrottle
  /** Sign-ins per account (a success clears it) and per client address, whichever account. */
  limits: { account: ThrottleRule; address: ThrottleRule }
}) {
  return {
    /**
     * Checks a password and opens a session; refuses with one message whether the email or the
     * password was wrong. The attempt is counted before the password is checked, so parallel
     * guesses can't get past the limits.
     */
    async signIn(input: { email: string; password: string; ip: string; userAgent?: string }): Promise<SignedIn> {
      const email = input.email.trim().toLowerCase()
      const attempt = await attempts.begin([
        { key: `account:${email}`, rule: limits.account, clearOnSuccess: true },
        { key: `address:${input.ip}`, rule: limits.address },
      ])
      if (attempt.retryAfter > 0) throw new RateLimited('login_rate_limited', { seconds: attempt.retryAfter })
      const row = await findUserByEmail(db, email)
      const ok = await verifyPassword(row?.password_hash ?? (await standInHash()), input.password)
      if (!row || !ok) throw new Unauthenticated('login_failed') // the attempt stays counted
      if (row.disabled_at) {
        await attempt.withdraw()
        throw new Forbidden('account_disabled')
      }
      await attempt.succeeded()
      const now = clock()
      const token = randomBytes(32).toString('base64url')
      const expiresAt = toTimestamp(new Date(now.getTime() + SESSION_ABSOLUTE_MS))
      const actor: Actor = { userId: row.id, role: row.role as Role, locales: row.locales ? row.locales.split(',') : [] }
      await db.transaction().execute(async (trx) => {
        await insertSession(trx, {
          id: sessionIdOf(token),
          userId: row.id,
          at: toTimestamp(now),
          expiresAt,
          ip: input.ip,
          userAgent: input.userAgent?.slice(0, 500) ?? null,
        })
        await recordAudit(trx, actor, toTimestamp(now), {
          action: 'session.create',
          entityType: 'user',
          entityId: row.id,
          details: { ip: input.ip },
        })
      })
      return { token, csrfToken: csrfTokenOf(token), expiresAt, user: toUser(row) }
    },

    /** The signed-in user behind a session token, or undefined when it is unknown, expired, idle too long or disabled. */
    async authenticate(token: string): Promise<Authenticated | undefined> {
      const session = await findSession(db, sessionIdOf(token))
      if (!session) return undefined
      const now = clock().getTime()
      const idle = now - new Date(session.lastSeenAt).getTime()
      if (session.user.disabled_at || new Date(session.expiresAt).getTime() <= now || idle >= SESSION_IDLE_MS) {
        await deleteSession(db, session.id)
        return undefined
      }
      if (idle >= TOUCH_EVERY_MS) await touchSession(db, session.id, toTimestamp(new Date(now)))
      const user = toUser(session.user)
      return { actor: { userId: user.id, role: user.role, locales: user.locales }, user, sessionId: session.id }
    },

    async signOut(token: string): Promise<void> {
      await deleteSession(db, sessionIdOf(token))
    },

    csrfFor: csrfTokenOf,

    /** Compares the CSRF header with the session's in constant time. */
    checkCsrf(token: string, header: string | undefined): boolean {
      if (!header) return false
      const expected = Buffer.from(csrfTokenOf(token))
      const given = Buffer.from(header)
      return given.length === expected.length && timingSafeEqual(given, expected)
    },
  }
}

export type AuthService = ReturnType<typeof createAuthService>
