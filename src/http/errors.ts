import type { FastifyError, FastifyInstance } from 'fastify'
import { DomainError, type ErrorKind } from '../errors.js'
import { t } from '../i18n/messages.js'
import type { LocaleSettings } from '../site/urls.js'
import { requestLocale } from './request-locale.js'

/** The only place that knows HTTP status codes for domain errors. */
const STATUS: Record<ErrorKind, number> = {
  Invalid: 400,
  Unauthenticated: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  TooLarge: 413,
  RateLimited: 429,
}

export interface ErrorBody {
  error: { code: string; message: string; params?: Record<string, string | number>; fields?: unknown }
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
): void {
  app.setErrorHandler((err: FastifyError | DomainError | Error, req, reply) => {
    const locale = requestLocale(req, site)
    if (err instanceof DomainError) {
      const params = Object.keys(err.params).length ? { params: err.params } : {}
      const body: ErrorBody = { error: { code: err.key, message: t(locale, err.key, err.params), ...params } }
      if (err.kind === 'RateLimited') reply.header('retry-after', String(err.params.seconds))
      return reply.code(STATUS[err.kind]).send(body)
    }
    const fe = err as FastifyError
    if (fe.validation) {
      const fields = fe.validation.map((v) => v.instancePath || v.params?.missingProperty || '').join(', ')
      const body: ErrorBody = { error: { code: 'invalid_input', message: t(locale, 'invalid_input', { fields }), fields: fe.validation } }
      return reply.code(400).send(body)
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const body: ErrorBody = { error: { code: fe.code ?? 'bad_request', message: t(locale, 'bad_request') } }
      return reply.code(fe.statusCode).send(body)
    }
    req.log.error({ err }, 'unhandled error')
    const body: ErrorBody = { error: { code: 'internal', message: t(locale, 'internal') } }
    return reply.code(500).send(body)
  })

  app.setNotFoundHandler(async (req, reply) => {
    const locale = requestLocale(req, site)
    if (notFoundPage && !req.url.startsWith('/api/') && (req.method === 'GET' || req.method === 'HEAD')) {
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(await notFoundPage(locale, req.url.split('?')[0] ?? '/'))
    }
    const body: ErrorBody = { error: { code: 'not_found', message: t(locale, 'not_found') } }
    return reply.code(404).send(body)
  })
}
