import cluster from 'node:cluster'
import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import { buildApp } from '../app.js'
import type { Config } from '../config.js'
import { type Database, openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import type { DB } from '../db/schema.js'
import { demoUsers } from '../demo/demo-users.js'
import { ensureNewsroomBuilt } from '../newsroom/newsroom-build.js'
import type { Services } from '../services.js'
import type { StoryPageParts } from '../site/story-page-parts.js'
import { renderUnrenderedBodies } from '../stories/rendered-bodies.js'
import { findUserByEmail } from '../users/user.repository.js'
import { seedDemoInto } from './seed-demo.js'

/** Migrates, optionally seeds the demo, and serves until SIGINT/SIGTERM; with WORKERS > 1, in that many processes. */
export async function runServer(config: Config, options: { demo: boolean }): Promise<number> {
  // A full disk under redirected output (or a closed pipe) must not end the server over a line of text.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {})
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(config, options)
  const worker = cluster.isWorker ? Number(process.env.VISTKA_WORKER) : undefined
  if (worker === undefined) await buildNewsroomIfStale()
  const { app, schemas, database, jobs, deliveries, services, storyPages, close } = await buildApp(
    config,
    worker === undefined ? {} : { worker },
  )
  if (worker === undefined) await prepareDatabase(config, database, options, app.log)
  await app.listen({ port: config.port, host: config.host })
  jobs.start() // scheduled stories go live on time with nobody signed in; claims are exclusive across processes
  deliveries.start() // webhooks and CDN purges, retried for a day; each try is claimed by one process
  deliveries.startSweeping()
  void schemas.compileInBackground((err) => app.log.error({ err }, 'a route schema does not compile'))
  if (worker === undefined || worker === 1) {
    // Catching up is one process's work: the others serve meanwhile.
    catchUpSearchIndex(services, app.log)
    renderAheadInBackground(database.db, storyPages, app.log)
  }
  if (worker === undefined) printRunning(config)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await close()
  cluster.worker?.disconnect() // the channel to the primary would keep a drained worker alive
  return 0
}

/** Migrations, and the demo when asked: done once, by the only process or by the primary before any worker starts. */
async function prepareDatabase(config: Config, database: Database, options: { demo: boolean }, log?: FastifyBaseLogger) {
  const { applied } = await migrateToLatest(database.db)
  if (applied.length) {
    if (log) log.info({ applied }, 'applied migrations')
    else console.error(`Applied migrations: ${applied.join(', ')}.`)
  }
  if (options.demo) {
    const outcome = await seedDemoInto(config, database)
    if ('skipped' in outcome && outcome.skipped === 'locales') console.error(`No demo seeded: ${outcome.message}`)
    if (await findUserByEmail(database.db, demoUsers[0]?.email ?? '')) printDemoAccounts()
  }
}

/** A worker that dies is started again after this long, doubling while it keeps dying within a minute (to 30 s). */
const RESTART_MS = 500

/**
 * WORKERS > 1: this process prepares the database, then runs that many server processes on the
 * same port (node:cluster hands them connections in turn), starts again any that dies, and on
 * SIGINT/SIGTERM passes the signal on and waits for every worker to drain and exit.
 */
async function runPrimary(config: Config, options: { demo: boolean }): Promise<number> {
  await buildNewsroomIfStale()
  const database = openDatabase(config.database)
  try {
    await prepareDatabase(config, database, options)
  } finally {
    await database.close()
  }
  let stopping = false
  const crashes = new Map<number, { at: number; delay: number }>()
  const start = (index: number) => {
    const worker = cluster.fork({ VISTKA_WORKER: String(index) })
    worker.once('exit', (code, signal) => {
      if (stopping) return
      const last = crashes.get(index)
      const delay = last && Date.now() - last.at < 60_000 ? Math.min(last.delay * 2, 30_000) : RESTART_MS
      crashes.set(index, { at: Date.now(), delay })
      console.error(`Worker ${index} (pid ${worker.process.pid}) ended (${signal ?? `code ${code}`}); starting it again in ${delay} ms.`)
      setTimeout(() => {
        if (!stopping) start(index)
      }, delay)
    })
  }
  for (let i = 1; i <= config.workers; i++) start(i)
  await new Promise<void>((resolve) => cluster.once('listening', () => resolve()))
  printRunning(config)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  stopping = true
  const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined)
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.isDead()) return resolve()
          const kill = setTimeout(() => w.process.kill('SIGKILL'), 15_000) // a worker that can't drain in time
          w.once('exit', () => {
            clearTimeout(kill)
            resolve()
          })
          w.process.kill('SIGTERM')
        }),
    ),
  )
  return 0
}

function printRunning(config: Config): void {
  const workers = config.workers > 1 ? ` in ${config.workers} worker processes` : ''
  console.error(
    `\nVistka is running on ${config.database.dialect}${workers}.\n  Public site: ${config.siteUrl}/\n  Newsroom:    ${config.siteUrl}/newsroom/\n`,
  )
}

/**
 * The index catches up while the site serves: rebuilt if a migration had to drop it, else the
 * changes a crash left unindexed are indexed (one read of the search queue when there are none).
 */
function catchUpSearchIndex(services: Services, log: FastifyBaseLogger): void {
  const started = performance.now()
  const caughtUp = services.searchIndex
    .catchUp()
    .then(({ rebuilt }) => {
      if (rebuilt)
        log.info({ stories: rebuilt.done, seconds: Math.round((performance.now() - started) / 100) / 10 }, 'rebuilt the empty search index')
    })
    .catch((err) => log.error({ err }, 'catching up the search index failed; run `vistka reindex`'))
  // Then, hourly until the app closes: PostgreSQL's monthly windows follow the calendar (SearchBackend.maintain).
  void caughtUp.then(() =>
    services.searchIndex.keepMaintained((err) => log.error({ err }, 'tending the search index failed; searches are slower until it works')),
  )
}

/** Stored bodies first (migration 0014), then every story page not stored yet (decision 017); readers never wait for either. */
function renderAheadInBackground(db: Kysely<DB>, storyPages: StoryPageParts, log: FastifyBaseLogger): void {
  const started = performance.now()
  const seconds = () => Math.round((performance.now() - started) / 100) / 10
  const bodies = renderUnrenderedBodies(db)
    .then((rendered) => {
      if (rendered) log.info({ bodies: rendered, seconds: seconds() }, 'rendered stored story bodies')
    })
    .catch((err) => log.error({ err }, 'rendering stored story bodies failed; pages render them on the fly until the next start'))
  storyPages
    .renderAll({ after: bodies })
    .then((rendered) => {
      if (rendered) log.info({ pages: rendered, seconds: seconds() }, 'rendered story pages ahead of readers')
    })
    .catch((err) => log.error({ err }, 'rendering story pages ahead failed; readers get them rendered on request'))
}

function printDemoAccounts(): void {
  const rows = demoUsers.map((u) => `  ${u.role.padEnd(12)} ${u.email.padEnd(28)} ${u.password}`)
  console.error(
    `\nDemo accounts (demo mode only; a production start never creates them):\n  ${'role'.padEnd(12)} ${'email'.padEnd(28)} password\n${rows.join('\n')}`,
  )
}

/** A fresh clone (or edited app sources) gets the newsroom built before serving; without Vite the public site still runs. */
async function buildNewsroomIfStale(): Promise<void> {
  try {
    if ((await ensureNewsroomBuilt()) === 'built') console.error('Built the newsroom app (newsroom/dist).')
  } catch (err) {
    console.error(`The newsroom app could not be built, so /newsroom/ will say so: ${(err as Error).message}`)
  }
}
