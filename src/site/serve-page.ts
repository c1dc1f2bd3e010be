import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { TagHeader } from '../config.integrations.js'
import { tagHeaders } from './cache-tags.js'
import { type CachedPage, etagOf, type PageCache } from './page-cache.js'

/** What a public route produces: a page to send (and cache, when it is a 200), or a redirect. */
export type PageOutcome =
  | {
      status: number
      contentType: string
      body: string | Buffer
      /** When the producer knows it cheaper than hashing the body (a strong validator all the same). */
      etag?: string
      tags: string[]
      maxAge: number
      ttlSeconds?: number
    }
  | { redirect: string; status: 301 | 302 }

export const HTML = 'text/html; charset=utf-8'

/** A public 301 or 302, cached like every redirect of the site (README "Caching"). */
export const sendRedirect = (reply: FastifyReply, location: string, status: 301 | 302 = 301) =>
  reply.header('cache-control', 'public, max-age=300').redirect(location, status)

/** Cache key: the path, plus the page number for paginated lists; other query strings (utm_…) don't make new pages. */
export function cacheKey(url: string): string {
  if (!url.includes('?')) return url
  const [path = '/', query = ''] = url.split('?', 2)
  const page = new URLSearchParams(query).get('page')
  return page === null ? path : `${path}?page=${page}`
}

/**
 * Serves a public page from the page cache or renders it, with the headers browsers and CDNs
 * need: Cache-Control with stale-while-revalidate, a strong ETag (304 on a match), the page's
 * tags as Surrogate-Key / Cache-Tag for precise CDN purges, X-Cache (HIT or MISS in this
 * process's cache), and gzip or brotli.
 */
export function createPageServer(
  cache: PageCache,
  now: () => number = Date.now,
  /** Asked on the way to a 404 or 410 only: an old address with a redirect answers 301 instead (site/redirect-lookup.ts). */
  movedTo?: (url: string) => Promise<string | undefined>,
) {
  /**
   * Renders in progress by cache key: requests that miss while one runs wait for it instead of
   * rendering the same page again (when a list page's TTL ends under load, 32 connections rendered
   * it 32 times at once; on PostgreSQL 32 monthly sitemaps ran the server out of heap). A key is
   * the same page for everyone who asks for it, which is what lets the cache serve it at all.
   */
  type Rendered = { redirect: string; status: 301 | 302 } | { page: CachedPage }
  const rendering = new Map<string, Promise<Rendered>>()

  /** Renders the page under key once, however many ask meanwhile: a redirect, or the page (kept if 200). */
  function render(key: string, produce: () => Promise<PageOutcome>): Promise<Rendered> {
    let running = rendering.get(key)
    if (!running) {
      const started = cache.begin()
      running = produce()
        .then((outcome): Rendered => {
          if ('redirect' in outcome) return outcome
          const body = typeof outcome.body === 'string' ? Buffer.from(outcome.body) : outcome.body
          const page: CachedPage = {
            status: outcome.status,
            contentType: outcome.contentType,
            body,
            tags: outcome.tags,
            maxAge: outcome.maxAge,
            etag: outcome.etag ?? etagOf(body),
            expiresAt: now() + (outcome.ttlSeconds ?? 3600) * 1000,
          }
          if (page.status === 200) cache.set(key, page, started)
          return { page }
        })
        .finally(() => rendering.delete(key))
      rendering.set(key, running)
    }
    return running
  }

  return async function servePage(req: FastifyRequest, reply: FastifyReply, produce: () => Promise<PageOutcome>) {
    const key = cacheKey(req.url)
    let page = cache.get(key)
    // Whether this process had the page: for operators and tests of a restarted or resynced server.
    reply.header('x-cache', page ? 'HIT' : 'MISS')
    if (!page) {
      const rendered = await render(key, produce)
      if ('redirect' in rendered) return sendRedirect(reply, rendered.redirect, rendered.status)
      page = rendered.page
      if ((page.status === 404 || page.status === 410) && movedTo) {
        const location = await movedTo(req.url)
        if (location) return sendRedirect(reply, location)
      }
    }
    return send(req, reply, page, cache)
  }
}

function send(req: FastifyRequest, reply: FastifyReply, page: CachedPage, cache: PageCache) {
  reply.headers(headersOf(page, cache.tagHeaders))
  if (page.status === 200 && matches(req.headers['if-none-match'], page.etag)) return reply.code(304).send()
  const { body, encoding } = cache.encoded(page, req.headers['accept-encoding'])
  if (encoding) reply.header('content-encoding', encoding)
  return reply.code(page.status).send(body)
}

