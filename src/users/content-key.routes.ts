import type { FastifyPluginAsync } from 'fastify'
import { requireAuth } from '../http/admin-auth.js'
import { idParams } from '../http/schemas.js'
import type { ContentKeyService } from './content-key.service.js'

const contentKeyDto = {
  type: 'object',
  required: ['id', 'name', 'createdAt', 'lastUsedAt', 'revokedAt'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    createdAt: { type: 'string' },
    lastUsedAt: { type: ['string', 'null'] },
    revokedAt: { type: ['string', 'null'] },
    key: { type: 'string', description: 'The key itself: in the answer to its creation only, never again.' },
  },
} as const

/** Content API keys: admins create (the key is shown once), list and revoke them. */
export const contentKeyRoutes: FastifyPluginAsync<{ contentKeys: ContentKeyService }> = async (app, { contentKeys }) => {
  app.get('/content-keys', { schema: { response: { 200: { type: 'array', items: contentKeyDto } } } }, async (req) => {
    return contentKeys.listKeys(requireAuth(req).actor)
  })
  app.post<{ Body: { name: string } }>(
    '/content-keys',
    {
      schema: {
        body: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string', maxLength: 200 } } },
        response: { 201: contentKeyDto },
      },
    },
    async (req, reply) => reply.code(201).send(await contentKeys.createKey(req.body, requireAuth(req).actor)),
  )
  app.delete<{ Params: { id: string } }>('/content-keys/:id', { schema: { params: idParams } }, async (req, reply) => {
    await contentKeys.revokeKey(req.params.id, requireAuth(req).actor)
    return reply.code(204).send()
  })
}
