/** Who made a redirect: the WordPress import (which may repoint it when run again) or an editor in the newsroom (never touched by an import). */
export const REDIRECT_ORIGINS = ['import', 'newsroom'] as const

const nullableString = { type: ['string', 'null'] } as const

/** A redirect as the admin API answers it (GET/POST/PATCH /redirects), and the newsroom app reads it. */
export const redirectDto = {
  type: 'object',
  required: ['id', 'fromPath', 'target', 'targetStory', 'origin', 'createdAt', 'createdBy'],
  properties: {
    id: { type: 'string' },
    fromPath: {
      type: 'string',
      description: 'The old address, normalised: percent-decoded, lower case, no trailing slash; `/?p=12` keeps its query.',
    },
    target: {
      type: 'object',
      required: ['storyId', 'locale', 'url'],
      description: 'A story or page in one language (`storyId`, `locale`; its current address), or a `url`; the other fields are null.',
      properties: { storyId: nullableString, locale: nullableString, url: nullableString },
    },
    targetStory: {
      type: ['object', 'null'],
      required: ['headline', 'kind'],
      description: 'The headline of the version the redirect leads to, and whether it is a story or a page; null for a URL.',
      properties: { headline: { type: 'string' }, kind: { type: 'string', enum: ['story', 'page'] } },
    },
    origin: { type: 'string', enum: REDIRECT_ORIGINS },
    createdAt: { type: 'string' },
    createdBy: nullableString,
  },
} as const
