import type { Config } from '../config.js'
import type { Database } from '../db/database.js'
import { demoUnavailableReason, isEmptyDatabase, type SeedReport, seedDemo } from '../demo/seed.js'
import { createEventBus } from '../events.js'
import { createMediaStorage } from '../media/storage-choice.js'
import { createProgress } from './progress.js'

export type SeedOutcome = SeedReport | { skipped: 'not_empty' | 'locales'; message: string }

/** Seeds the demo into an empty database, with progress; says why when it doesn't. */
export async function seedDemoInto(config: Config, database: Database): Promise<SeedOutcome> {
  const site = { locales: config.locales, defaultLocale: config.defaultLocale }
  const unavailable = demoUnavailableReason(site)
  if (unavailable) return { skipped: 'locales', message: unavailable }
  if (!(await isEmptyDatabase(database.db)))
    return { skipped: 'not_empty', message: 'The database already has content; the demo is only seeded into an empty database.' }
  const started = Date.now()
  const progress = createProgress('Seeding the demo newsroom')
  const report = await seedDemo(
    {
      db: database.db,
      site,
      storage: createMediaStorage(config),
      events: createEventBus(),
    },
    { onProgress: progress.update },
  )
  console.error(
    `Seeded ${report.stories} stories (${report.versions} language versions), ${report.media} pictures and ${report.users.length} demo accounts in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
  return report
}
