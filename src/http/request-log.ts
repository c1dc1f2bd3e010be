import { type FastifyReply, type FastifyRequest, LogController } from 'fastify'

/** pino's level numbers: a line is written when its level's is at least the logger's. */
const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Number.POSITIVE_INFINITY }

/** A request slower than this is logged at `warn`, whatever it was. */
export const SLOW_REQUEST_MS = 1000

/**
 * Fastify's request logging (`logController`) writing one line per request, at a level that says
 * how much it matters, instead of two `info` lines for every request (which halved a hot page's
 * throughput at the default level):
 *
 * - `error`: answered 5xx; `warn`: took longer than SLOW_REQUEST_MS — always logged;
 * - `debug`: routine reads a busy site repeats thousands of times a second — a public page, feed
 *   or sitemap served from the page cache, a `304`, a fingerprinted asset or an image, `/health`
 *   and `/ready`;
 * - `info`: everything else — pages rendered afresh, searches, 4xx, every newsroom and API call.
 */
export class LeveledRequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, req: FastifyRequest, reply: FastifyReply): void {
    const ms = reply.elapsedTime
    const status = reply.statusCode
    const level = error || status >= 500 ? 'error' : ms >= SLOW_REQUEST_MS ? 'warn' : routine(req, reply) ? 'debug' : 'info'
    if ((LEVELS[level] as number) < (LEVELS[req.log.level] ?? 0)) return
    req.log[level](
      {
        req: { method: req.method, url: req.url, ip: req.ip },
        res: { statusCode: status },
        responseTime: Math.round(ms * 10) / 10,
        ...(error && { err: error }),
      },
      error ? 'request errored' : 'request completed',
    )
  }
}

function routine(req: FastifyRequest, reply: FastifyReply): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (reply.statusCode === 304 || reply.getHeader('x-cache') === 'HIT') return true
  const path = req.url
  return path.startsWith('/assets/') || path.startsWith('/media/') || path === '/health' || path === '/ready'
}
