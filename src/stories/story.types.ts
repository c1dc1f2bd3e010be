import type { Timestamp } from '../db/time.js'
import type { RenderedBody } from '../richtext/rendered-body.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import type { VersionStatus } from '../shared/workflow.js'

/** `page`: About us, Contacts… — served at its own address, listed in the footer, in no list or feed of stories. */
export type StoryKind = 'story' | 'page'

/** What every language of a story shares. */
export interface Story {
  id: string
  kind: StoryKind
  /** A page's place in the footer menu (lowest first); null for stories. */
  menuPosition: number | null
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
  /** The body rendered for readers, with holes for addresses; null until `vistka serve` has rendered it (migration 0014). */
  renderedBody: RenderedBody | null
  bodyText: string
  seoTitle: string
  seoDescription: string
  revision: number
  /** The revision whose text readers see once the version is live (below `revision` while an edit awaits approval). */
  liveRevision: number
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

/** Who saved the text of a live version that awaits approval by someone who may publish it, and when. */
export interface PendingChange {
  /** The revision holding the pending text; the live text is revision `liveRevision`. */
  revision: number
  savedBy: string | null
  savedByName: string | null
  savedAt: Timestamp
}

/**
 * A version as the newsroom works on it: its working text — the pending text when an edit awaits
 * approval, else the live text — and `pending` saying whose edit awaits approval (null when none).
 */
export interface WorkingVersion extends StoryVersion {
  pending: PendingChange | null
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
