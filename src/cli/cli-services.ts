import type { Config } from '../config.js'
import type { openDatabase } from '../db/database.js'
import { systemClock } from '../db/time.js'
import { createEventBus } from '../events.js'
import { createMediaStorage } from '../media/storage-choice.js'
import { createServices } from '../services.js'

/** The services a command works through, on the configured database, media storage and languages. */
export function servicesFor(config: Config, db: ReturnType<typeof openDatabase>['db']) {
  return createServices({
    db,
    events: createEventBus(),
    site: { locales: config.locales, defaultLocale: config.defaultLocale },
    clock: systemClock,
    storage: createMediaStorage(config),
  })
}
