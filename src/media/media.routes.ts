import fastifyMultipart from '@fastify/multipart'
import type { FastifyPluginAsync } from 'fastify'
import { Invalid } from '../errors.js'
import { requireAuth } from '../http/admin-auth.js'
import { findNulCharacter } from '../http/nul-characters.js'
import { idParams } from '../http/schemas.js'
import { mediaDto } from '../shared/newsroom-dtos.js'
import type { MediaService } from './media.service.js'
import { checkMediaTexts } from './media.texts.js'
import type { MediaText } from './media.types.js'
import { MAX_UPLOAD_MB, readUploadForm } from './upload-form.js'

const textsSchema = {
  type: 'object',
  maxProperties: 20,
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    properties: { caption: { type: 'string', maxLength: 2000 }, alt: { type: 'string', maxLength: 1000 } },
  },
} as const

/** The `texts` form field: JSON whose shape is checked here, as a form field has no schema. */
function textsField(json: string): Record<string, Partial<MediaText>> {
  let texts: unknown
  try {
    texts = JSON.parse(json)
  } catch {
    throw new Invalid('invalid_input', { fields: 'texts' })
  }
  return checkMediaTexts(texts)
}

/** The media library in the admin API: upload (multipart), read, change texts, delete. */
export const mediaRoutes: FastifyPluginAsync<{ media: MediaService }> = async (app, { media }) => {
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 10, fieldSize: 100_000, parts: 12 },
  })

  /**
   * POST /media as multipart/form-data: `file` (the image; its type is read from its content),
   * optional `credit`, `source`, and `texts` as JSON: {"uk": {"caption": "…", "alt": "…"}}.
   */
  app.post('/media', { schema: { consumes: ['multipart/form-data'], response: { 201: mediaDto } } }, async (req, reply) => {
    const { actor } = requireAuth(req)
    const spoolPath = media.uploadSpool(actor)
    if (!req.isMultipart()) throw new Invalid('upload_missing_file')
    const { file, fields, discard } = await readUploadForm(req, spoolPath)
    try {
      if (!file) throw new Invalid('upload_missing_file')
      // The JSON routes are checked by the preValidation hook; a form's fields are read only here.
      const nul = findNulCharacter({ ...fields, file: file.name })
      if (nul !== undefined) throw new Invalid('invalid_characters', { field: nul })
      const texts = fields.texts ? textsField(fields.texts) : undefined
      const nulInTexts = findNulCharacter(texts, 'texts') // "\u0000" inside the JSON becomes one only once parsed
      if (nulInTexts !== undefined) throw new Invalid('invalid_characters', { field: nulInTexts })
      const created = await media.createImage(
        {
          data: { file: file.path },
          originalName: file.name.slice(0, 255),
          ...(fields.credit !== undefined && { credit: fields.credit }),
          ...(fields.source !== undefined && { source: fields.source }),
          ...(texts && { texts }),
        },
        actor,
      )
      return reply.code(201).send(created)
    } finally {
      await discard() // stored by now (copied under its key), or refused
    }
  })

  app.get<{ Querystring: { limit?: string; cursor?: string; q?: string } }>(
    '/media',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            limit: { type: 'string', pattern: '^[1-9][0-9]?$|^100$' },
            cursor: { type: 'string', maxLength: 200 },
            q: { type: 'string', maxLength: 200, description: 'Name, credit, source, caption or alt text contains every word' },
          },
        },
        response: {
          200: { type: 'object', properties: { items: { type: 'array', items: mediaDto }, nextCursor: { type: ['string', 'null'] } } },
        },
      },
    },
    async (req) => {
      requireAuth(req)
      const limit = req.query.limit ? Number(req.query.limit) : 30
      let after: { createdAt: string; id: string } | undefined
      if (req.query.cursor) {
        const [createdAt, id] = Buffer.from(req.query.cursor, 'base64url').toString('utf8').split('|')
        if (!createdAt || !id) throw new Invalid('invalid_cursor')
        after = { createdAt, id }
      }
      const rows = await media.listMedia({ limit: limit + 1, ...(after && { after }), ...(req.query.q && { q: req.query.q }) })
      const items = rows.slice(0, limit)
      const last = items.at(-1)
      return { items, nextCursor: rows.length > limit && last ? Buffer.from(`${last.createdAt}|${last.id}`).toString('base64url') : null }
    },
  )

  app.get<{ Params: { id: string } }>('/media/:id', { schema: { params: idParams, response: { 200: mediaDto } } }, async (req) => {
    requireAuth(req)
    return media.getMedia(req.params.id)
  })

  app.put<{
    Params: { id: string }
    Body: { credit?: string; source?: string; focalX?: number; focalY?: number; texts?: Record<string, Partial<MediaText>> }
  }>(
    '/media/:id',
    {
      schema: {
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            credit: { type: 'string', maxLength: 600 },
            source: { type: 'string', maxLength: 600 },
            focalX: { type: 'number', minimum: 0, maximum: 1 },
            focalY: { type: 'number', minimum: 0, maximum: 1 },
            texts: textsSchema,
          },
        },
        response: { 200: mediaDto },
      },
    },
    async (req) => {
      const { actor } = requireAuth(req)
      return media.updateMedia(req.params.id, req.body, actor) // who may is the media policy's rule: it needs the image's uploader
    },
  )

  app.delete<{ Params: { id: string } }>('/media/:id', { schema: { params: idParams } }, async (req, reply) => {
    await media.deleteMedia(req.params.id, requireAuth(req).actor)
    return reply.code(204).send()
  })
}
