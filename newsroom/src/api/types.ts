import type { RichTextDoc } from '../../../src/shared/richtext-document.js'
import type { Role } from '../../../src/shared/roles.js'
import type { VersionStatus } from '../../../src/shared/workflow.js'

/**
 * What /api/admin/v1 answers, as the app reads it (README "Newsroom admin API"). The vocabulary
 * (roles, workflow states, the document) comes from src/shared/, as the server's does.
 */
export type { RichTextDoc, Role, VersionStatus }

export interface User {
  id: string
  email: string
  name: string
  role: Role
  /** Languages the user may work in; empty means all. */
  locales: string[]
}

export interface Session {
  user: User
  csrfToken: string
}

export interface Story {
  id: string
  sectionId: string | null
  leadMediaId: string | null
  isBreaking: boolean
  isImportant: boolean
  topicIds: string[]
  authorIds: string[]
  createdBy: string | null
  createdAt: string
  updatedAt: string
}

/** The editable text of a version. */
export interface VersionContent {
  headline: string
  /** The address part: /news/<slug>-<story id>. */
  slug: string
  lead: string
  body: RichTextDoc
  seoTitle: string
  seoDescription: string
}

/** Whose edit of a live version awaits approval by someone who may publish it (README "Live stories"). */
export interface PendingChange {
  /** The revision holding the pending text, which is the version's content in the newsroom. */
  revision: number
  savedBy: string | null
  savedByName: string | null
  savedAt: string
}

export interface StoryVersion extends VersionContent {
  id: string
  storyId: string
  locale: string
  status: VersionStatus
  revision: number
  /** The revision readers see; below `revision` while an edit awaits approval. Absent in desk lists. */
  liveRevision?: number
  /** The edit awaiting approval (its text is this version's content), or null. Absent in desk lists. */
  pending?: PendingChange | null
  /** In desk lists: when an edit awaiting approval was saved, or null. */
  pendingSince?: string | null
  sourceLocale: string | null
  sourceRevision: number | null
  scheduledAt: string | null
  publishedAt: string | null
  updatedAt: string
  updatedBy: string | null
  /** In a desk list asked for `translateInto`: whether the story lacks that language or its translation is behind. */
  translation?: TranslationNeed
}

export type TranslationNeed = 'missing' | 'outdated'

/** One save of a version, as GET …/revisions lists it (without the text). */
export interface Revision {
  number: number
  headline: string
  authorId: string | null
  /** The saver's display name; null for an import or a deleted account. */
  authorName: string | null
  note: string
  createdAt: string
}

export interface StoryWithVersions {
  story: Story
  versions: StoryVersion[]
}

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface SearchResult {
  versionId: string
  storyId: string
  locale: string
  status: VersionStatus
  headline: string
  lead: string
}

export type TopicKind = 'section' | 'tag' | 'person' | 'organisation' | 'place'
export interface Topic {
  id: string
  kind: TopicKind
  /** Order among the topics of its kind (sections: the site's menu). */
  position: number
  names: Record<string, { name: string; slug: string }>
}
export interface Author {
  id: string
  /** The account this byline belongs to, if any. */
  userId: string | null
  names: Record<string, { name: string; slug: string }>
}

/** An account as GET /users lists it (admins only). */
export interface Account extends User {
  disabledAt: string | null
  createdAt: string
}

/** Caption and alt text in one language; credit and source are shared by all. */
export interface MediaText {
  caption: string
  alt: string
}

export interface MediaVariant {
  format: 'avif' | 'webp' | 'jpeg'
  width: number
  height: number
  /** Path under /media/: "v/<id>/480.jpg". */
  key: string
}

/** An image in the media library (GET /media, GET /media/{id}). */
export interface Media {
  id: string
  originalName: string
  mimeType: string
  width: number
  height: number
  bytes: number
  credit: string
  source: string
  /** The point crops keep in frame, as fractions of width and height. */
  focalX: number
  focalY: number
  texts: Record<string, Partial<MediaText>>
  variants: MediaVariant[]
  createdBy: string | null
  createdAt: string
  updatedAt: string
}
