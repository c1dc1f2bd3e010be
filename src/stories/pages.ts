import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { Invalid } from '../errors.js'
import type { EventBus } from '../events.js'
import type { Actor } from '../shared/roles.js'
import { recordAudit } from '../users/audit.repository.js'
import { authorize } from '../users/permissions.js'
import { toWorkingVersions } from './pending.repository.js'
import { findStory, listPageIds, setMenuPositions } from './story.repository.js'
import type { Story, WorkingVersion } from './story.types.js'
import { findVersionsOfStory } from './version.repository.js'

/**
 * Puts the pages in the footer in this order: every page, each once. The footer is on every page
 * of the site, so each page's story event drops the cached pages that show it.
 */
export async function orderPages(
  deps: { db: Kysely<DB>; events: EventBus; now: () => string },
  ids: readonly string[],
  actor: Actor,
): Promise<string[]> {
  authorize(actor, 'story.edit_any')
  const at = deps.now()
  await deps.db.transaction().execute(async (trx) => {
    const pages = await listPageIds(trx)
    const same = ids.length === pages.length && new Set(ids).size === ids.length && ids.every((id) => pages.includes(id))
    if (!same) throw new Invalid('page_order_incomplete', { count: pages.length })
    await setMenuPositions(trx, ids, at)
    await recordAudit(trx, actor, at, { action: 'page.order', entityType: 'story', entityId: ids[0] ?? '', details: { ids } })
  })
  for (const storyId of ids) deps.events.emit('story.updated', { storyId, locale: null })
  return [...ids]
}

/** Every page with its language versions, in the footer's order (pages are a handful: one read each). */
export async function listPages(db: Kysely<DB>): Promise<{ story: Story; versions: WorkingVersion[] }[]> {
  const pages: { story: Story; versions: WorkingVersion[] }[] = []
  for (const id of await listPageIds(db)) {
    const story = await findStory(db, id)
    if (story) pages.push({ story, versions: await toWorkingVersions(db, await findVersionsOfStory(db, id)) })
  }
  return pages
}
