import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

export interface OutdatedTranslation {
  storyId: string
  versionId: string
  locale: string
  headline: string
  sourceLocale: string
  sourceVersionId: string
  /** The source revision the translation matches. */
  translatedRevision: number
  /** The source's revision now. */
  currentSourceRevision: number
}

/**
 * One self-join, the same SQL on both dialects: a translation is outdated when the text readers see
 * of its source has moved on — an edit awaiting approval marks nothing until it goes live.
 */
export async function findOutdatedTranslations(
  db: Kysely<DB>,
  filter: { locale?: string; storyId?: string },
): Promise<OutdatedTranslation[]> {
  let q = db
    .selectFrom('story_versions as t')
    .innerJoin('story_versions as s', (j) => j.onRef('s.story_id', '=', 't.story_id').onRef('s.locale', '=', 't.source_locale'))
    .select([
      't.story_id as storyId',
      't.id as versionId',
      't.locale as locale',
      't.headline as headline',
      's.locale as sourceLocale',
      's.id as sourceVersionId',
      't.source_revision as translatedRevision',
      's.live_revision as currentSourceRevision',
    ])
    .whereRef('s.live_revision', '>', 't.source_revision')
  if (filter.locale) q = q.where('t.locale', '=', filter.locale)
  if (filter.storyId) q = q.where('t.story_id', '=', filter.storyId)
  const rows = await q.orderBy('s.updated_at', 'desc').execute()
  return rows.map((r) => ({ ...r, sourceLocale: r.sourceLocale, translatedRevision: r.translatedRevision ?? 0 }))
}
