/** What the stories API answers: the schemas the server serialises with, and the newsroom app's types derive from (schema-types.ts). */
const nullableString = { type: ['string', 'null'] } as const

export const storyDto = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: {
      type: 'string',
      enum: ['story', 'page'],
      description: '`page`: About us, Contacts… (its own address, in the footer, in no feed)',
    },
    menuPosition: { type: ['integer', 'null'], description: 'A page’s place in the footer menu, lowest first.' },
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
export const contentDto = {
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
