import fastifyCors from '@fastify/cors'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifySwagger from '@fastify/swagger'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { ContentApiSettings } from '../config.integrations.js'
import { RateLimited, Unauthenticated } from '../errors.js'
import type { SearchService } from '../search/search.service.js'
import type { ContentKeyService } from '../users/content-key.service.js'
import { contentPageRoutes } from './content-pages.routes.js'
import { contentSiteRoutes } from './content-site.routes.js'
import { contentStoryRoutes } from './content-stories.routes.js'
import { contentTaxonomyRoutes } from './content-taxonomy.routes.js'
import type { ContentContext } from './story-object.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The Content API key the request came with (null: none, the API being public). */
    contentKeyId: string | null
  }
}

export interface ContentApiOptions {
  settings: ContentApiSettings
  ctx: ContentContext
  now: () => string
  keys: ContentKeyService
  search: SearchService
}

/** How a client sends its key: `Authorization: Bearer vck_…`, or `?key=vck_…` where headers are awkward (a feed reader, a quick curl). */
function sentKey(req: FastifyRequest): string | undefined {
  const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1]
  if (bearer) return bearer
  const { key } = req.query as { key?: unknown }
  return typeof key === 'string' && key ? key : undefined
}

/**
 * /api/content/v1: read-only, published content only (the site's visibility rule), for apps,
 * front ends, partners and caches. Keys (or CONTENT_API_PUBLIC), CORS for configured origins, a
 * rate limit per key, and the site's ETag / Cache-Control / Surrogate-Key on every answer.
 */
export const contentApi: FastifyPluginAsync<ContentApiOptions> = async (app, { settings, ctx, now, keys, search }) => {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vistka Content API',
        version: '1',
        description:
          'Published stories, pages, sections, topics, authors and search, in every language of the site. Send a content key as Authorization: Bearer vck_… or ?key=vck_….',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'A content key (vck_…) made by an admin in the newsroom' },
          key: { type: 'apiKey', in: 'query', name: 'key' },
        },
      },
      security: settings.public ? [] : [{ bearer: [] }, { key: [] }],
    },
  })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())

  await app.register(fastifyCors, {
    origin: settings.corsOrigins === '*' ? '*' : settings.corsOrigins.length ? [...settings.corsOrigins] : false,
    methods: ['GET', 'HEAD'],
    allowedHeaders: ['Authorization', 'If-None-Match'],
    exposedHeaders: ['ETag', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'],
    maxAge: 600,
  })

  app.decorateRequest('contentKeyId', null)
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'OPTIONS' || req.routeOptions.url === '/api/content/v1/openapi.json') return
    // Answers differ by key (401 or not) unless the API is public: shared caches must keep them apart.
    if (!settings.public) reply.header('vary', 'Origin, Authorization')
    const key = sentKey(req)
    if (!key) {
      if (settings.public) return
      reply.header('www-authenticate', 'Bearer realm="content"')
      throw new Unauthenticated('content_key_required')
    }
    const id = await keys.authenticate(key)
    if (!id) {
      reply.header('www-authenticate', 'Bearer realm="content", error="invalid_token"')
      throw new Unauthenticated('content_key_refused')
    }
    req.contentKeyId = id
  })

  // Counted per server process (WORKERS, several servers): the limit is what one process allows.
  await app.register(fastifyRateLimit, {
    max: settings.ratePerMinute,
    timeWindow: 60_000,
    hook: 'preHandler',
    keyGenerator: (req) => (req.contentKeyId ? `key:${req.contentKeyId}` : `ip:${req.ip}`),
    allowList: (req) => req.method === 'OPTIONS' || req.routeOptions.url === '/api/content/v1/openapi.json',
    errorResponseBuilder: (_req, context) =>
      new RateLimited('content_rate_limited', { max: context.max, seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  })

  const routes = { ctx, now }
  await app.register(contentStoryRoutes, routes)
  await app.register(contentTaxonomyRoutes, routes)
  await app.register(contentPageRoutes, routes)
  await app.register(contentSiteRoutes, { ...routes, search })
}
