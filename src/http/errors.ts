import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { storageFailureOf } from '../db/database-errors.js'
import { Conflict, DomainError, type ErrorKind } from '../errors.js'
import { t } from '../i18n/messages.js'
import type { LocaleSettings } from '../shared/locales.js'
import { requestLocale } from './request-locale.js'
import { describeValidation, FRAMING_ERRORS } from './validation-errors.js'

/** The largest JSON body any route takes (Fastify's default, said here so messages can name it). */
export const BODY_LIMIT_BYTES = 1024 * 1024

/** Seconds a client is told to wait when the database is unreachable or locked (a restart takes a few). */
export const RETRY_AFTER_SECONDS = 5

/** The only place that knows HTTP status codes for domain errors. */
const STATUS: Record<ErrorKind, number> = {
  Invalid: 400,
  Unauthenticated: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  TooLarge: 413,
  RateLimited: 429,
  /** Too much work queued already (searches): try again in `params.seconds`. */
  Busy: 503,
}

export interface ErrorBody {
  error: { code: string; message: string; params?: Record<string, string | number>; fields?: unknown }
  /** On some conflicts: the current state of what the request tried to change. */
  current?: object
}

/**
 * Every error leaves as JSON with a code and a message in the reader's language. Unexpected
 * errors are logged in full and masked: SQL or stack traces never reach a client.
 */
export function installErrorHandler(
  app: FastifyInstance,
  site: LocaleSettings,
  /** Renders the site's 404 page for addresses outside the APIs. */
  notFoundPage?: (locale: string, path: string) => Promise<string>,
  /** Where an old address has moved (a redirect), asked before that 404 page goes out. */
  movedTo?: (url: string) => Promise<string | undefined>,
): void {
  app.setErrorHandler((err: FastifyError | DomainError | Error, req, reply) => {
    const locale = requestLocale(req, site)
    if (err instanceof DomainError) {
      const params = Object.keys(err.params).length ? { params: err.params } : {}
      const current = err instanceof Conflict && err.current ? { current: err.current } : {}
      const body: ErrorBody = { error: { code: err.key, message: t(locale, err.key, err.params), ...params }, ...current }
      if (err.kind === 'RateLimited' || err.kind === 'Busy') reply.header('retry-after', String(err.params.seconds))
      return reply.code(STATUS[err.kind]).send(body)
    }
    const fe = err as FastifyError
    if (fe.validation) {
      const { key, params } = describeValidation(fe.validation, fe.validationContext)
      const body: ErrorBody = { error: { code: key, message: t(locale, key, params), params, fields: fe.validation } }
      return reply.code(400).send(body)
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const key = (fe.code && FRAMING_ERRORS[fe.code]) || 'bad_request'
      const params = { max: Math.round(BODY_LIMIT_BYTES / 1024 / 1024) }
      const body: ErrorBody = { error: { code: key, message: t(locale, key, params) } }
      return reply.code(fe.statusCode).send(body)
    }
    const failure = storageFailureOf(err)
    if (failure === 'unavailable') {
      req.log.warn({ err }, 'database unavailable; answered 503')
      reply.header('retry-after', String(RETRY_AFTER_SECONDS))
      return reply.code(503).send({ error: { code: 'service_unavailable', message: t(locale, 'service_unavailable') } } satisfies ErrorBody)
    }
    if (failure === 'storage_full') {
      req.log.error({ err }, 'disk full; answered 507')
      return reply.code(507).send({ error: { code: 'storage_full', message: t(locale, 'storage_full') } } satisfies ErrorBody)
    }
    if (failure === 'invalid_text') {
      const params = { field: 'text' }
      return reply
        .code(400)
        .send({ error: { code: 'invalid_characters', message: t(locale, 'invalid_characters', params), params } } satisfies ErrorBody)
    }
    req.log.error({ err }, 'unhandled error')
    const body: ErrorBody = { error: { code: 'internal', message: t(locale, 'internal') } }
    return reply.code(500).send(body)
  })

  app.setNotFoundHandler(async (req, reply) => {
    const locale = requestLocale(req, site)
    if (notFoundPage && !req.url.startsWith('/api/') && (req.method === 'GET' || req.method === 'HEAD')) {
      const location = await movedTo?.(req.url)
      if (location) return reply.header('cache-control', 'public, max-age=300').redirect(location, 301)
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(await notFoundPage(locale, req.url.split('?')[0] ?? '/'))
    }
    const body: ErrorBody = { error: { code: 'not_found', message: t(locale, 'not_found') } }
    return reply.code(404).send(body)
  })
}

/** The longest path segment a route parameter may be (a story address is a 100-character slug and its id). */
export const MAX_PARAM_LENGTH = 300

/**
 * Fastify's router refuses some addresses before any route or hook runs (a malformed percent
 * escape, an over-long parameter); they still answer in our JSON shape and the caller's language.
 */
export function frameworkErrorHandler(site: LocaleSettings) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const key = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'url_too_long' : 'bad_url'
    const body: ErrorBody = { error: { code: key, message: t(requestLocale(req, site), key, { max: MAX_PARAM_LENGTH }) } }
    return reply.code(err.statusCode ?? 400).send(body)
  }
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers or request line too large,
 * malformed HTTP). No headers were read, so the message is in the site's default language.
 */
export function clientErrorHandler(site: LocaleSettings) {
  return (err: Error & { code?: string }, socket: Socket): void => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    const [status, key, reason] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? ([431, 'headers_too_large', 'Request Header Fields Too Large'] as const)
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? ([408, 'request_timeout', 'Request Timeout'] as const)
          : ([400, 'bad_request', 'Bad Request'] as const)
    const body = JSON.stringify({ error: { code: key, message: t(site.defaultLocale, key) } } satisfies ErrorBody)
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    )
  }
}
