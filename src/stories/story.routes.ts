import type { FastifyPluginAsync } from 'fastify'
import { requireAuth } from '../http/admin-auth.js'
import { idParams, idSchema } from '../http/schemas.js'
import { revisionDto, revisionListDto, storyDto, storyWithVersionsDto, versionDto } from '../shared/story-dtos.js'
import type { VersionStatus } from '../shared/workflow.js'
import type { RevisionService } from './revision.service.js'
import {
  createStoryBody,
  pendingReviewBody,
  restoreBody,
  saveVersionBody,
  storyConflictDto,
  transitionBody,
  updateStoryBody,
} from './story.schemas.js'
import type { StoryService } from './story.service.js'
import type { SharedFieldsChange } from './update-story.js'
import type { ContentInput } from './version-content.js'

type IdParams = { Params: { id: string } }

type SaveBody = ContentInput & { expectedRevision: number; embargoUntil?: string | null; sourceRevision?: number; note?: string }

/**
 * Stories, versions and revisions in the admin API (translations: translations/translation.routes.ts).
 * The services check every rule; these routes translate HTTP.
 */
export const storyRoutes: FastifyPluginAsync<{ stories: StoryService; revisions: RevisionService }> = async (
  app,
  { stories, revisions },
) => {
  app.get(
    '/pages',
    {
      schema: {
        summary: 'Every page (About us, Contacts…) with its language versions, in the footer’s order',
        response: { 200: { type: 'array', items: storyWithVersionsDto } },
      },
    },
    async (req) => {
      requireAuth(req)
      return stories.listPages()
    },
  )
  app.put<{ Body: { ids: string[] } }>(
    '/pages/order',
    {
      schema: {
        summary: 'Put the pages (About us, Contacts…) in the footer in this order',
        body: {
          type: 'object',
          required: ['ids'],
          additionalProperties: false,
          properties: { ids: { type: 'array', maxItems: 500, items: idSchema } },
        },
        response: { 200: { type: 'object', required: ['ids'], properties: { ids: { type: 'array', items: { type: 'string' } } } } },
      },
    },
    async (req) => ({ ids: await stories.orderPages(req.body.ids, requireAuth(req).actor) }),
  )
  app.post<{ Body: Parameters<typeof stories.createStory>[0] }>(
    '/stories',
    { schema: { body: createStoryBody, response: { 201: storyWithVersionsDto } } },
    async (req, reply) => {
      return reply.code(201).send(await stories.createStory(req.body, requireAuth(req).actor))
    },
  )

  app.get<IdParams>('/stories/:id', { schema: { params: idParams, response: { 200: storyWithVersionsDto } } }, async (req) => {
    requireAuth(req)
    return stories.getStory(req.params.id)
  })

  app.put<IdParams & { Body: SharedFieldsChange & { expectedUpdatedAt: string } }>(
    '/stories/:id',
    { schema: { params: idParams, body: updateStoryBody, response: { 200: storyDto, 409: storyConflictDto } } },
    async (req) => stories.updateStory(req.params.id, req.body, requireAuth(req).actor),
  )

  app.put<IdParams & { Body: SaveBody }>(
    '/story-versions/:id',
    { schema: { params: idParams, body: saveVersionBody, response: { 200: versionDto } } },
    async (req) => {
      const { actor } = requireAuth(req)
      const { expectedRevision, sourceRevision, note, ...changes } = req.body
      return stories.saveVersion(
        {
          versionId: req.params.id,
          baseRevision: expectedRevision,
          changes,
          ...(sourceRevision !== undefined && { sourceRevision }),
          ...(note !== undefined && { note }),
        },
        actor,
      )
    },
  )

  app.post<IdParams & { Body: { expectedRevision: number } }>(
    '/story-versions/:id/approve',
    {
      schema: {
        params: idParams,
        body: pendingReviewBody,
        response: { 200: versionDto },
        summary: 'Make the edit awaiting approval on a live version live (for those who may publish it)',
      },
    },
    async (req) => stories.approvePending(req.params.id, req.body.expectedRevision, requireAuth(req).actor),
  )

  app.post<IdParams & { Body: { expectedRevision: number } }>(
    '/story-versions/:id/pending/discard',
    {
      schema: {
        params: idParams,
        body: pendingReviewBody,
        response: { 200: versionDto },
        summary: 'Drop the edit awaiting approval on a live version; readers keep the live text',
      },
    },
    async (req) => stories.discardPending(req.params.id, req.body.expectedRevision, requireAuth(req).actor),
  )

  app.post<IdParams & { Body: { to: VersionStatus; at?: string } }>(
    '/story-versions/:id/transitions',
    { schema: { params: idParams, body: transitionBody, response: { 200: versionDto } } },
    async (req) => stories.transition(req.params.id, req.body, requireAuth(req).actor),
  )

  app.get<IdParams>('/story-versions/:id/revisions', { schema: { params: idParams, response: { 200: revisionListDto } } }, async (req) =>
    revisions.listRevisions(req.params.id, requireAuth(req).actor),
  )

  app.get<{ Params: { id: string; number: number } }>(
    '/story-versions/:id/revisions/:number',
    {
      schema: {
        params: {
          type: 'object',
          required: ['id', 'number'],
          properties: { id: idParams.properties.id, number: { type: 'string', pattern: '^[1-9][0-9]{0,8}$' } },
        },
        response: { 200: revisionDto },
      },
    },
    async (req) => revisions.getRevision(req.params.id, Number(req.params.number), requireAuth(req).actor),
  )

  const diffDto = {
    type: 'object',
    properties: {
      sourceLocale: { type: 'string' },
      translatedRevision: { type: 'integer' },
      currentSourceRevision: { type: 'integer' },
      fields: {
        type: 'array',
        items: { type: 'object', properties: { field: { type: 'string' }, before: { type: 'string' }, after: { type: 'string' } } },
      },
      blocks: {
        type: 'array',
        items: { type: 'object', properties: { op: { type: 'string' }, type: { type: 'string' }, text: { type: 'string' } } },
      },
    },
  } as const

  const wordsDto = { type: 'array', items: { type: 'object', properties: { op: { type: 'string' }, text: { type: 'string' } } } } as const
  const sourceDiffDto = {
    type: 'object',
    properties: {
      ...diffDto.properties,
      fields: {
        type: 'array',
        items: { type: 'object', properties: { ...diffDto.properties.fields.items.properties, words: wordsDto } },
      },
      source: { type: 'object', properties: { headline: { type: 'string' }, lead: { type: 'string' } } },
      aligned: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            op: { type: 'string', enum: ['equal', 'added', 'changed', 'removed'] },
            block: { type: 'object', additionalProperties: true },
            before: { type: 'string' },
            words: wordsDto,
          },
        },
      },
    },
  } as const

  app.get<IdParams & { Querystring: { from: string; to: string } }>(
    '/story-versions/:id/diff',
    {
      schema: {
        params: idParams,
        querystring: {
          type: 'object',
          required: ['from', 'to'],
          additionalProperties: false,
          properties: { from: { type: 'string', pattern: '^[1-9][0-9]{0,8}$' }, to: { type: 'string', pattern: '^[1-9][0-9]{0,8}$' } },
        },
        response: { 200: diffDto },
      },
    },
    async (req) => revisions.diffRevisions(req.params.id, Number(req.query.from), Number(req.query.to), requireAuth(req).actor),
  )

  app.get<IdParams>('/story-versions/:id/source-diff', { schema: { params: idParams, response: { 200: sourceDiffDto } } }, async (req) =>
    revisions.sourceDiff(req.params.id, requireAuth(req).actor),
  )

  app.post<IdParams & { Body: { number: number; expectedRevision: number } }>(
    '/story-versions/:id/restore',
    { schema: { params: idParams, body: restoreBody, response: { 200: versionDto } } },
    async (req) =>
      stories.restoreRevision(
        { versionId: req.params.id, number: req.body.number, baseRevision: req.body.expectedRevision },
        requireAuth(req).actor,
      ),
  )
}
