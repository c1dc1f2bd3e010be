import type { FastifyPluginAsync } from 'fastify'
import { type Database, pingDatabase } from '../db/database.js'
import { migrationsCurrent } from '../db/migrate.js'
import { RETRY_AFTER_SECONDS } from './errors.js'

/** A database that takes longer than this to answer `select 1` counts as not ready. */
const READY_TIMEOUT_MS = 2000

/**
 * `/health`: the process is up (liveness; a load balancer restarts it when this fails).
 * `/ready`: the process can serve now — its database answers, its migrations are all applied,
 * and it hears other processes' changes, so its caches are exact (readiness; a load balancer sends it no traffic meanwhile,
 * and a restart would not help).
 */
export interface HealthOptions {
  database: Database
  closing: () => boolean
  /** Whether this process hears other processes' changes (cluster/change-fanout.ts). */
  listening: () => boolean
  /** This process's number among WORKERS, said by /health so an operator can tell which answered. */
  worker?: number
  /** Whether this process is rendering story pages ahead at start-up (said by /health: a benchmark waits for it). */
  renderingAhead?: () => boolean
}

export const healthRoutes: FastifyPluginAsync<HealthOptions> = async (app, { database, closing, listening, worker, renderingAhead }) => {
  app.get('/health', async () => ({
    ok: true,
    database: database.dialect,
    ...(worker !== undefined && { worker }),
    ...(renderingAhead?.() && { renderingAhead: true }),
  }))

  // Migrations never go backwards: once current, the question is not asked again.
  let migrated = false
  const migrationProblem = async () => {
    migrated ||= await migrationsCurrent(database.db)
    return migrated ? undefined : 'migrations_pending'
  }

  app.get('/ready', async (req, reply) => {
    const problem = closing()
      ? 'shutting_down'
      : ((await databaseProblem(database)) ?? (await migrationProblem()) ?? (listening() ? undefined : 'change_listener_down'))
    reply.header('cache-control', 'no-store')
    if (!problem) return { ready: true, database: database.dialect }
    req.log.warn({ problem }, 'not ready')
    reply.header('retry-after', String(RETRY_AFTER_SECONDS))
    return reply.code(503).send({ ready: false, database: database.dialect, problem })
  })
}

async function databaseProblem(database: Database): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('database_timeout'), READY_TIMEOUT_MS)
  })
  const ping = pingDatabase(database.db).then(
    () => undefined,
    (err: Error & { code?: string }) => `database_error: ${err.code ?? err.message}`,
  )
  try {
    return await Promise.race([ping, timeout])
  } finally {
    clearTimeout(timer)
  }
}
