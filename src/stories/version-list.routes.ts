import type { FastifyPluginAsync } from 'fastify'
import { parseTimestamp } from '../db/time.js'
import { Invalid } from '../errors.js'
import { requireAuth } from '../http/admin-auth.js'
import { idParams } from '../http/schemas.js'
import type { VersionStatus } from '../shared/workflow.js'
import type { StoryService } from './story.service.js'
import type { TranslationNeed, VersionListQuery } from './version-list.repository.js'

interface ListQuerystring {
  kind?: 'story' | 'page'
  locale?: string
  status?: VersionStatus
  section?: string
  author?: string
  outdated?: 'true' | 'false'
  pending?: 'true' | 'false'
  translateInto?: string
  translation?: TranslationNeed
  updatedSince?: string
  q?: string
  cursor?: string
  limit?: string
}

const encodeCursor = (v: { updatedAt: string; id: string }) => Buffer.from(JSON.stringify([v.updatedAt, v.id])).toString('base64url')
function decodeCursor(cursor: string): { updatedAt: string; id: string } {
  try {
    const [updatedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[]
    if (typeof updatedAt === 'string' && typeof id === 'string') return { updatedAt, id }
  } catch {}
  throw new Invalid('invalid_cursor')
}

const listQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ['story', 'page'], description: 'Stories (the default) or pages (About us, Contacts…)' },
    locale: { type: 'string', maxLength: 10 },
    status: { type: 'string', enum: ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] },
    section: idParams.properties.id,
    author: idParams.properties.id,
    outdated: { type: 'string', enum: ['true', 'false'] },
    pending: { type: 'string', enum: ['true', 'false'], description: 'Only live versions with an edit awaiting approval' },
    translateInto: {
      type: 'string',
      maxLength: 10,
      description: 'Translation work into this language: stories without a version in it, and its outdated translations',
    },
    translation: { type: 'string', enum: ['missing', 'outdated'], description: 'With translateInto: only one of the two kinds' },
    updatedSince: { type: 'string', maxLength: 40 },
    q: { type: 'string', maxLength: 200, description: 'Headline or lead contains every word, ignoring case' },
    cursor: { type: 'string', maxLength: 200 },
    limit: { type: 'string', pattern: '^[1-9][0-9]?$|^100$' },
  },
} as const

/** The desk's lists (GET /story-versions): filters, the actor's scope, and cursor pagination. */
export const versionListRoutes: FastifyPluginAsync<{ stories: StoryService }> = async (app, { stories }) => {
  app.get<{ Querystring: ListQuerystring }>('/story-versions', { schema: { querystring: listQuerystring } }, async (req) => {
    const { actor } = requireAuth(req)
    const q = req.query
    const limit = q.limit ? Number(q.limit) : 20
    const updatedSince = q.updatedSince === undefined ? undefined : parseTimestamp(q.updatedSince)
    if (q.updatedSince !== undefined && !updatedSince) throw new Invalid('invalid_date', { value: q.updatedSince })
    const query: VersionListQuery = {
      limit: limit + 1,
      ...(q.kind && { kind: q.kind }),
      ...(q.locale && { locale: q.locale }),
      ...(q.status && { status: q.status }),
      ...(q.section && { sectionId: q.section }),
      ...(q.author && { authorId: q.author }),
      ...(q.outdated === 'true' && { outdated: true }),
      ...(q.pending === 'true' && { pending: true }),
      ...(q.translateInto !== undefined && { translateInto: q.translateInto }),
      ...(q.translation && { translation: q.translation }),
      ...(updatedSince && { updatedSince }),
      ...(q.q && { q: q.q }),
      ...(q.cursor && { after: decodeCursor(q.cursor) }),
    }
    const rows = await stories.listVersions(query, actor)
    const items = rows.slice(0, limit)
    const last = items.at(-1)
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null }
  })
}
