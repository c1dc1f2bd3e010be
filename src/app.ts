import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { resolve } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import { createPurgeHandler, PURGE_JOB } from './cdn/purge-job.js'
import { purgeCdnOnChanges } from './cdn/purge-on-changes.js'
import { fanOutChanges } from './cluster/change-fanout.js'
import { pgChannel } from './cluster/pg-channel.js'
import { sqliteChannel } from './cluster/sqlite-channel.js'
import type { Config, DatabaseConfig } from './config.js'
import { contentApi } from './content-api/content-api.js'
import { type Database, openDatabase } from './db/database.js'
import { type Clock, systemClock, toTimestamp } from './db/time.js'
import { createEventBus, type EventBus } from './events.js'
import { feedRoutes } from './feeds/feeds.routes.js'
import { adminApi } from './http/admin-api.js'
import { BODY_LIMIT_BYTES, clientErrorHandler, frameworkErrorHandler, installErrorHandler, MAX_PARAM_LENGTH } from './http/errors.js'
import { healthRoutes } from './http/health.routes.js'
import { createLazySchemaCompilers } from './http/lazy-schemas.js'
import { createLogDestination } from './http/log-destination.js'
import { refuseNulCharacters } from './http/nul-characters.js'
import { LeveledRequestLog } from './http/request-log.js'
import { createJobRunner, type JobRunner } from './jobs/job.runner.js'
import { mediaFileRoutes } from './media/media-files.routes.js'
import { createMediaStorage } from './media/storage-choice.js'
import { newsroomRoutes } from './newsroom/newsroom.routes.js'
import { inProcessSearchGate, type SearchGate, threadSearchGate } from './search/search-gate.js'
import { createServices, type Services } from './services.js'
import { mediaRoot } from './shared/addresses.js'
import { loadSiteAssets } from './site/assets.js'
import { invalidatePagesOnEvents } from './site/cache-invalidation.js'
import { createPageCache, type PageCache } from './site/page-cache.js'
import { createPageContexts } from './site/page-context.js'
import { pageSkeletons } from './site/page-skeleton.js'
import { createRedirectLookup } from './site/redirect-lookup.js'
import { fromPageCache } from './site/serve-page.js'
import { siteRoutes } from './site/site.routes.js'
import { renderStoryPart } from './site/story.producer.js'
import { createStoryPageParts, partsFingerprint, renderChangedStoriesAhead, type StoryPageParts } from './site/story-page-parts.js'
import { keepRenderedBodiesCurrent } from './stories/rendered-bodies.js'
import { PUBLISH_JOB } from './stories/story.service.js'
import { createDeliveryHandler } from './webhooks/deliver.js'
import { keepDeliveryLogShort } from './webhooks/retention.js'
import { sendWebhooksOnEvents } from './webhooks/webhook-events.js'
import { webhookObjects } from './webhooks/webhook-payloads.js'
import { DELIVER_JOB } from './webhooks/webhook-queue.js'

export interface AppOptions {
  /** An already open database (tests pass a fresh one); otherwise the config's is opened. */
  database?: Database
  clock?: Clock
  logger?: boolean
  /** This process's number among WORKERS (1…n), named in every log line; undefined when it is the only one. */
  worker?: number
}

export interface App {
  app: FastifyInstance
  /** Route schemas are compiled on first use (http/lazy-schemas.ts); this compiles the rest. */
  schemas: Pick<ReturnType<typeof createLazySchemaCompilers>, 'compileAll' | 'compileInBackground'>
  services: Services
  database: Database
  events: EventBus
  cache: PageCache
  /** Timed work; `serve` starts it, tests run it by hand with `jobs.runDue()`. */
  jobs: JobRunner
  /** Webhook deliveries and CDN purges: slow receivers never hold up scheduled publishing. `serve` starts them. */
  deliveries: JobRunner & { startSweeping(): void }
  /** Story pages rendered ahead of readers; `serve` renders the missing ones at start-up. */
  storyPages: StoryPageParts
  /** Resolves when stored bodies and the page cache have caught up with every event so far. */
  cacheSettled(): Promise<void>
  close(): Promise<void>
}

