import type { FastifyReply, FastifyRequest } from 'fastify'
import { Forbidden, Unauthenticated } from '../errors.js'
import type { Authenticated, AuthService } from '../users/auth.service.js'

export const SESSION_COOKIE = 'vistka_session'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user of an admin API request, when there is one. */
    auth: Authenticated | null
  }
}

/**
 * Resolves the session cookie of each admin API request and refuses a state-changing request
 * whose X-CSRF-Token header doesn't match its session. `open` routes (sign-in) skip both checks.
 */
export function createAdminAuthHook(auth: AuthService, open: (req: FastifyRequest) => boolean) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    req.auth = null
    const token = req.cookies[SESSION_COOKIE]
    if (token) req.auth = (await auth.authenticate(token)) ?? null
    if (open(req) || SAFE_METHODS.has(req.method) || !req.auth || !token) return
    const header = req.headers['x-csrf-token']
    if (!auth.checkCsrf(token, typeof header === 'string' ? header : undefined)) throw new Forbidden('csrf_failed')
  }
}

/** The signed-in user, or a 401 telling the person to sign in. */
export function requireAuth(req: FastifyRequest): Authenticated {
  if (!req.auth) throw new Unauthenticated('session_required')
  return req.auth
}
