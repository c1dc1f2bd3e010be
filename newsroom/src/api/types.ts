import type { RichTextDoc } from '../../../src/shared/richtext-document.js'
import type { Role } from '../../../src/shared/roles.js'
import type { FromSchema } from '../../../src/shared/schema-types.js'
import type { revisionListDto, storyDto, versionDto } from '../../../src/shared/story-dtos.js'
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

/** What all languages of a story share, as the API answers it. */
export type Story = FromSchema<typeof storyDto>

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
export type PendingChange = NonNullable<FromSchema<typeof versionDto>['pending']>

/**
 * One language version as the API answers it (derived from the server's schema), with the
 * document typed as ours. Desk lists leave out `liveRevision` and `pending`, and add
 * `pendingSince` and, asked for `translateInto`, `translation`.
 */
export type StoryVersion = Omit<FromSchema<typeof versionDto>, 'body' | 'liveRevision' | 'pending'> &
  VersionContent & {
    liveRevision?: number
    pending?: PendingChange | null
    /** In desk lists: when an edit awaiting approval was saved, or null. */
    pendingSince?: string | null
    /** In a desk list asked for `translateInto`: whether the story lacks that language or its translation is behind. */
    translation?: TranslationNeed
  }

export type TranslationNeed = 'missing' | 'outdated'

/** One save of a version, as GET …/revisions lists it (without the text). */
export type Revision = FromSchema<typeof revisionListDto>[number]

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
