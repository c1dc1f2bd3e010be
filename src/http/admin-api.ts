import fastifyCookie from '@fastify/cookie'
import type { FastifyPluginAsync } from 'fastify'
import type { AuthService } from '../users/auth.service.js'
import { sessionRoutes } from '../users/session.routes.js'
import { createAdminAuthHook } from './admin-auth.js'

export interface AdminApiOptions {
  auth: AuthService
  /** Secure cookies when the site is served over https. */
  secureCookies: boolean
}

/** /api/admin/v1: what the newsroom app and integrations use. Every route resolves the session and checks CSRF. */
export const adminApi: FastifyPluginAsync<AdminApiOptions> = async (app, { auth, secureCookies }) => {
  await app.register(fastifyCookie)
  app.decorateRequest('auth', null)
  const signIn = (req: { method: string; routeOptions: { url?: string } }) =>
    req.method === 'POST' && req.routeOptions.url === '/api/admin/v1/session'
  app.addHook('onRequest', createAdminAuthHook(auth, signIn))
  await app.register(sessionRoutes, { auth, secureCookies })
}
