import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type App, buildApp } from '../app.js'
import { type DatabaseConfig, loadConfig } from '../config.js'
import type { Database, Dialect } from '../db/database.js'
import { createEventBus, type DomainEvents, type EventName } from '../events.js'
import { createLocalStorage } from '../media/media.storage.js'
import { createServices, type Services } from '../services.js'
import { createTestDatabase } from './test-database.js'

export const TEST_SITE = { locales: ['uk', 'en', 'ru'], defaultLocale: 'uk' } as const

/** A clock tests move by hand. */
export function testClock(start = '2026-11-24T08:00:00.000Z') {
  let now = new Date(start)
  const clock = () => new Date(now)
  return Object.assign(clock, {
    set: (iso: string) => {
      now = new Date(iso)
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms)
    },
  })
}

export interface TestContext {
  database: Database
  services: Services
  clock: ReturnType<typeof testClock>
  /** Every event emitted, in order. */
  events: { name: EventName; payload: DomainEvents[EventName] }[]
  mediaDir: string
  close(): Promise<void>
}

/** Services over a fresh database of the dialect, with a fixed clock and a recorded event stream. */
export async function createTestContext(dialect: Dialect): Promise<TestContext> {
  const database = await createTestDatabase(dialect)
  const mediaDir = mkdtempSync(join(tmpdir(), 'vistka-media-'))
  const clock = testClock()
  const bus = createEventBus((err) => {
    throw err
  })
  const events: TestContext['events'] = []
  const emit = bus.emit
  bus.emit = (name, payload) => {
    events.push({ name, payload })
    emit(name, payload)
  }
  const services = createServices({
    db: database.db,
    events: bus,
    site: TEST_SITE,
    clock,
    storage: createLocalStorage(mediaDir),
    onBackgroundError: (err) => {
      throw err // a test sees it as an unhandled rejection, and fails
    },
  })
  return {
    database,
    services,
    clock,
    events,
    mediaDir,
    async close() {
      await services.searchIndex.settled()
      await database.close()
      rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}

/** The whole app over a fresh database, for HTTP tests with app.inject. */
export async function createTestApp(
  dialect: Dialect,
  env: Record<string, string> = {},
): Promise<App & { mediaDir: string; clock: ReturnType<typeof testClock>; location: DatabaseConfig }> {
  const database = await createTestDatabase(dialect)
  const mediaDir = mkdtempSync(join(tmpdir(), 'vistka-media-'))
  const clock = testClock()
  const config = loadConfig({ MEDIA_DIR: mediaDir, LOG_LEVEL: 'silent', ...env })
  const app = await buildApp(config, { database, clock, logger: false })
  return {
    ...app,
    mediaDir,
    clock,
    location: database.location,
    async close() {
      await app.close()
      rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
