import type { FastifyPluginAsync } from 'fastify'
import { requireAuth } from '../http/admin-auth.js'
import { idParams, idSchema } from '../http/schemas.js'
import { authorDto, topicDto } from '../shared/newsroom-dtos.js'
import type { TaxonomyService } from './taxonomy.service.js'
import { TOPIC_KINDS, type TopicKind } from './taxonomy.types.js'

const id = idSchema
const namesOf = (extra: Record<string, object>) =>
  ({
    type: 'object',
    maxProperties: 20,
    additionalProperties: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: { name: { type: 'string', maxLength: 400 }, slug: { type: 'string', maxLength: 200 }, ...extra },
    },
  }) as const
const topicNames = namesOf({ description: { type: 'string', maxLength: 4000 } })
const authorNames = namesOf({ bio: { type: 'string', maxLength: 4000 } })

type Names = Record<string, { name: string; slug?: string; description?: string; bio?: string }>

/** Sections, tags, people, organisations, places and authors in the admin API. */
export const taxonomyRoutes: FastifyPluginAsync<{ taxonomy: TaxonomyService }> = async (app, { taxonomy }) => {
  app.get<{ Querystring: { kind: TopicKind } }>(
    '/topics',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['kind'],
          additionalProperties: false,
          properties: { kind: { type: 'string', enum: [...TOPIC_KINDS] } },
        },
        response: { 200: { type: 'array', items: topicDto } },
      },
    },
    async (req) => {
      requireAuth(req)
      return taxonomy.listTopics(req.query.kind)
    },
  )

  app.post<{ Body: { kind: TopicKind; position?: number; names: Names } }>(
    '/topics',
    {
      schema: {
        body: {
          type: 'object',
          required: ['kind', 'names'],
          additionalProperties: false,
          properties: {
            kind: { type: 'string', enum: [...TOPIC_KINDS] },
            position: { type: 'integer', minimum: 0, maximum: 100_000 },
            names: topicNames,
          },
        },
        response: { 201: topicDto },
      },
    },
    async (req, reply) => {
      const { actor } = requireAuth(req)
      return reply.code(201).send(await taxonomy.createTopic(req.body, actor))
    },
  )

  app.put<{ Params: { id: string }; Body: { position?: number; names?: Names } }>(
    '/topics/:id',
    {
      schema: {
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { position: { type: 'integer', minimum: 0, maximum: 100_000 }, names: topicNames },
        },
        response: { 200: topicDto },
      },
    },
    async (req) => {
      const { actor } = requireAuth(req)
      return taxonomy.updateTopic(req.params.id, req.body, actor)
    },
  )

  app.delete<{ Params: { id: string } }>('/topics/:id', { schema: { params: idParams } }, async (req, reply) => {
    const { actor } = requireAuth(req)
    await taxonomy.deleteTopic(req.params.id, actor)
    return reply.code(204).send()
  })

  app.post<{ Params: { id: string }; Body: { into: string } }>(
    '/topics/:id/merge',
    {
      schema: {
        params: idParams,
        body: { type: 'object', required: ['into'], additionalProperties: false, properties: { into: id } },
        response: { 200: topicDto },
      },
    },
    async (req) => {
      const { actor } = requireAuth(req)
      return taxonomy.mergeTopics(req.params.id, req.body.into, actor)
    },
  )

  app.get<{ Params: { id: string } }>('/topics/:id', { schema: { params: idParams, response: { 200: topicDto } } }, async (req) => {
    requireAuth(req)
    return taxonomy.getTopic(req.params.id)
  })

  app.get<{ Params: { id: string } }>('/authors/:id', { schema: { params: idParams, response: { 200: authorDto } } }, async (req) => {
    requireAuth(req)
    return taxonomy.getAuthor(req.params.id)
  })

  app.get('/authors', { schema: { response: { 200: { type: 'array', items: authorDto } } } }, async (req) => {
    requireAuth(req)
    return taxonomy.listAuthors()
  })

  app.post<{ Body: { userId?: string | null; names: Names } }>(
    '/authors',
    {
      schema: {
        body: {
          type: 'object',
          required: ['names'],
          additionalProperties: false,
          properties: { userId: { type: ['string', 'null'], pattern: id.pattern }, names: authorNames },
        },
        response: { 201: authorDto },
      },
    },
    async (req, reply) => {
      const { actor } = requireAuth(req)
      return reply.code(201).send(await taxonomy.createAuthor(req.body, actor))
    },
  )

  app.put<{ Params: { id: string }; Body: { names: Names } }>(
    '/authors/:id',
    {
      schema: {
        params: idParams,
        body: { type: 'object', required: ['names'], additionalProperties: false, properties: { names: authorNames } },
        response: { 200: authorDto },
      },
    },
    async (req) => {
      const { actor } = requireAuth(req)
      return taxonomy.updateAuthor(req.params.id, req.body, actor)
    },
  )

  app.delete<{ Params: { id: string } }>('/authors/:id', { schema: { params: idParams } }, async (req, reply) => {
    const { actor } = requireAuth(req)
    await taxonomy.deleteAuthor(req.params.id, actor)
    return reply.code(204).send()
  })
}
