import type { FastifyReply, FastifyRequest } from 'fastify'
import { uniqueTags } from '../site/cache-tags.js'
import { etagOf } from '../site/page-cache.js'

/** Seconds a browser or CDN may keep an answer; a change purges it from CDNs sooner (Surrogate-Key). */
export const CONTENT_MAX_AGE = 60

/**
 * Sends a Content API answer as the site sends its pages: serialized by the route's response
 * schema, with a strong ETag (304 when the client has it), Cache-Control, and the cache tags of
 * what it shows as Surrogate-Key / Cache-Tag, so a CDN purge after a change covers it too.
 */
export function sendContent(req: FastifyRequest, reply: FastifyReply, payload: unknown, tags: readonly string[]) {
  const body = String(reply.serialize(payload)) // JSON through the route’s schema: always text
  const etag = etagOf(Buffer.from(body))
  const unique = uniqueTags([...tags])
  reply.header('cache-control', `public, max-age=${CONTENT_MAX_AGE}, stale-while-revalidate=${CONTENT_MAX_AGE * 10}`).header('etag', etag)
  if (unique.length) reply.header('surrogate-key', unique.join(' ')).header('cache-tag', unique.join(','))
  const match = req.headers['if-none-match']
  if (match && (match.trim() === '*' || match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))) {
    return reply.code(304).send()
  }
  return reply.type('application/json; charset=utf-8').send(body)
}
