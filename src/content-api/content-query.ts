import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { Invalid, NotFound } from '../errors.js'
import { isId } from '../ids.js'
import { findAuthorIdByIdOrSlug, findTopicIdByIdOrSlug, type StoryCursor, type StoryFilter } from './content.repository.js'
import {
  BODY_FORMATS,
  type BodyFormat,
  STORY_FIELDS,
  STORY_INCLUDES,
  type StoryField,
  type StoryInclude,
  type StoryOptions,
} from './story-object.js'

/** Reading a Content API query: lists, page sizes, cursors and the filters that name things. */

export const DEFAULT_LIMIT = 20

/** `fields=a,b`: each must be one of `allowed`; an empty or missing list is undefined. */
export function parseList<T extends string>(field: string, raw: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (raw === undefined) return undefined
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  for (const value of items) {
    if (!(allowed as readonly string[]).includes(value))
      throw new Invalid('invalid_list_value', { field, allowed: allowed.join(', '), value })
  }
  return items.length ? ([...new Set(items)] as T[]) : undefined
}

export function storyOptions(q: { fields?: string; include?: string; format?: string }): StoryOptions {
  const fields = parseList<StoryField>('fields', q.fields, STORY_FIELDS)
  return {
    formats: parseList<BodyFormat>('format', q.format, BODY_FORMATS) ?? ['html'],
    include: new Set(parseList<StoryInclude>('include', q.include, STORY_INCLUDES) ?? []),
    ...(fields && { fields: new Set(fields) }),
  }
}

/** `limit=` (its pattern is checked by the schema): between 1 and `max`. */
export function parseLimit(raw: string | undefined, max: number): number {
  if (raw === undefined) return Math.min(DEFAULT_LIMIT, max)
  return Math.min(Math.max(Number(raw), 1), max)
}

export const encodeStoryCursor = (c: StoryCursor): string => Buffer.from(JSON.stringify([c.publishedAt, c.versionId])).toString('base64url')

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/

export function decodeStoryCursor(raw: string | undefined): StoryCursor | undefined {
  if (raw === undefined) return undefined
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && ISO.test(value[0]) && isId(value[1])) {
      return { publishedAt: value[0], versionId: value[1] }
    }
  } catch {
    // not base64 JSON: refused below like any other foreign cursor
  }
  throw new Invalid('invalid_cursor')
}

/** A page of things in id order continues after the last id. */
export function decodeIdCursor(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  if (!isId(raw)) throw new Invalid('invalid_cursor')
  return raw
}

/** Timestamps as stored: UTC with milliseconds, so comparisons in SQL are comparisons of instants. */
const toStored = (iso: string): string => new Date(iso).toISOString()

export interface StoryListQuery {
  locale?: string
  section?: string
  topic?: string
  author?: string
  updatedSince?: string
  publishedAfter?: string
  publishedBefore?: string
  breaking?: 'true' | 'false'
  important?: 'true' | 'false'
}

/** The list's filters with sections, topics and authors named by id or slug resolved; an unknown one is a 404 that says where to look. */
export async function storyFilter(db: Kysely<DB>, q: StoryListQuery, now: string): Promise<StoryFilter> {
  const f: StoryFilter = { now }
  if (q.locale) f.locale = q.locale
  if (q.section) {
    f.sectionId = await findTopicIdByIdOrSlug(db, ['section'], q.section)
    if (!f.sectionId) throw new NotFound('content_topic_not_found', { kind: 'section', value: q.section, list: 'sections' })
  }
  if (q.topic) {
    f.topicId = await findTopicIdByIdOrSlug(db, ['tag', 'person', 'organisation', 'place'], q.topic)
    if (!f.topicId) throw new NotFound('content_topic_not_found', { kind: 'topic', value: q.topic, list: 'topics' })
  }
  if (q.author) {
    f.authorId = await findAuthorIdByIdOrSlug(db, q.author)
    if (!f.authorId) throw new NotFound('content_author_not_found', { value: q.author })
  }
  if (q.updatedSince) f.updatedSince = toStored(q.updatedSince)
  if (q.publishedAfter) f.publishedAfter = toStored(q.publishedAfter)
  if (q.publishedBefore) f.publishedBefore = toStored(q.publishedBefore)
  if (f.publishedAfter && f.publishedBefore && f.publishedAfter >= f.publishedBefore) {
    throw new Invalid('date_range_reversed', { after: q.publishedAfter ?? '', before: q.publishedBefore ?? '' })
  }
  if (q.breaking) f.breaking = q.breaking === 'true'
  if (q.important) f.important = q.important === 'true'
  return f
}
