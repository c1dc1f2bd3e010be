import type { Kysely } from 'kysely'
import type { DB } from './db/schema.js'
import type { Clock } from './db/time.js'
import type { EventBus } from './events.js'
import { createMediaService } from './media/media.service.js'
import type { MediaStorage } from './media/media.storage.js'
import { createRedirectService } from './redirects/redirect.service.js'
import { searchBackendFor } from './search/backends.js'
import { createSearchService } from './search/search.service.js'
import type { SearchGate } from './search/search-gate.js'
import { createSearchIndexer } from './search/search-indexer.js'
import { createTopicLists } from './search/topic-lists.js'
import type { LocaleSettings } from './shared/locales.js'
import { createRevisionService } from './stories/revision.service.js'
import { createStoryService } from './stories/story.service.js'
import { createStoryImporter } from './stories/story-import.service.js'
import { createTaxonomyService } from './taxonomy/taxonomy.service.js'
import { createTranslationService } from './translations/translation.service.js'
import { createApiTokenService } from './users/api-token.service.js'
import { createAuthService } from './users/auth.service.js'
import { createContentKeyService } from './users/content-key.service.js'
import { createAttemptThrottle } from './users/login-throttle.js'
import { createUserService } from './users/user.service.js'
import { createWebhookService } from './webhooks/webhook.service.js'

export interface ServiceDeps {
  db: Kysely<DB>
  events: EventBus
  site: LocaleSettings
  clock: Clock
  storage: MediaStorage
  /**
   * Whether story events keep the search index current (the default). A bulk import may turn it
   * off and index on its own, in bulk or from another process (see bench/corpus.ts).
   */
  indexOnEvents?: boolean
  /** Where searches run and how many at once (search/search-gate.ts); the server passes one. */
  searchGate?: SearchGate
  /** Whether webhooks may call private, loopback and link-local addresses (WEBHOOKS_ALLOW_PRIVATE). */
  allowPrivateWebhooks?: boolean
  /**
   * Remember "read also"'s topic lists (search/topic-lists.ts): only for a caller that has them
   * forgotten on every change (app.ts, through site/cache-invalidation.ts).
   */
  rememberTopicLists?: boolean
  /** Where background work (keeping the search index current) reports failures. */
  onBackgroundError?: (err: unknown, what: string) => void
}

/** Every domain service, wired to the same database, bus and clock. HTTP routes and the CLI both use these. */
export function createServices(deps: ServiceDeps) {
  const searchBackend = searchBackendFor(deps.db)
  const onError = deps.onBackgroundError ?? ((err: unknown, what: string) => console.error(`${what} failed`, err))
  // Counted in the database, so every server process shares the limits.
  const attempts = createAttemptThrottle({ db: deps.db, clock: deps.clock })
  const fifteenMinutes = 15 * 60_000
  return {
    search: createSearchService({
      db: deps.db,
      backend: searchBackend,
      clock: deps.clock,
      ...(deps.searchGate && { gate: deps.searchGate }),
      ...(deps.rememberTopicLists && { topicLists: createTopicLists(() => deps.clock().getTime()) }),
    }),
    searchIndex: createSearchIndexer({
      db: deps.db,
      backend: searchBackend,
      clock: deps.clock,
      ...(deps.indexOnEvents !== false && { events: deps.events }),
      onError: (err) => onError(err, 'search indexing'),
    }),
    stories: createStoryService(deps),
    storyImport: createStoryImporter(deps),
    revisions: createRevisionService(deps),
    translations: createTranslationService(deps),
    taxonomy: createTaxonomyService(deps),
    media: createMediaService(deps),
    users: createUserService({ ...deps, attempts, currentPasswordLimit: { max: 5, windowMs: fifteenMinutes } }),
    tokens: createApiTokenService(deps),
    contentKeys: createContentKeyService(deps),
    webhooks: createWebhookService({ ...deps, allowPrivate: deps.allowPrivateWebhooks ?? false }),
    redirects: createRedirectService(deps),
    auth: createAuthService({
      db: deps.db,
      clock: deps.clock,
      attempts,
      // Five wrong passwords per account, or twenty per address, in fifteen minutes.
      limits: { account: { max: 5, windowMs: fifteenMinutes }, address: { max: 20, windowMs: fifteenMinutes } },
    }),
  }
}

export type Services = ReturnType<typeof createServices>
