/** JSON schemas of the stories API: they validate input and shape (and document) output. */
const nullableString = { type: ['string', 'null'] } as const

export const storyDto = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    sectionId: nullableString,
    leadMediaId: nullableString,
    isBreaking: { type: 'boolean' },
    isImportant: { type: 'boolean' },
    topicIds: { type: 'array', items: { type: 'string' } },
    authorIds: { type: 'array', items: { type: 'string' } },
    createdBy: nullableString,
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const

/** A version's editable content as the API returns it (in versions and in revisions alike). */
const contentDto = {
  headline: { type: 'string' },
  slug: { type: 'string' },
  lead: { type: 'string' },
  body: { type: 'object', additionalProperties: true },
  seoTitle: { type: 'string' },
  seoDescription: { type: 'string' },
} as const

export const versionDto = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    storyId: { type: 'string' },
    locale: { type: 'string' },
    status: { type: 'string', enum: ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] },
    ...contentDto,
    revision: { type: 'integer' },
    /** The revision readers see once the version is live; below `revision` while an edit awaits approval. */
    liveRevision: { type: 'integer' },
    /** The edit awaiting approval on a live version (its text is this version's content), or null. */
    pending: {
      type: ['object', 'null'],
      properties: {
        revision: { type: 'integer' },
        savedBy: nullableString,
        savedByName: nullableString,
        savedAt: { type: 'string' },
      },
    },
    sourceLocale: nullableString,
    sourceRevision: { type: ['integer', 'null'] },
    scheduledAt: nullableString,
    embargoUntil: nullableString,
    publishedAt: nullableString,
    firstPublishedAt: nullableString,
    unpublishedAt: nullableString,
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
    updatedBy: nullableString,
  },
} as const

export const storyWithVersionsDto = {
  type: 'object',
  properties: { story: storyDto, versions: { type: 'array', items: versionDto } },
} as const

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
  properties: { locale: text(10), ...content, ...sharedFields },
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

export const revisionListDto = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      number: { type: 'integer' },
      headline: { type: 'string' },
      authorId: nullableString,
      /** The saver's display name; null when nobody (an import) or a since-deleted account saved it. */
      authorName: nullableString,
      note: { type: 'string' },
      createdAt: { type: 'string' },
    },
  },
} as const

export const revisionDto = {
  type: 'object',
  properties: {
    versionId: { type: 'string' },
    number: { type: 'integer' },
    ...contentDto,
    authorId: nullableString,
    note: { type: 'string' },
    createdAt: { type: 'string' },
  },
} as const
