import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { VersionStatus } from '../shared/workflow.js'
import type { StoryKind } from './story.types.js'

/**
 * What names a version where something else points at it (a redirect's target): its headline and
 * address, whether readers see it (`isPubliclyVisible` takes these fields), and its story's kind —
 * without the body.
 */
export interface VersionLabel {
  storyId: string
  locale: string
  kind: StoryKind
  headline: string
  slug: string
  status: VersionStatus
  publishedAt: string | null
  embargoUntil: string | null
}

const labels = (db: Kysely<DB>) =>
  db
    .selectFrom('story_versions as v')
    .innerJoin('stories as s', 's.id', 'v.story_id')
    .select([
      'v.story_id as storyId',
      'v.locale',
      's.kind',
      'v.headline',
      'v.slug',
      'v.status',
      'v.published_at as publishedAt',
      'v.embargo_until as embargoUntil',
    ])

/** Every language version of these stories. */
export async function findVersionLabels(db: Kysely<DB>, storyIds: readonly string[]): Promise<VersionLabel[]> {
  if (storyIds.length === 0) return []
  return (await labels(db).where('v.story_id', 'in', storyIds).execute()) as VersionLabel[]
}

/** The version that has this address part in the language, whatever its state. */
export async function findVersionLabelBySlug(db: Kysely<DB>, locale: string, slug: string): Promise<VersionLabel | undefined> {
  return (await labels(db).where('v.locale', '=', locale).where('v.slug', '=', slug).executeTakeFirst()) as VersionLabel | undefined
}
