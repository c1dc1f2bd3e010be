import type { FastifyReply, FastifyRequest } from 'fastify'
import { Forbidden, Unauthenticated } from '../errors.js'
import type { Actor } from '../shared/roles.js'
import type { ApiTokenService } from '../users/api-token.service.js'
import type { Authenticated, AuthService } from '../users/auth.service.js'

/** Who is calling: a signed-in person (with a session) or an integration (with an API token). */
export type Caller = { actor: Actor; session: Authenticated | null; tokenId: string | null }

export const SESSION_COOKIE = 'vistka_session'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling the admin API, when anyone is. */
    auth: Caller | null
  }
}

/**
 * Resolves each admin API request's caller: an `Authorization: Bearer vk_…` API token, or the
 * session cookie. A state-changing request by cookie must carry an X-CSRF-Token matching its
 * session (a bearer token is not sent by browsers on their own, so it needs none). `open`
 * routes (sign-in) skip the CSRF check.
 */
export function createAdminAuthHook(auth: AuthService, tokens: ApiTokenService, open: (req: FastifyRequest) => boolean) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    req.auth = null
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (bearer) {
      const found = await tokens.authenticate(bearer)
      if (!found) throw new Unauthenticated('token_refused')
      req.auth = { actor: found.actor, session: null, tokenId: found.tokenId }
      return
    }
    const token = req.cookies[SESSION_COOKIE]
    const session = token ? await auth.authenticate(token) : undefined
    if (session) req.auth = { actor: session.actor, session, tokenId: null }
    if (open(req) || SAFE_METHODS.has(req.method) || !req.auth || !token) return
    const header = req.headers['x-csrf-token']
    if (!auth.checkCsrf(token, typeof header === 'string' ? header : undefined)) throw new Forbidden('csrf_failed')
  }
}

/** The caller, or a 401 telling the person to sign in. */
export function requireAuth(req: FastifyRequest): Caller {
  if (!req.auth) throw new Unauthenticated('session_required')
  return req.auth
}

/** A signed-in person (not an API token): for their own session and password. */
export function requireSession(req: FastifyRequest): Authenticated {
  const session = requireAuth(req).session
  if (!session) throw new Unauthenticated('session_required')
  return session
}
