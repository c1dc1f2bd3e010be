import type { FastifyPluginAsync } from 'fastify'
import { requireAuth } from '../http/admin-auth.js'
import { idParams } from '../http/schemas.js'
import { versionDto } from '../shared/story-dtos.js'
import { createTranslationBody } from '../stories/story.schemas.js'
import type { ContentInput } from '../stories/version-content.js'
import type { TranslationService } from './translation.service.js'

type IdParams = { Params: { id: string } }

/** Starting translations and the list of outdated ones, in the admin API. */
export const translationRoutes: FastifyPluginAsync<{ translations: TranslationService }> = async (app, { translations }) => {
  app.post<IdParams & { Body: ContentInput & { sourceLocale: string; targetLocale: string } }>(
    '/stories/:id/translations',
    { schema: { params: idParams, body: createTranslationBody, response: { 201: versionDto } } },
    async (req, reply) =>
      reply.code(201).send(await translations.createTranslation({ storyId: req.params.id, ...req.body }, requireAuth(req).actor)),
  )

  app.get<{ Querystring: { locale?: string } }>(
    '/translations/outdated',
    {
      schema: {
        querystring: { type: 'object', additionalProperties: false, properties: { locale: { type: 'string', maxLength: 10 } } },
      },
    },
    async (req) => translations.listOutdatedTranslations(req.query.locale ? { locale: req.query.locale } : {}, requireAuth(req).actor),
  )
}
