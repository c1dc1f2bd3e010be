import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { Conflict, Invalid, NotFound } from '../errors.js'
import type { EventBus } from '../events.js'
import type { Actor } from '../shared/roles.js'
import { recordAudit } from '../users/audit.repository.js'
import { authorizeSharedFields } from './story.policy.js'
import * as stories from './story.repository.js'
import type { Story } from './story.types.js'
import { checkStoryReferences, type StoryReferences } from './story-references.js'
import { findVersionsOfStory } from './version.repository.js'

/** A change to what all languages of a story share; every field optional. */
export interface SharedFieldsChange extends StoryReferences {
  isBreaking?: boolean
  isImportant?: boolean
  /** The story's updatedAt as the editor loaded it; a change made against any other is refused. Absent: unconditional (imports, merges). */
  expectedUpdatedAt?: string
}

const FIELDS = ['sectionId', 'leadMediaId', 'topicIds', 'authorIds', 'isBreaking', 'isImportant'] as const

/**
 * The new updatedAt: now, but always later than the one it replaces, so two changes within one
 * millisecond (or under a fixed test clock) still tell a stale editor apart.
 */
function nextUpdatedAt(now: string, previous: string): string {
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString()
}

/**
 * Changes section, lead image, topics, authors or flags in one transaction, for whoever may
 * (story.policy.ts: on a live story, only those who may publish it), then tells the page cache and
 * search (after commit) which lists the story joined and which it left.
 */
export async function updateStory(
  deps: { db: Kysely<DB>; events: EventBus; now: () => string },
  id: string,
  change: SharedFieldsChange,
  actor: Actor,
): Promise<Story> {
  const { db, events } = deps
  const result = await db.transaction().execute(async (trx) => {
    const before = await stories.findStory(trx, id)
    if (!before) throw new NotFound('story_not_found', { id })
    authorizeSharedFields(actor, before, await findVersionsOfStory(trx, id))
    if (before.kind === 'page') refuseStoryFieldsOnPage(change)
    const stale = () => new Conflict('story_changed', { current: before.updatedAt }, before)
    if (change.expectedUpdatedAt !== undefined && change.expectedUpdatedAt !== before.updatedAt) throw stale()
    const changed = FIELDS.filter((f) => change[f] !== undefined && JSON.stringify(change[f]) !== JSON.stringify(before[f]))
    if (changed.length === 0) return { before, after: before }
    await checkStoryReferences(trx, change)
    const at = nextUpdatedAt(deps.now(), before.updatedAt)
    if (!(await stories.updateStoryFields(trx, id, change, at, change.expectedUpdatedAt))) throw stale() // lost a race after our read
    if (change.topicIds) await stories.replaceStoryTopics(trx, id, change.topicIds)
    if (change.authorIds) await stories.replaceStoryAuthors(trx, id, change.authorIds)
    const after = (await stories.findStory(trx, id)) as Story
    await recordAudit(trx, actor, at, {
      action: 'story.update',
      entityType: 'story',
      entityId: id,
      details: Object.fromEntries(changed.map((f) => [f, { before: before[f], after: after[f] }])),
    })
    return { before, after }
  })
  const { before, after } = result
  if (before !== after) {
    const gone = (was: (string | null)[], now: (string | null)[]) => was.filter((x): x is string => x !== null && !now.includes(x))
    events.emit('story.updated', {
      storyId: id,
      locale: null,
      leftListIds: {
        topicIds: gone([before.sectionId, ...before.topicIds], [after.sectionId, ...after.topicIds]),
        authorIds: gone(before.authorIds, after.authorIds),
      },
    })
  }
  return after
}

/** A page has a lead image at most: no section, topics, bylines or flags (it is in no list where they would show). */
export function refuseStoryFieldsOnPage(fields: StoryReferences & { isBreaking?: boolean; isImportant?: boolean }): void {
  const given = (['sectionId', 'topicIds', 'authorIds', 'isBreaking', 'isImportant'] as const).find((f) => {
    const value = fields[f]
    return value !== undefined && value !== null && value !== false && !(Array.isArray(value) && value.length === 0)
  })
  if (given) throw new Invalid('page_field_refused', { field: given })
}
