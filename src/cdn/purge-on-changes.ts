import type { Kysely } from 'kysely'
import { backgroundWork } from '../background-work.js'
import type { CdnPurgeSettings } from '../config.integrations.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import type { EventBus } from '../events.js'
import type { LocaleSettings } from '../shared/locales.js'
import { changeTags, PUBLIC_CHANGES } from '../site/change-tags.js'
import { queuePurge } from './purge-job.js'

/**
 * Tells the CDN of every change this process makes: the same tags the page cache drops
 * (site/change-tags.ts), which are the Surrogate-Key / Cache-Tag of every page and Content API
 * answer. Other processes relay changes only to their caches, so each change is purged once.
 */
export function purgeCdnOnChanges(deps: {
  events: EventBus
  db: Kysely<DB>
  site: LocaleSettings
  clock: Clock
  settings: CdnPurgeSettings
  onError: (err: unknown) => void
}) {
  const work = backgroundWork(deps.onError)
  const tagsOf = changeTags(deps.db, deps.site)
  for (const event of PUBLIC_CHANGES) {
    deps.events.on(event, (payload) =>
      work.run(async () => {
        const tags = [...new Set(await tagsOf(event, payload))]
        if (tags.length) await queuePurge(deps.db, deps.settings, tags, toTimestamp(deps.clock()))
      }),
    )
  }
  return { settled: work.settled }
}
