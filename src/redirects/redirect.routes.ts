import type { FastifyPluginAsync } from 'fastify'
import { Invalid } from '../errors.js'
import { requireAuth } from '../http/admin-auth.js'
import { idParams, idSchema } from '../http/schemas.js'
import { REDIRECT_ORIGINS, redirectDto } from '../shared/redirect-dtos.js'
import type { RedirectService, RedirectTargetInput, RedirectView } from './redirect.service.js'
import type { RedirectOrigin } from './redirect.types.js'

interface ListQuerystring {
  q?: string
  origin?: RedirectOrigin
  cursor?: string
  limit?: string
}
interface RedirectBody {
  fromPath: string
  target: RedirectTargetInput
}

const encodeCursor = (r: { createdAt: string; id: string }) => Buffer.from(JSON.stringify([r.createdAt, r.id])).toString('base64url')
function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[]
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id }
  } catch {}
  throw new Invalid('invalid_cursor')
}

const targetSchema = {
  type: 'object',
  additionalProperties: false,
  description:
    'A story or page and the language to lead to (`storyId`, `locale`), or a `url`: http(s), or a path of this site starting with /.',
  properties: { storyId: idSchema, locale: { type: 'string', maxLength: 10 }, url: { type: 'string', maxLength: 2000 } },
} as const
const fromPathSchema = {
  type: 'string',
  maxLength: 6000,
  description: 'The old address: a path (/2024/03/old-story/, /?p=123) or a full URL of the old site; stored normalised.',
} as const

/** The DTO: the target as three nullable fields, so a client reads one shape. */
const toDto = (r: RedirectView) => ({
  ...r,
  target: 'url' in r.target ? { storyId: null, locale: null, url: r.target.url } : { ...r.target, url: null },
})

/** Redirects (editors and admins): old addresses that answer 301, listed, added, changed and deleted. */
export const redirectRoutes: FastifyPluginAsync<{ redirects: RedirectService }> = async (app, { redirects }) => {
  app.get<{ Querystring: ListQuerystring }>(
    '/redirects',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            q: { type: 'string', maxLength: 200, description: 'The old address or the target URL contains every word, ignoring case' },
            origin: { type: 'string', enum: REDIRECT_ORIGINS },
            cursor: { type: 'string', maxLength: 200 },
            limit: { type: 'string', pattern: '^[1-9][0-9]?$|^100$' },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['items', 'nextCursor'],
            properties: { items: { type: 'array', items: redirectDto }, nextCursor: { type: ['string', 'null'] } },
          },
        },
      },
    },
    async (req) => {
      const { q, origin, cursor } = req.query
      const limit = req.query.limit ? Number(req.query.limit) : 50
      const rows = await redirects.listRedirects(
        { limit: limit + 1, ...(q && { q }), ...(origin && { origin }), ...(cursor && { after: decodeCursor(cursor) }) },
        requireAuth(req).actor,
      )
      const items = rows.slice(0, limit)
      const last = items.at(-1)
      return { items: items.map(toDto), nextCursor: rows.length > limit && last ? encodeCursor(last) : null }
    },
  )
  app.post<{ Body: RedirectBody }>(
    '/redirects',
    {
      schema: {
        body: {
          type: 'object',
          required: ['fromPath', 'target'],
          additionalProperties: false,
          properties: { fromPath: fromPathSchema, target: targetSchema },
        },
        response: { 201: redirectDto },
      },
    },
    async (req, reply) => reply.code(201).send(toDto(await redirects.createRedirect(req.body, requireAuth(req).actor))),
  )
  app.patch<{ Params: { id: string }; Body: Partial<RedirectBody> }>(
    '/redirects/:id',
    {
      schema: {
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { fromPath: fromPathSchema, target: targetSchema },
        },
        response: { 200: redirectDto },
      },
    },
    async (req) => toDto(await redirects.updateRedirect(req.params.id, req.body, requireAuth(req).actor)),
  )
  app.delete<{ Params: { id: string } }>('/redirects/:id', { schema: { params: idParams } }, async (req, reply) => {
    await redirects.deleteRedirect(req.params.id, requireAuth(req).actor)
    return reply.code(204).send()
  })
}
