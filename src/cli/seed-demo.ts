import type { Config } from '../config.js'
import type { Database } from '../db/database.js'
import { isEmptyDatabase, type SeedReport, seedDemo } from '../demo/seed.js'
import { createEventBus } from '../events.js'
import { createLocalStorage } from '../media/media.storage.js'
import { createProgress } from './progress.js'

/** Seeds the demo into an empty database, with progress; undefined when the database has content. */
export async function seedDemoInto(config: Config, database: Database): Promise<SeedReport | undefined> {
  if (!(await isEmptyDatabase(database.db))) return undefined
  const started = Date.now()
  const progress = createProgress('Seeding the demo newsroom')
  const report = await seedDemo(
    {
      db: database.db,
      site: { locales: config.locales, defaultLocale: config.defaultLocale },
      storage: createLocalStorage(config.mediaDir),
      events: createEventBus(),
    },
    { onProgress: progress.update },
  )
  console.error(
    `Seeded ${report.stories} stories (${report.versions} language versions), ${report.media} pictures and ${report.users.length} demo accounts in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
  return report
}
