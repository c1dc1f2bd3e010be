import type { FastifyPluginAsync } from 'fastify'
import { requireAuth } from '../http/admin-auth.js'
import { idParams } from '../http/schemas.js'
import { searchResultDto } from '../shared/newsroom-dtos.js'
import { QUERY_MAX_LENGTH } from './query.js'
import type { SearchService } from './search.service.js'

const STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const
const limitParam = { type: 'string', pattern: '^[1-9][0-9]?$|^100$' } as const

interface SearchQuerystring {
  q: string
  locale?: string
  status?: (typeof STATUSES)[number]
  limit?: string
  offset?: string
}

/** Newsroom search (every language and state) and related-story suggestions in the admin API. */
export const searchRoutes: FastifyPluginAsync<{ search: SearchService; locales: readonly string[] }> = async (app, { search, locales }) => {
  app.get<{ Querystring: SearchQuerystring }>(
    '/search',
    {
      schema: {
        description:
          'Stories in every language and state, best match first (headline above body, fresher first at equal relevance). ' +
          'Word forms match; "quoted phrases" match as written; the last word also matches longer words (search as you type).',
        querystring: {
          type: 'object',
          required: ['q'],
          additionalProperties: false,
          properties: {
            q: { type: 'string', minLength: 1, maxLength: QUERY_MAX_LENGTH },
            locale: { type: 'string', enum: [...locales] },
            status: { type: 'string', enum: [...STATUSES] },
            limit: limitParam,
            offset: { type: 'string', pattern: '^(0|[1-9][0-9]{0,3})$' },
          },
        },
        response: {
          200: { type: 'object', properties: { items: { type: 'array', items: searchResultDto }, hasMore: { type: 'boolean' } } },
        },
      },
    },
    async (req) => {
      const { actor } = requireAuth(req)
      const { q, locale, status, limit, offset } = req.query
      const outcome = await search.searchNewsroom(
        {
          q,
          locales: locale ? [locale] : locales,
          filters: status ? { statuses: [status] } : {},
          asYouType: true, // the story picker and the desk search as the editor types
          limit: limit ? Number(limit) : 20,
          offset: offset ? Number(offset) : 0,
        },
        actor,
      )
      return outcome.kind === 'results' ? { items: outcome.results, hasMore: outcome.hasMore } : { items: [], hasMore: false }
    },
  )

  app.get<{ Params: { id: string }; Querystring: { limit?: string } }>(
    '/story-versions/:id/related',
    {
      schema: {
        description: 'Published stories in the same language most like this version: suggestions for "read also" links.',
        params: idParams,
        querystring: { type: 'object', additionalProperties: false, properties: { limit: limitParam } },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: searchResultDto } } } },
      },
    },
    async (req) => {
      requireAuth(req)
      return { items: await search.related(req.params.id, req.query.limit ? Number(req.query.limit) : 5) }
    },
  )
}
