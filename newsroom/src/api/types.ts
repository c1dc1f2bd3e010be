import type { authorDto, mediaDto, searchResultDto, topicDto, userDto } from '../../../src/shared/newsroom-dtos.js'
import type { redirectDto } from '../../../src/shared/redirect-dtos.js'
import type { RichTextDoc } from '../../../src/shared/richtext-document.js'
import type { Role } from '../../../src/shared/roles.js'
import type { FromSchema } from '../../../src/shared/schema-types.js'
import type { revisionListDto, storyDto, versionDto } from '../../../src/shared/story-dtos.js'
import type { TopicKind } from '../../../src/shared/topic-kinds.js'
import type { VersionStatus } from '../../../src/shared/workflow.js'

/**
 * What /api/admin/v1 answers, as the app reads it (README "Newsroom admin API"). The vocabulary
 * (roles, workflow states, the document) comes from src/shared/, as the server's does.
 */
export type { RichTextDoc, Role, VersionStatus }

/** The signed-in person, as GET /session answers. */
export type User = Pick<Account, 'id' | 'email' | 'name' | 'role' | 'locales'>

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

export type SearchResult = FromSchema<typeof searchResultDto>

export type { TopicKind }
export type Topic = FromSchema<typeof topicDto>
export type Author = FromSchema<typeof authorDto>

/** An account as GET /users lists it (admins only). */
export type Account = FromSchema<typeof userDto>

/** An image in the media library (GET /media, GET /media/{id}). */
export type Media = FromSchema<typeof mediaDto>
/** Caption and alt text in one language; credit and source are shared by all. */
export type MediaText = Media['texts'][string]
export type MediaVariant = Media['variants'][number]

/** An old address that answers 301 (GET /redirects): to a story or page in one language, or to a URL. */
export type Redirect = FromSchema<typeof redirectDto>
