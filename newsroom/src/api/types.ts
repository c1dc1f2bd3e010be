import type { RichTextDoc } from '../../../src/richtext/document.js'

/** What /api/admin/v1 answers, as the app reads it (README "Newsroom admin API"). */
export type { RichTextDoc }

export type Role = 'admin' | 'editor' | 'author' | 'translator' | 'contributor'
export type VersionStatus = 'draft' | 'in_review' | 'scheduled' | 'published' | 'unpublished'

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
  lead: string
  body: RichTextDoc
  seoTitle: string
  seoDescription: string
}

export interface StoryVersion extends VersionContent {
  id: string
  storyId: string
  locale: string
  status: VersionStatus
  slug: string
  revision: number
  sourceLocale: string | null
  sourceRevision: number | null
  scheduledAt: string | null
  publishedAt: string | null
  updatedAt: string
  updatedBy: string | null
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
  names: Record<string, { name: string; slug?: string }>
}
export interface Author {
  id: string
  names: Record<string, { name: string }>
}

export interface Media {
  id: string
  width: number
  height: number
  credit: string
  texts: Record<string, { caption?: string; alt?: string }>
  variants: { format: string; width: number; key: string }[]
}
