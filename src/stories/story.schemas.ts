/** JSON schemas of the stories API's input; what it answers is in shared/story-dtos.ts, which the app's types derive from. */
import { storyDto } from '../shared/story-dtos.js'

const text = (max: number) => ({ type: 'string', maxLength: max }) as const
const ids = { type: 'array', maxItems: 50, items: { type: 'string', pattern: '^[0-9a-z]{12}$' } } as const
const content = {
  headline: text(500),
  slug: text(200),
  lead: text(2000),
  body: { type: 'object' },
  seoTitle: text(500),
  seoDescription: text(1000),
} as const

/** What all languages share, as a new story sets it and a later change may change it. */
const sharedFields = {
  sectionId: { type: ['string', 'null'], pattern: '^[0-9a-z]{12}$' },
  leadMediaId: { type: ['string', 'null'], pattern: '^[0-9a-z]{12}$' },
  topicIds: ids,
  authorIds: ids,
  isBreaking: { type: 'boolean' },
  isImportant: { type: 'boolean' },
} as const

export const createStoryBody = {
  type: 'object',
  required: ['locale', 'headline'],
  additionalProperties: false,
  properties: {
    locale: text(10),
    kind: { type: 'string', enum: ['story', 'page'], description: '`page` for About us, Contacts… (default `story`)' },
    ...content,
    ...sharedFields,
  },
} as const

/** A change to the shared fields: any subset, made against the story's updatedAt as loaded. */
export const updateStoryBody = {
  type: 'object',
  required: ['expectedUpdatedAt'],
  additionalProperties: false,
  properties: { expectedUpdatedAt: text(40), ...sharedFields },
} as const

/** The refusal of a stale change: the usual error, plus the story as it is now. */
export const storyConflictDto = {
  type: 'object',
  properties: {
    error: { type: 'object', additionalProperties: true, properties: { code: { type: 'string' }, message: { type: 'string' } } },
    current: storyDto,
  },
} as const

export const saveVersionBody = {
  type: 'object',
  required: ['expectedRevision'],
  additionalProperties: false,
  properties: {
    expectedRevision: { type: 'integer', minimum: 1 },
    ...content,
    embargoUntil: { type: ['string', 'null'], maxLength: 40 },
    sourceRevision: { type: 'integer', minimum: 1 },
    note: text(500),
  },
} as const

export const transitionBody = {
  type: 'object',
  required: ['to'],
  additionalProperties: false,
  properties: {
    to: { type: 'string', enum: ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] },
    at: { type: 'string', maxLength: 40 },
  },
} as const

export const restoreBody = {
  type: 'object',
  required: ['number', 'expectedRevision'],
  additionalProperties: false,
  properties: { number: { type: 'integer', minimum: 1 }, expectedRevision: { type: 'integer', minimum: 1 } },
} as const

/** Approving or discarding the edit awaiting approval, as the reviewer saw it. */
export const pendingReviewBody = {
  type: 'object',
  required: ['expectedRevision'],
  additionalProperties: false,
  properties: { expectedRevision: { type: 'integer', minimum: 1 } },
} as const

export const createTranslationBody = {
  type: 'object',
  required: ['sourceLocale', 'targetLocale'],
  additionalProperties: false,
  properties: { sourceLocale: text(10), targetLocale: text(10), ...content },
} as const