/** How long requests in flight may take to finish when the server stops (SIGTERM) before their connections are cut. */
const DRAIN_MS = 7000

/** The composition root: one Fastify app with the public site, media and (later) the APIs, built from a Config. */
export async function buildApp(config: Config, options: AppOptions = {}): Promise<App> {
  const clock = options.clock ?? systemClock
  const site = { locales: config.locales, defaultLocale: config.defaultLocale }
  const logDestination = createLogDestination()
  const schemas = createLazySchemaCompilers()
  // Pages in this process's cache are answered before Fastify sees the request (site/serve-page.ts);
  // set once the cache exists, and unset while the server drains.
  let fromCache: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined
  const app = Fastify({
    // Fastify's own server (http.createServer with its timeouts), with the page cache in front.
    serverFactory: (handler, o) => {
      const server = createServer((req, res) => {
        if (!fromCache?.(req, res)) handler(req, res)
      })
      const option = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback) // Fastify's defaults
      server.keepAliveTimeout = option(o.keepAliveTimeout, 72_000)
      server.requestTimeout = option(o.requestTimeout, 0)
      server.setTimeout(option(o.connectionTimeout, 0))
      return server
    },
    schemaController: { compilersFactory: schemas.compilersFactory },
    // Log lines go through a destination that drops them when the disk is full instead of failing the process.
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            stream: logDestination,
            ...(options.worker !== undefined && { base: { pid: process.pid, worker: options.worker } }),
          },
    // Unknown fields and wrong types are errors a client should hear about, not things to drop or coerce silently.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
    // One line per request, at a level by what it was (http/request-log.ts), instead of two at info.
    logController: new LeveledRequestLog(),
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    bodyLimit: BODY_LIMIT_BYTES,
    // Without it the socket's address is the client's: a forged X-Forwarded-For changes nothing.
    trustProxy: config.trustProxy === false ? false : [...config.trustProxy],
    frameworkErrors: frameworkErrorHandler(site),
    clientErrorHandler: clientErrorHandler(site),
  })
  const database =
    options.database ??
    openDatabase(config.database, { onConnectionError: (err) => app.log.warn({ err }, 'database connection lost; reconnecting on demand') })
  let closing = false
  const events = createEventBus((err, event) => app.log.error({ err, event }, 'event subscriber failed'))
  const mediaDir = resolve(config.mediaDir)
  const storage = createMediaStorage(config)
  const searchGate = createSearchGate(config, database.location, (err) => app.log.error({ err }, 'a search thread failed; started another'))
  const services = createServices({
    db: database.db,
    events,
    site,
    clock,
    storage,
    searchGate,
    rememberTopicLists: true, // forgotten on changes by invalidatePagesOnEvents, below
    allowPrivateWebhooks: config.webhooks.allowPrivate,
    onBackgroundError: (err, what) => app.log.error({ err }, `${what} failed`),
  })

  const assets = await loadSiteAssets()
  const cache = createPageCache({
    maxEntries: 20_000,
    maxBytes: config.pageCacheBytes,
    now: () => clock().getTime(),
    tagHeaders: config.cacheTagHeaders,
  })
  // A process logging at debug logs every hit, which only the route does (http/request-log.ts).
  if (config.logLevel !== 'debug' && config.logLevel !== 'trace') fromCache = fromPageCache(cache)
  const bodies = keepRenderedBodiesCurrent({
    events,
    db: database.db,
    onError: (err) => app.log.error({ err }, 're-rendering story bodies failed'),
  })
  // Other processes on the database (WORKERS, more servers) hear of every change that makes a
  // cached page stale; one that may have missed some drops its caches (cluster/change-fanout.ts).
  const location = database.location
  const fanout = fanOutChanges({
    local: events,
    channel:
      location.dialect === 'postgres'
        ? pgChannel(database.db, location.url, (err) => app.log.warn({ err }, 'change listener connection lost; reconnecting'))
        : sqliteChannel(database.db),
    onError: (err) => app.log.error({ err }, 'relaying a change to other processes failed'),
    onResync: () => {
      cache.clear()
      pages.forgetMenu()
      storyPages.clear()
      services.search.forgetAllTopicLists()
      app.log.warn('change listener reconnected: dropped the page cache')
    },
  })
  const siteSettings = {
    db: database.db,
    site,
    siteUrl: config.siteUrl,
    mediaRoot: mediaRoot(config.mediaPublicUrl),
    timezone: config.timezone,
    assets,
    events: fanout.cacheEvents,
  }
  const pages = createPageContexts({ ...siteSettings, clock })
  // What a stored story page is rendered with: its fingerprint and its skeleton are made from it.
  const pageSettings = { ...siteSettings, cssPath: assets.css.path, logoPath: assets.logo.path }
  const now = () => toTimestamp(clock())
  const storyPages = createStoryPageParts({
    db: database.db,
    locales: site.locales,
    fingerprint: partsFingerprint(pageSettings),
    skeleton: pageSkeletons(pageSettings),
    now,
    render: (versionId) => renderStoryPart({ db: database.db, now, pages, search: services.search }, versionId),
    walkAtOnce: database.dialect === 'postgres' ? 3 : 1,
    onError: (err) => app.log.error({ err }, 'rendering a story page ahead of readers failed'),
  })
  const invalidation = invalidatePagesOnEvents({
    events: fanout.cacheEvents,
    cache,
    storyPages,
    topicLists: { forget: services.search.forgetTopicLists },
    db: database.db,
    site,
    onError: (err) => app.log.error({ err }, 'page cache invalidation failed'),
  })
  renderChangedStoriesAhead({ events, parts: storyPages, invalidated: invalidation.settled })
  const redirects = createRedirectLookup({ db: database.db, site, siteUrl: config.siteUrl, now })
  const siteOptions = { ...siteSettings, clock, cache, search: services.search, pages, storyPages, redirects }
  const jobs = createJobRunner({
    db: database.db,
    dialect: database.dialect,
    clock,
    kinds: [PUBLISH_JOB],
    handlers: {
      [PUBLISH_JOB]: async (payload) => {
        await services.stories.publishScheduled(String(payload.versionId), String(payload.scheduledAt))
      },
    },
    onError: (err, job) => app.log.error({ err, job: job.id, kind: job.kind }, 'job failed'),
  })
  const contentContext = {
    db: database.db,
    site,
    siteUrl: config.siteUrl,
    mediaRoot: siteSettings.mediaRoot,
    tagHeaders: config.cacheTagHeaders,
  }
  // Only this process's own changes (events, not fanout.cacheEvents): each change is queued once.
  const webhooks = sendWebhooksOnEvents({
    events,
    db: database.db,
    site,
    clock,
    objects: webhookObjects(contentContext),
    onError: (err) => app.log.error({ err }, 'queueing webhooks failed'),
  })
  const purger = config.cdnPurge
  const purges =
    purger &&
    purgeCdnOnChanges({
      events,
      db: database.db,
      site,
      clock,
      settings: purger,
      onError: (err) => app.log.error({ err }, 'queueing a CDN purge failed'),
    })
  // Purge jobs left from when CDN_PURGE was set stay queued rather than fail without a handler.
  const deliveryKinds = purger ? [DELIVER_JOB, PURGE_JOB] : [DELIVER_JOB]
  const deliveryLog = keepDeliveryLogShort({
    db: database.db,
    clock,
    kinds: deliveryKinds,
    onError: (err) => app.log.error({ err }, 'forgetting old webhook deliveries failed'),
  })
  const deliveries = Object.assign(
    createJobRunner({
      db: database.db,
      dialect: database.dialect,
      clock,
      kinds: deliveryKinds,
      concurrency: 8,
      handlers: {
        [DELIVER_JOB]: createDeliveryHandler({
          db: database.db,
          clock,
          allowPrivate: config.webhooks.allowPrivate,
          userAgent: `Vistka-Webhooks/1 (+${config.siteUrl})`,
        }),
        ...(purger && {
          [PURGE_JOB]: createPurgeHandler({
            db: database.db,
            clock,
            settings: purger,
            onGiveUp: (tags, why) => app.log.error({ tags, why }, 'gave up purging the CDN; its copies expire on their own (max-age)'),
          }),
        }),
      },
      onError: (err, job) => app.log.warn({ err, job: job.id, kind: job.kind }, 'delivery job failed'),
    }),
    { startSweeping: deliveryLog.start },
  )
  installErrorHandler(app, site, pages.notFoundPage, redirects)
  refuseNulCharacters(app)
  await fanout.start()
  await app.register(healthRoutes, {
    database,
    closing: () => closing,
    listening: fanout.connected,
    worker: options.worker,
    renderingAhead: storyPages.walking,
  })

  await app.register(mediaFileRoutes, { storage, kind: config.mediaStorage.kind, mediaDir })
  await app.register(adminApi, {
    prefix: '/api/admin/v1',
    services,
    secureCookies: config.siteUrl.startsWith('https:'),
    locales: site.locales,
    preview: { db: database.db, clock, search: services.search, pages },
  })
  await app.register(contentApi, {
    prefix: '/api/content/v1',
    settings: config.contentApi,
    ctx: contentContext,
    now,
    keys: services.contentKeys,
    search: services.search,
  })
  await app.register(newsroomRoutes)
  await app.register(siteRoutes, siteOptions)
  await app.register(feedRoutes, siteOptions)

  return {
    app,
    schemas,
    services,
    database,
    events,
    cache,
    jobs,
    deliveries,
    storyPages,
    async cacheSettled() {
      await bodies.settled()
      await invalidation.settled()
      await storyPages.settled()
      await services.searchIndex.settled()
      await webhooks.settled()
      await purges?.settled()
    },
    async close() {
      closing = true
      fromCache = undefined // Fastify answers what arrives while it drains (503, Connection: close)
      services.searchIndex.stop()
      // Stop accepting, let requests in flight finish (idle keep-alive connections close at once),
      // and cut whatever is still open after DRAIN_MS, so a stop never takes more than ~10 s.
      const cut = setTimeout(() => app.server.closeAllConnections(), DRAIN_MS)
      deliveryLog.stop()
      await Promise.all([jobs.stop(), deliveries.stop(), app.close()])
      clearTimeout(cut)
      // No background work may still be querying a closed pool.
      storyPages.stop()
      await bodies.settled()
      await invalidation.settled()
      await storyPages.settled()
      await services.searchIndex.settled()
      await webhooks.settled()
      await purges?.settled()
      await fanout.stop()
      await searchGate.close()
      await database.close()
      logDestination.close()
    },
  }
}

/** Searches at most this many at once in the process on PostgreSQL (its pool holds ten connections; pages keep the rest). */
const POSTGRES_SEARCH_SLOTS = 6

/**
 * SQLite's searches run on search threads with their own connections (SEARCH_THREADS), so a
 * burst of them never holds pages up; PostgreSQL's run in the database server's processes already.
 * Either way a bounded queue answers 503 with Retry-After when full (SEARCH_QUEUE).
 */
function createSearchGate(config: Config, location: DatabaseConfig, onError: (err: unknown) => void): SearchGate {
  if (location.dialect === 'sqlite' && location.file !== ':memory:' && config.searchThreads > 0)
    return threadSearchGate({ file: location.file, threads: config.searchThreads, queue: config.searchQueue, onError })
  return inProcessSearchGate({ slots: location.dialect === 'postgres' ? POSTGRES_SEARCH_SLOTS : 1, queue: config.searchQueue })
}
