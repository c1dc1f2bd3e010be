import { ROLES } from './roles.js'
import { TOPIC_KINDS } from './topic-kinds.js'
import { VERSION_STATUSES } from './workflow.js'

/**
 * What the admin API answers about topics, authors, media, accounts and search: the schemas the
 * server serialises with, and the newsroom app's types derive from (schema-types.ts). Stories: story-dtos.ts.
 */

const nullableString = { type: ['string', 'null'] } as const
/** Names per language: { "uk": { name, slug, … }, … }. */
const namesPerLanguage = <P extends object>(extra: P) =>
  ({
    type: 'object',
    additionalProperties: { type: 'object', properties: { name: { type: 'string' }, slug: { type: 'string' }, ...extra } },
  }) as const

export const topicDto = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: TOPIC_KINDS },
    /** Order among the topics of its kind (sections: the site's menu). */
    position: { type: 'integer' },
    names: namesPerLanguage({ description: { type: 'string' } } as const),
    updatedAt: { type: 'string' },
  },
} as const

export const authorDto = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    /** The account this byline belongs to, if any. */
    userId: nullableString,
    names: namesPerLanguage({ bio: { type: 'string' } } as const),
    updatedAt: { type: 'string' },
  },
} as const

export const mediaDto = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    originalName: { type: 'string' },
    mimeType: { type: 'string' },
    width: { type: 'integer' },
    height: { type: 'integer' },
    bytes: { type: 'integer' },
    credit: { type: 'string' },
    source: { type: 'string' },
    /** The point crops keep in frame, as fractions of width and height. */
    focalX: { type: 'number' },
    focalY: { type: 'number' },
    /** Caption and alt text per language; credit and source are shared by all. */
    texts: {
      type: 'object',
      additionalProperties: { type: 'object', properties: { caption: { type: 'string' }, alt: { type: 'string' } } },
    },
    variants: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          format: { type: 'string', enum: ['avif', 'webp', 'jpeg'] },
          width: { type: 'integer' },
          height: { type: 'integer' },
          /** Path under /media/: "v/<id>/480.jpg". */
          key: { type: 'string' },
          bytes: { type: 'integer' },
        },
      },
    },
    createdBy: nullableString,
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const

/** How an account leaves the API: never its password hash. */
export const userDto = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', enum: ROLES },
    /** Languages the user may work in; empty means all. */
    locales: { type: 'array', items: { type: 'string' } },
    disabledAt: nullableString,
    createdAt: { type: 'string' },
  },
} as const

const segments = {
  type: 'array',
  items: { type: 'object', properties: { text: { type: 'string' }, match: { type: 'boolean' } } },
} as const

export const searchResultDto = {
  type: 'object',
  properties: {
    versionId: { type: 'string' },
    storyId: { type: 'string' },
    locale: { type: 'string' },
    status: { type: 'string', enum: VERSION_STATUSES },
    headline: { type: 'string' },
    slug: { type: 'string' },
    lead: { type: 'string' },
    publishedAt: nullableString,
    updatedAt: { type: 'string' },
    headlineSegments: segments,
    snippet: segments,
    score: { type: 'number' },
  },
} as const