/**
 * A page's own headers, made once per cached page: both ways of answering (above, and
 * fromPageCache) send the same. Its tags only in the headers the cache in front reads, if any
 * (config.cacheTagHeaders).
 */
function headersOf(page: CachedPage, names: readonly TagHeader[]): Record<string, string> {
  page.headers ??= {
    'content-type': page.contentType,
    'cache-control':
      page.status === 200 ? `public, max-age=${page.maxAge}, stale-while-revalidate=${page.maxAge * 10}` : 'public, max-age=60',
    etag: page.etag,
    vary: 'Accept-Encoding',
    ...tagHeaders(page.tags, names),
  }
  return page.headers
}

/**
 * Answers a GET or HEAD for a page this process's cache holds before Fastify sees the request:
 * the same status, headers, 304 and compression as the route would send (send() above), without
 * the routing, request and reply objects, hooks and log check of a framework request — a hot
 * page at ~0.8 × a bare node:http server instead of ~0.55 × (issue 20). Anything else (a miss,
 * another method) returns false and goes to Fastify. A hit is a routine request, logged at
 * `debug` (http/request-log.ts): a server logging at `debug` or `trace` doesn't take this path,
 * so its hits are logged as before.
 */
export function fromPageCache(cache: PageCache) {
  return function answer(req: IncomingMessage, res: ServerResponse): boolean {
    const method = req.method
    if ((method !== 'GET' && method !== 'HEAD') || req.url === undefined || !plainQuery(req.url)) return false
    const page = cache.get(cacheKey(req.url))
    if (!page) return false
    if (page.status === 200 && matches(requestHeader(req, 'if-none-match'), page.etag)) {
      res.writeHead(304, hitHeadersOf(page, cache.tagHeaders, 'notModified')).end()
      return true
    }
    const { body, encoding } = cache.encoded(page, requestHeader(req, 'accept-encoding'))
    const headers = hitHeadersOf(page, cache.tagHeaders, encoding ?? 'identity', body.length)
    res.writeHead(page.status, headers)
    if (method === 'HEAD') res.end()
    else res.end(body)
    return true
  }
}

/**
 * Every header of a cache hit, one object per page and way of answering, handed to writeHead
 * alone: a setHeader call before it (x-cache, content-length) sends Node's writeHead down its
 * slow path, which sets each header again one by one into a dictionary-mode object (issue 20:
 * 20,300 → 23,200 hot pages a second, the mean of six alternating wrk runs beside a bare
 * node:http server at 25,100).
 */
function hitHeadersOf(
  page: CachedPage,
  names: readonly TagHeader[],
  way: 'identity' | 'gzip' | 'br' | 'notModified',
  length?: number,
): Record<string, string | number> {
  page.hitHeaders ??= {}
  let headers = page.hitHeaders[way]
  if (!headers) {
    headers = { 'x-cache': 'HIT', ...headersOf(page, names) }
    if (way === 'gzip' || way === 'br') headers['content-encoding'] = way
    if (length !== undefined) headers['content-length'] = length
    page.hitHeaders[way] = headers
  }
  return headers
}

/**
 * A request header (name in lower case) read from the raw list, as Node would combine repeats:
 * `req.headers` builds an object of every header the first time it is read — a browser sends a
 * dozen or more — for the two a cache hit reads.
 */
export function requestHeader(req: IncomingMessage, name: string): string | undefined {
  const raw = req.rawHeaders
  let value: string | undefined
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i] as string
    if (key.length === name.length && key.toLowerCase() === name) value = value === undefined ? raw[i + 1] : `${value}, ${raw[i + 1]}`
  }
  return value
}

/** Query parameters the cache key leaves out that no route reads: links from social networks and ads. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|yclid|_ga)$/

/**
 * Whether a URL's query holds only the page number and tracking parameters. Any other parameter
 * may mean something to a route before the cache is asked (`/?p=123`, WordPress's address of a
 * post, answers 301: site.routes.ts), so such a request goes to the route.
 */
function plainQuery(url: string): boolean {
  const q = url.indexOf('?')
  if (q < 0) return true
  for (const key of new URLSearchParams(url.slice(q + 1)).keys()) if (key !== 'page' && !TRACKING.test(key)) return false
  return true
}

/** Whether an If-None-Match header names this strong ETag (weakly or not) or is `*`: the site's pages and the Content API answer 304 alike. */
export function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}
