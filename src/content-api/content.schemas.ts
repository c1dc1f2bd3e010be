import { BODY_FORMATS, STORY_FIELDS, STORY_INCLUDES } from './story-object.js'

/**
 * The Content API's JSON schemas: Fastify validates queries and serializes answers with them,
 * and /api/content/v1/openapi.json is generated from them, so the description is what is sent.
 */

const str = { type: 'string' } as const
const nullableStr = { type: ['string', 'null'] } as const
const dateTime = { type: 'string', format: 'date-time' } as const
const url = { type: 'string', format: 'uri' } as const
const ids = { type: 'array', items: str } as const
const counts = {
  type: 'object',
  description: 'Published stories per language (languages with none are left out).',
  additionalProperties: { type: 'integer' },
} as const

export const topicRef = {
  type: 'object',
  required: ['id', 'kind', 'name', 'slug', 'url'],
  properties: { id: str, kind: str, name: str, slug: str, url },
} as const
export const authorRef = {
  type: 'object',
  required: ['id', 'name', 'slug', 'bio', 'url'],
  properties: { id: str, name: str, slug: str, bio: str, url },
} as const
export const imageObject = {
  type: 'object',
  required: ['id', 'width', 'height', 'alt', 'caption', 'credit', 'source', 'url', 'variants'],
  properties: {
    id: str,
    width: { type: 'integer' },
    height: { type: 'integer' },
    alt: str,
    caption: str,
    credit: str,
    source: str,
    url,
    variants: {
      type: 'array',
      items: {
        type: 'object',
        required: ['format', 'width', 'height', 'url'],
        properties: {
          format: { type: 'string', enum: ['avif', 'webp', 'jpeg'] },
          width: { type: 'integer' },
          height: { type: 'integer' },
          url,
        },
      },
    },
  },
} as const

export const storyObject = {
  type: 'object',
  description: 'One language version of a story. `fields=` chooses which fields come; `id` and `locale` always do.',
  required: ['id', 'locale'],
  properties: {
    id: { type: 'string', description: 'The story’s id, shared by its language versions.' },
    locale: str,
    versionId: str,
    headline: str,
    slug: str,
    url,
    lead: str,
    publishedAt: dateTime,
    firstPublishedAt: dateTime,
    updatedAt: dateTime,
    breaking: { type: 'boolean' },
    important: { type: 'boolean' },
    seo: { type: 'object', required: ['title', 'description'], properties: { title: str, description: str } },
    sectionId: nullableStr,
    topicIds: ids,
    authorIds: ids,
    leadImageId: nullableStr,
    translations: {
      type: 'array',
      description: 'Every published language version of the story, this one included.',
      items: { type: 'object', required: ['locale', 'slug', 'url'], properties: { locale: str, slug: str, url } },
    },
    body: {
      type: 'object',
      description: 'The body in the formats asked for with `format=` (html by default).',
      properties: {
        html: str,
        json: { type: 'object', additionalProperties: true, description: 'The rich-text document (ProseMirror JSON).' },
        text: str,
      },
    },
    section: { anyOf: [topicRef, { type: 'null' }] },
    topics: { type: 'array', items: topicRef },
    authors: { type: 'array', items: authorRef },
    leadImage: { anyOf: [imageObject, { type: 'null' }] },
  },
} as const

const names = (extra: Record<string, object>) =>
  ({
    type: 'object',
    description: 'Per language: the name, its address part and its public page.',
    additionalProperties: {
      type: 'object',
      required: ['name', 'slug', 'url', ...Object.keys(extra)],
      properties: { name: str, slug: str, url, ...extra },
    },
  }) as const

export const topicObject = {
  type: 'object',
  required: ['id', 'kind', 'names', 'storyCounts'],
  properties: { id: str, kind: str, names: names({ description: str }), storyCounts: counts },
} as const
export const authorObject = {
  type: 'object',
  required: ['id', 'names', 'storyCounts'],
  properties: { id: str, names: names({ bio: str }), storyCounts: counts },
} as const

const meta = {
  type: 'object',
  required: ['limit', 'next'],
  properties: {
    limit: { type: 'integer' },
    next: { type: ['string', 'null'], description: 'Pass as `cursor=` for the next page; null on the last.' },
  },
} as const

export const pageObject = {
  type: 'object',
  description: 'One language version of a page (About us, Contacts…).',
  required: ['id', 'locale', 'versionId', 'headline', 'slug', 'url', 'lead', 'publishedAt', 'updatedAt', 'seo', 'translations', 'body'],
  properties: {
    id: { type: 'string', description: 'The page’s id, shared by its language versions.' },
    locale: str,
    versionId: str,
    headline: str,
    slug: str,
    url,
    lead: str,
    publishedAt: dateTime,
    updatedAt: dateTime,
    seo: storyObject.properties.seo,
    translations: storyObject.properties.translations,
    body: storyObject.properties.body,
  },
} as const
export const pageList = {
  type: 'object',
  required: ['pages'],
  properties: { pages: { type: 'array', description: 'In the footer’s order.', items: pageObject } },
} as const
export const onePage = { type: 'object', required: ['page'], properties: { page: pageObject } } as const

