import type { FastifyPluginAsync } from 'fastify'
import { requireAuth } from '../http/admin-auth.js'
import { idParams, idSchema } from '../http/schemas.js'
import { WEBHOOK_EVENTS } from '../shared/webhook-events.js'
import type { WebhookInput, WebhookService } from './webhook.service.js'

const webhookDto = {
  type: 'object',
  required: ['id', 'url', 'description', 'events', 'enabled', 'disabledReason', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    url: { type: 'string' },
    description: { type: 'string' },
    events: { type: 'array', items: { type: 'string', enum: [...WEBHOOK_EVENTS] } },
    enabled: { type: 'boolean' },
    disabledReason: { type: ['string', 'null'], description: '`gone`: turned off because the receiver answered 410.' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
    secret: { type: 'string', description: 'Signs every delivery (Vistka-Signature). In the answer to its creation only, never again.' },
  },
} as const

const deliveryDto = {
  type: 'object',
  required: ['id', 'event', 'status', 'attempts', 'nextAttemptAt', 'createdAt'],
  properties: {
    id: { type: 'string', description: 'The `id` in the body the receiver got: the same on every try and redelivery.' },
    event: { type: 'string' },
    status: { type: 'string', enum: ['pending', 'sending', 'retrying', 'delivered', 'failed', 'cancelled'] },
    nextAttemptAt: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
    attempts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'statusCode', 'durationMs', 'error', 'responseExcerpt'],
        properties: {
          at: { type: 'string' },
          statusCode: { type: ['integer', 'null'] },
          durationMs: { type: 'integer' },
          error: { type: ['string', 'null'] },
          responseExcerpt: { type: 'string', description: 'The first 1,000 characters of what the receiver answered.' },
        },
      },
    },
  },
} as const

const fields = {
  url: { type: 'string', maxLength: 2000 },
  events: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 50 } },
  description: { type: 'string', maxLength: 500 },
  enabled: { type: 'boolean' },
} as const

const deliveryParams = {
  type: 'object',
  required: ['id', 'deliveryId'],
  properties: { id: idSchema, deliveryId: idSchema },
} as const

/** Webhooks: register, list, change, delete; the delivery log, redeliver, and a test ping. */
export const webhookRoutes: FastifyPluginAsync<{ webhooks: WebhookService }> = async (app, { webhooks }) => {
  app.get('/webhooks', { schema: { response: { 200: { type: 'array', items: webhookDto } } } }, async (req) =>
    webhooks.listWebhooks(requireAuth(req).actor),
  )
  app.post<{ Body: WebhookInput }>(
    '/webhooks',
    {
      schema: {
        body: { type: 'object', required: ['url', 'events'], additionalProperties: false, properties: fields },
        response: { 201: webhookDto },
      },
    },
    async (req, reply) => reply.code(201).send(await webhooks.createWebhook(req.body, requireAuth(req).actor)),
  )
  app.get<{ Params: { id: string } }>('/webhooks/:id', { schema: { params: idParams, response: { 200: webhookDto } } }, async (req) =>
    webhooks.getWebhook(req.params.id, requireAuth(req).actor),
  )
  app.put<{ Params: { id: string }; Body: Partial<WebhookInput> }>(
    '/webhooks/:id',
    {
      schema: {
        params: idParams,
        body: { type: 'object', additionalProperties: false, minProperties: 1, properties: fields },
        response: { 200: webhookDto },
      },
    },
    async (req) => webhooks.updateWebhook(req.params.id, req.body, requireAuth(req).actor),
  )
  app.delete<{ Params: { id: string } }>('/webhooks/:id', { schema: { params: idParams } }, async (req, reply) => {
    await webhooks.deleteWebhook(req.params.id, requireAuth(req).actor)
    return reply.code(204).send()
  })
  app.get<{ Params: { id: string }; Querystring: { before?: string; limit?: string } }>(
    '/webhooks/:id/deliveries',
    {
      schema: {
        params: idParams,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { before: idSchema, limit: { type: 'string', pattern: '^[0-9]{1,3}$' } },
        },
        response: { 200: { type: 'array', items: deliveryDto } },
      },
    },
    async (req) => {
      const limit = Math.min(Math.max(Number(req.query.limit ?? 50), 1), 100)
      return webhooks.listDeliveries(
        req.params.id,
        { limit, ...(req.query.before && { before: req.query.before }) },
        requireAuth(req).actor,
      )
    },
  )
  app.post<{ Params: { id: string; deliveryId: string } }>(
    '/webhooks/:id/deliveries/:deliveryId/redeliver',
    { schema: { params: deliveryParams } },
    async (req, reply) => {
      await webhooks.redeliver(req.params.id, req.params.deliveryId, requireAuth(req).actor)
      return reply.code(202).send({ queued: true })
    },
  )
  app.post<{ Params: { id: string } }>(
    '/webhooks/:id/ping',
    {
      schema: {
        params: idParams,
        response: { 202: { type: 'object', required: ['deliveryId'], properties: { deliveryId: { type: 'string' } } } },
      },
    },
    async (req, reply) => reply.code(202).send(await webhooks.ping(req.params.id, requireAuth(req).actor)),
  )
}
