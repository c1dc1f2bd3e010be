import type { FastifyPluginAsync } from 'fastify'
import { requireAuth, requireSession } from '../http/admin-auth.js'
import { idParams } from '../http/schemas.js'
import { userDto } from '../shared/newsroom-dtos.js'
import { ROLES } from '../shared/roles.js'
import type { ApiTokenService } from './api-token.service.js'
import type { UserService } from './user.service.js'

const localesField = { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 10 } } as const

/**
 * Accounts: admins create, list, change, disable and enable them (never locking out the last
 * admin: see the user service); everyone changes their own password.
 */
export const userRoutes: FastifyPluginAsync<{ users: UserService }> = async (app, { users }) => {
  app.get('/users', { schema: { response: { 200: { type: 'array', items: userDto } } } }, async (req) => {
    return users.listUsers(requireAuth(req).actor)
  })

  app.post<{ Body: { email: string; name: string; role: string; password: string; locales?: string[] } }>(
    '/users',
    {
      schema: {
        body: {
          type: 'object',
          required: ['email', 'name', 'role', 'password'],
          additionalProperties: false,
          properties: {
            email: { type: 'string', maxLength: 254 },
            name: { type: 'string', maxLength: 200 },
            role: { type: 'string', enum: [...ROLES] },
            password: { type: 'string', maxLength: 1024 },
            locales: localesField,
          },
        },
        response: { 201: userDto },
      },
    },
    async (req, reply) => {
      const { actor } = requireAuth(req)
      return reply.code(201).send(await users.createUser(req.body, actor))
    },
  )

  app.post<{ Params: { id: string } }>('/users/:id/disable', { schema: { params: idParams, response: { 200: userDto } } }, async (req) => {
    const { actor } = requireAuth(req)
    return users.disableUser(req.params.id, actor)
  })

  app.post<{ Params: { id: string } }>('/users/:id/enable', { schema: { params: idParams, response: { 200: userDto } } }, async (req) => {
    const { actor } = requireAuth(req)
    return users.enableUser(req.params.id, actor)
  })

  app.put<{ Params: { id: string }; Body: { name?: string; role?: string; locales?: string[] } }>(
    '/users/:id',
    {
      schema: {
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { name: { type: 'string', maxLength: 200 }, role: { type: 'string', enum: [...ROLES] }, locales: localesField },
        },
        response: { 200: userDto },
      },
    },
    async (req) => {
      const { actor } = requireAuth(req)
      return users.updateUser(req.params.id, req.body, actor)
    },
  )

  app.put<{ Body: { currentPassword: string; newPassword: string } }>(
    '/session/password',
    {
      schema: {
        body: {
          type: 'object',
          required: ['currentPassword', 'newPassword'],
          additionalProperties: false,
          properties: { currentPassword: { type: 'string', maxLength: 1024 }, newPassword: { type: 'string', maxLength: 1024 } },
        },
      },
    },
    async (req, reply) => {
      const { actor, user, sessionId } = requireSession(req)
      await users.changePassword(
        { userId: user.id, currentPassword: req.body.currentPassword, newPassword: req.body.newPassword, keepSessionId: sessionId },
        actor,
      )
      return reply.code(204).send()
    },
  )
}

const tokenDto = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    locales: { type: 'array', items: { type: 'string' } },
    createdAt: { type: 'string' },
    lastUsedAt: { type: ['string', 'null'] },
    revokedAt: { type: ['string', 'null'] },
    token: { type: 'string' },
  },
} as const

/** API tokens for integrations: admins create (the token is shown once), list and revoke them. */
export const tokenRoutes: FastifyPluginAsync<{ tokens: ApiTokenService }> = async (app, { tokens }) => {
  app.get('/tokens', { schema: { response: { 200: { type: 'array', items: tokenDto } } } }, async (req) => {
    return tokens.listTokens(requireAuth(req).actor)
  })
  app.post<{ Body: { name: string; role: string; locales?: string[] } }>(
    '/tokens',
    {
      schema: {
        body: {
          type: 'object',
          required: ['name', 'role'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', maxLength: 200 },
            role: { type: 'string', enum: [...ROLES] },
            locales: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 10 } },
          },
        },
        response: { 201: tokenDto },
      },
    },
    async (req, reply) => {
      const { actor } = requireAuth(req)
      return reply.code(201).send(await tokens.createToken(req.body, actor))
    },
  )
  app.delete<{ Params: { id: string } }>('/tokens/:id', { schema: { params: idParams } }, async (req, reply) => {
    const { actor } = requireAuth(req)
    await tokens.revokeToken(req.params.id, actor)
    return reply.code(204).send()
  })
}
