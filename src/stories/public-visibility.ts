import type { ExpressionBuilder } from 'kysely'
import type { DB } from '../db/schema.js'

/**
 * isPubliclyVisible (workflow.ts) as SQL: published, live at `now`, past any embargo. Every
 * reader-facing query (pages, feeds, sitemaps) filters with this one predicate.
 */
export const publiclyVisibleAt = (now: string) => (eb: ExpressionBuilder<DB, 'story_versions'>) =>
  eb.and([
    eb('story_versions.status', '=', 'published'),
    eb('story_versions.published_at', '<=', now),
    eb.or([eb('story_versions.embargo_until', 'is', null), eb('story_versions.embargo_until', '<=', now)]),
  ])
