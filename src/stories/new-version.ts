import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { newId } from '../ids.js'
import { findSectionId } from './story.repository.js'
import type { NewStoryVersionRow } from './story.table.js'
import type { StoryVersion } from './story.types.js'
import { findVersionById, insertRevision, insertVersion, type NewRevisionRow } from './version.repository.js'
import {
  type ContentInput,
  chooseSlug,
  cleanHeadline,
  cleanText,
  LEAD_MAX,
  prepareBodyOrEmpty,
  SEO_DESCRIPTION_MAX,
  SEO_TITLE_MAX,
} from './version-content.js'

export interface NewVersion extends ContentInput {
  storyId: string
  locale: string
  headline: string
  sourceLocale?: string
  sourceRevision?: number
  /** Slugs the version may not have: a page's may not be a word the site's addresses use. */
  reservedSlug?: (slug: string) => boolean
  /** Without an explicit slug, the text the slug is made from (an imported post's own slug); else the headline. */
  slugFrom?: string
}

/** The workflow state a new version starts in: a draft, or (on import) any state the other system had it in. */
export type NewVersionState =
  | { status: 'draft' | 'in_review' }
  | { status: 'scheduled'; scheduledAt: string }
  | { status: 'published'; publishedAt: string }

/**
 * Inserts a draft version at revision 1 with its first revision snapshot. Shared by story
 * creation and translation; runs inside the caller's transaction.
 */
export async function insertNewVersion(trx: Kysely<DB>, input: NewVersion, at: string, by: string | null): Promise<StoryVersion> {
  const { version, revision } = await prepareNewVersion(trx, input, at, by, { status: 'draft' }, await findSectionId(trx, input.storyId))
  await insertVersion(trx, version)
  await insertRevision(trx, revision)
  return (await findVersionById(trx, version.id)) as StoryVersion
}

/**
 * A new version's row and its first revision's, validated and rendered but not written: the bulk
 * import writes a batch's rows in a few statements. Reads what it must (the slug's owner, the
 * body's pictures and speakers).
 */
export async function prepareNewVersion(
  trx: Kysely<DB>,
  input: NewVersion,
  at: string,
  by: string | null,
  state: NewVersionState,
  sectionId: string | null,
): Promise<{ version: NewStoryVersionRow & { id: string }; revision: NewRevisionRow }> {
  const headline = cleanHeadline(input.headline)
  const lead = cleanText('lead', input.lead ?? '', LEAD_MAX)
  const seoTitle = cleanText('seoTitle', input.seoTitle ?? '', SEO_TITLE_MAX)
  const seoDescription = cleanText('seoDescription', input.seoDescription ?? '', SEO_DESCRIPTION_MAX)
  const body = await prepareBodyOrEmpty(trx, input.body, input.locale)
  const slug = await chooseSlug(trx, input.locale, input.slug, input.slugFrom || headline, undefined, input.reservedSlug)
  const id = newId()
  return {
    version: {
      id,
      story_id: input.storyId,
      locale: input.locale,
      section_id: sectionId,
      status: state.status,
      ...(state.status === 'published' && { published_at: state.publishedAt, first_published_at: state.publishedAt }),
      ...(state.status === 'scheduled' && { scheduled_at: state.scheduledAt }),
      headline,
      slug,
      lead,
      body: body.json,
      body_parts: body.rendered,
      seo_title: seoTitle,
      seo_description: seoDescription,
      revision: 1,
      live_revision: 1,
      source_locale: input.sourceLocale ?? null,
      source_revision: input.sourceRevision ?? null,
      created_at: at,
      updated_at: at,
      updated_by: by,
    },
    revision: {
      id: newId(),
      version_id: id,
      number: 1,
      headline,
      slug,
      lead,
      body: body.json,
      seo_title: seoTitle,
      seo_description: seoDescription,
      author_id: by,
      created_at: at,
      live: true, // the version's row holds this text at live_revision 1
    },
  }
}
