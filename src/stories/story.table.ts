import type { Generated, Insertable, Selectable } from 'kysely'
import type { PackedText } from '../db/packed-text.js'

export interface StoryTable {
  id: string
  section_id: string | null
  lead_media_id: string | null
  is_breaking: Generated<number>
  is_important: Generated<number>
  /** `story`, or `page` (About us, Contacts): see migration 0019. */
  kind: Generated<string>
  /** A page's place in the footer menu, lowest first; null for stories. */
  menu_position: number | null
  created_by: string | null
  created_at: string
  updated_at: string
}
export interface StoryVersionTable {
  id: string
  story_id: string
  locale: string
  /** A copy of stories.section_id for the section page's index; not part of the domain type. */
  section_id: string | null
  status: string
  headline: string
  slug: string
  lead: Generated<string>
  /** The rich-text JSON. Packed since migration 0023 (db/packed-text.ts); body_mentions lists the ids it names. */
  body: PackedText
  /** The rendered body with holes for addresses (richtext/rendered-body.ts); empty until rendered. Packed: db/packed-text.ts. */
  body_parts: PackedText
  seo_title: Generated<string>
  seo_description: Generated<string>
  revision: number
  /** The revision whose text these columns hold, i.e. what readers see once the version is live. */
  live_revision: Generated<number>
  source_locale: string | null
  source_revision: number | null
  scheduled_at: string | null
  embargo_until: string | null
  published_at: string | null
  first_published_at: string | null
  unpublished_at: string | null
  created_at: string
  updated_at: string
  updated_by: string | null
  /** Folded headline and lead for the desk's text filter (src/search/fold.ts). */
  search_key: Generated<string>
}
export interface StoryRevisionTable {
  id: string
  version_id: string
  number: number
  headline: string
  slug: string
  lead: string
  /** The rich-text JSON, deflated on SQLite (db/packed-text.ts): revisions are most of what is stored. */
  body: PackedText
  seo_title: string
  seo_description: string
  author_id: string | null
  note: Generated<string>
  created_at: string
}
/** A version's text as stored: what readers see in story_versions, or what waits in pending_revisions. */
export interface StoredContent {
  headline: string
  slug: string
  lead: string
  body: string
  /** The rendered body with holes for addresses (richtext/rendered-body.ts); empty until rendered. Packed: db/packed-text.ts. */
  body_parts: PackedText
  seo_title: string
  seo_description: string
  embargo_until: string | null
  source_revision: number | null
}
/** The working text of a live version, saved by someone who may not publish it, until approved or discarded. */
export interface PendingRevisionTable extends Omit<StoredContent, 'body'> {
  /** The rich-text JSON, packed as in story_versions. */
  body: PackedText
  version_id: string
  number: number
  saved_by: string | null
  saved_at: string
}
/** An id a version's body names: an image, or a quote's speaker (migration 0023). */
export interface BodyMentionTable {
  ref_id: string
  version_id: string
}
export interface SlugHistoryTable {
  locale: string
  slug: string
  story_id: string
  created_at: string
}
export interface StoryTopicTable {
  story_id: string
  topic_id: string
  position: number
}
export interface StoryAuthorTable {
  story_id: string
  author_id: string
  position: number
}
export type StoryRow = Selectable<StoryTable>
export type StoryVersionRow = Selectable<StoryVersionTable>
export type NewStoryVersionRow = Insertable<StoryVersionTable>
export type StoryRevisionRow = Selectable<StoryRevisionTable>
export type PendingRevisionRow = Selectable<PendingRevisionTable>
