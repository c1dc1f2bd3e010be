import type { Timestamp } from '../db/time.js'
import type { RichTextDoc } from '../richtext/document.js'

export const VERSION_STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const
export type VersionStatus = (typeof VERSION_STATUSES)[number]

/** What every language of a story shares. */
export interface Story {
  id: string
  sectionId: string | null
  leadMediaId: string | null
  isBreaking: boolean
  isImportant: boolean
  /** Tags, people, organisations and places, in the order the editor gave them. */
  topicIds: string[]
  authorIds: string[]
  createdBy: string | null
  createdAt: Timestamp
  updatedAt: Timestamp
}

/** One language of a story: its own text, address and workflow state. */
export interface StoryVersion {
  id: string
  storyId: string
  locale: string
  status: VersionStatus
  headline: string
  slug: string
  lead: string
  body: RichTextDoc
  bodyHtml: string
  bodyText: string
  seoTitle: string
  seoDescription: string
  revision: number
  /** Set on translations: the language and the revision of the source they match. */
  sourceLocale: string | null
  sourceRevision: number | null
  scheduledAt: Timestamp | null
  embargoUntil: Timestamp | null
  /** When the current publication went live; firstPublishedAt never changes once set. */
  publishedAt: Timestamp | null
  firstPublishedAt: Timestamp | null
  unpublishedAt: Timestamp | null
  createdAt: Timestamp
  updatedAt: Timestamp
  updatedBy: string | null
}

/** A full snapshot of a version's content as one save left it. */
export interface StoryRevision extends VersionContent {
  versionId: string
  number: number
  authorId: string | null
  note: string
  createdAt: Timestamp
}

/** The editable content of a version; every field optional in a save. */
export interface VersionContent {
  headline: string
  slug: string
  lead: string
  body: RichTextDoc
  seoTitle: string
  seoDescription: string
}