export const storyPage = {
  type: 'object',
  required: ['stories', 'meta'],
  properties: { stories: { type: 'array', items: storyObject }, meta },
} as const
export const oneStory = { type: 'object', required: ['story'], properties: { story: storyObject } } as const
export const topicPage = {
  type: 'object',
  required: ['topics', 'meta'],
  properties: { topics: { type: 'array', items: topicObject }, meta },
} as const
export const sectionList = {
  type: 'object',
  required: ['sections'],
  properties: { sections: { type: 'array', items: topicObject } },
} as const
export const authorPage = {
  type: 'object',
  required: ['authors', 'meta'],
  properties: { authors: { type: 'array', items: authorObject }, meta },
} as const

export const searchAnswer = {
  type: 'object',
  required: ['results', 'meta'],
  properties: {
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'locale', 'headline', 'slug', 'url', 'lead', 'publishedAt', 'snippet'],
        properties: {
          id: str,
          locale: str,
          headline: str,
          slug: str,
          url,
          lead: str,
          publishedAt: dateTime,
          snippet: { type: 'string', description: 'A passage of the lead or body around the words searched for.' },
        },
      },
    },
    meta: {
      type: 'object',
      required: ['page', 'limit', 'hasMore'],
      properties: { page: { type: 'integer' }, limit: { type: 'integer' }, hasMore: { type: 'boolean' } },
    },
  },
} as const

export const siteAnswer = {
  type: 'object',
  required: ['name', 'url', 'defaultLanguage', 'languages', 'sitemaps'],
  properties: {
    name: { type: 'object', additionalProperties: str, description: 'The site’s name per language.' },
    url,
    defaultLanguage: str,
    languages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'label', 'name', 'homeUrl', 'searchUrl', 'feeds'],
        properties: {
          code: str,
          label: { type: 'string', description: 'What the language switcher shows (UA, EN, RU).' },
          name: str,
          homeUrl: url,
          searchUrl: url,
          feeds: { type: 'object', required: ['rss', 'atom', 'json'], properties: { rss: url, atom: url, json: url } },
        },
      },
    },
    sitemaps: { type: 'object', required: ['index', 'news'], properties: { index: url, news: url } },
  },
} as const

const list = (allowed: readonly string[], what: string) =>
  ({ type: 'string', maxLength: 500, description: `${what}, comma-separated: ${allowed.join(', ')}.` }) as const
const count = (max: number) => ({ type: 'string', pattern: '^[0-9]{1,4}$', description: `1 to ${max}.` }) as const
const key = { type: 'string', maxLength: 200, description: 'A content key, when not sent as Authorization: Bearer.' } as const
const flagQuery = { type: 'string', enum: ['true', 'false'] } as const

/** What shapes a story answer. */
export const storyShapeQuery = {
  fields: list(STORY_FIELDS, 'Fields to send (id and locale always come)'),
  include: list(STORY_INCLUDES, 'Related objects to embed'),
  format: list(BODY_FORMATS, 'Body formats (default html)'),
  key,
} as const

export const storyListQuery = (locales: readonly string[]) =>
  ({
    type: 'object',
    additionalProperties: false,
    properties: {
      locale: { type: 'string', enum: [...locales] },
      section: { type: 'string', maxLength: 200, description: 'A section’s id or slug.' },
      topic: { type: 'string', maxLength: 200, description: 'A tag’s, person’s, organisation’s or place’s id or slug.' },
      author: { type: 'string', maxLength: 200, description: 'An author’s id or slug.' },
      updatedSince: { ...dateTime, description: 'Only versions changed at or after this time.' },
      publishedAfter: dateTime,
      publishedBefore: dateTime,
      breaking: flagQuery,
      important: flagQuery,
      limit: count(100),
      cursor: { type: 'string', maxLength: 300 },
      ...storyShapeQuery,
    },
  }) as const

export const oneStoryQuery = (locales: readonly string[], localeRequired: boolean) =>
  ({
    type: 'object',
    additionalProperties: false,
    ...(localeRequired && { required: ['locale'] }),
    properties: {
      locale: {
        type: 'string',
        enum: [...locales],
        ...(!localeRequired && { description: 'The language version to send (default: the site’s default language).' }),
      },
      ...storyShapeQuery,
    },
  }) as const

export const pageQuery = (extra: Record<string, object> = {}) =>
  ({
    type: 'object',
    additionalProperties: false,
    properties: { limit: count(100), cursor: { type: 'string', maxLength: 100 }, key, ...extra },
  }) as const

export const keyOnlyQuery = { type: 'object', additionalProperties: false, properties: { key } } as const

export const searchQuery = (locales: readonly string[]) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['q', 'locale'],
    properties: {
      q: { type: 'string', maxLength: 1000 },
      locale: { type: 'string', enum: [...locales] },
      limit: count(50),
      page: { type: 'string', pattern: '^[0-9]{1,3}$', description: '1 to 20.' },
      key,
    },
  }) as const

export const pageShapeQuery = (locales: readonly string[], localeRequired: boolean) =>
  ({
    type: 'object',
    additionalProperties: false,
    ...(localeRequired && { required: ['locale'] }),
    properties: { locale: { type: 'string', enum: [...locales] }, format: storyShapeQuery.format, key },
  }) as const
