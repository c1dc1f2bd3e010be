import type { FastifyReply, FastifyRequest } from 'fastify'
import { tagHeaders, uniqueTags } from '../site/cache-tags.js'
import { etagOf } from '../site/page-cache.js'
import { matches } from '../site/serve-page.js'
import type { ContentContext } from './story-object.js'

/** Seconds a browser or CDN may keep an answer; a change purges it from CDNs sooner (Surrogate-Key). */
export const CONTENT_MAX_AGE = 60

/**
 * Sends a Content API answer as the site sends its pages: serialized by the route's response
 * schema, with a strong ETag (304 when the client has it), Cache-Control, and the cache tags of
 * what it shows as Surrogate-Key / Cache-Tag (those the CDN in front reads: config.cacheTagHeaders),
 * so a CDN purge after a change covers it too.
 */
export function sendContent(
  ctx: Pick<ContentContext, 'tagHeaders'>,
  req: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  tags: readonly string[],
) {
  const body = String(reply.serialize(payload)) // JSON through the route’s schema: always text
  const etag = etagOf(Buffer.from(body))
  const unique = uniqueTags([...tags])
  reply.header('cache-control', `public, max-age=${CONTENT_MAX_AGE}, stale-while-revalidate=${CONTENT_MAX_AGE * 10}`).header('etag', etag)
  reply.headers(tagHeaders(unique, ctx.tagHeaders))
  if (matches(req.headers['if-none-match'], etag)) return reply.code(304).send()
  return reply.type('application/json; charset=utf-8').send(body)
}
