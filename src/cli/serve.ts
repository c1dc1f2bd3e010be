import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import { buildApp } from '../app.js'
import type { Config } from '../config.js'
import { migrateToLatest } from '../db/migrate.js'
import type { DB } from '../db/schema.js'
import { demoUsers } from '../demo/demo-users.js'
import { ensureNewsroomBuilt } from '../newsroom/newsroom-build.js'
import type { Services } from '../services.js'
import { renderUnrenderedBodies } from '../stories/rendered-bodies.js'
import { findUserByEmail } from '../users/user.repository.js'
import { seedDemoInto } from './seed-demo.js'

/** Migrates, optionally seeds the demo, and serves until SIGINT/SIGTERM. */
export async function runServer(config: Config, options: { demo: boolean }): Promise<number> {
  // A full disk under redirected output (or a closed pipe) must not end the server over a line of text.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {})
  await buildNewsroomIfStale()
  const { app, database, jobs, services, close } = await buildApp(config)
  const { applied } = await migrateToLatest(database.db)
  if (applied.length) app.log.info({ applied }, 'applied migrations')
  if (options.demo) {
    const outcome = await seedDemoInto(config, database)
    if ('skipped' in outcome && outcome.skipped === 'locales') console.error(`No demo seeded: ${outcome.message}`)
    if (await findUserByEmail(database.db, demoUsers[0]?.email ?? '')) printDemoAccounts()
  }
  await app.listen({ port: config.port, host: config.host })
  jobs.start() // scheduled stories go live on time with nobody signed in
  catchUpSearchIndex(services, app.log)
  renderUnrenderedInBackground(database.db, app.log)
  console.error(
    `\nVistka is running on ${config.database.dialect}.\n  Public site: ${config.siteUrl}/\n  Newsroom:    ${config.siteUrl}/newsroom/\n`,
  )
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await close()
  return 0
}

/**
 * The index catches up while the site serves: rebuilt if a migration had to drop it, else the
 * changes a crash left unindexed are indexed (one read of the search queue when there are none).
 */
function catchUpSearchIndex(services: Services, log: FastifyBaseLogger): void {
  const started = performance.now()
  services.searchIndex
    .catchUp()
    .then(({ rebuilt }) => {
      if (rebuilt)
        log.info({ stories: rebuilt.done, seconds: Math.round((performance.now() - started) / 100) / 10 }, 'rebuilt the empty search index')
    })
    .catch((err) => log.error({ err }, 'catching up the search index failed; run `vistka reindex`'))
}

/** Bodies stored before addresses were left out of them (migration 0014) are rendered while the site serves. */
function renderUnrenderedInBackground(db: Kysely<DB>, log: FastifyBaseLogger): void {
  const started = performance.now()
  renderUnrenderedBodies(db)
    .then((rendered) => {
      if (rendered)
        log.info({ bodies: rendered, seconds: Math.round((performance.now() - started) / 100) / 10 }, 'rendered stored story bodies')
    })
    .catch((err) => log.error({ err }, 'rendering stored story bodies failed; pages render them on the fly until the next start'))
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
