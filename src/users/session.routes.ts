import type { FastifyPluginAsync } from 'fastify'
import { requireSession, SESSION_COOKIE } from '../http/admin-auth.js'
import { userDto } from '../shared/newsroom-dtos.js'
import type { AuthService } from './auth.service.js'
import type { User } from './user.types.js'

const sessionDto = {
  type: 'object',
  properties: { user: userDto, csrfToken: { type: 'string' }, expiresAt: { type: 'string' } },
} as const

const signInBody = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: { email: { type: 'string', minLength: 3, maxLength: 254 }, password: { type: 'string', minLength: 1, maxLength: 1024 } },
} as const

const publicUser = (u: User) => ({ id: u.id, email: u.email, name: u.name, role: u.role, locales: u.locales })

/** Sign in, see who is signed in, sign out: /api/admin/v1/session. */
export const sessionRoutes: FastifyPluginAsync<{ auth: AuthService; secureCookies: boolean }> = async (app, { auth, secureCookies }) => {
  const cookie = (expires: Date) => ({ path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secureCookies, expires })

  app.post<{ Body: { email: string; password: string } }>(
    '/session',
    { schema: { body: signInBody, response: { 200: sessionDto } } },
    async (req, reply) => {
      const signedIn = await auth.signIn({
        email: req.body.email,
        password: req.body.password,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      })
      reply.setCookie(SESSION_COOKIE, signedIn.token, cookie(new Date(signedIn.expiresAt)))
      return { user: publicUser(signedIn.user), csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt }
    },
  )

  app.get('/session', { schema: { response: { 200: sessionDto } } }, async (req) => {
    const { user } = requireSession(req)
    return { user: publicUser(user), csrfToken: auth.csrfFor(req.cookies[SESSION_COOKIE] as string) }
  })

  app.delete('/session', async (req, reply) => {
    requireSession(req)
    await auth.signOut(req.cookies[SESSION_COOKIE] as string)
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.code(204).send()
  })
}
