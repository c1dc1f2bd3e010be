import type { FastifyPluginAsync } from 'fastify'
import { NotFound } from '../errors.js'
import { findPublicVersionRow, listPublicPageRows } from './content.repository.js'
import { onePage, pageList, pageShapeQuery } from './content.schemas.js'
import { parseList } from './content-query.js'
import type { ContentRoutesOptions } from './content-stories.routes.js'
import { toPageObjects } from './page-object.js'
import { sendContent } from './respond.js'
import { BODY_FORMATS, type BodyFormat } from './story-object.js'

type Shape = { locale?: string; format?: string }
const formatsOf = (q: Shape): BodyFormat[] => parseList<BodyFormat>('format', q.format, BODY_FORMATS) ?? ['html']

/** Pages (About us, Contacts…): all of them in the footer's order, or one by id or address. */
export const contentPageRoutes: FastifyPluginAsync<ContentRoutesOptions> = async (app, { ctx, now }) => {
  const { db, site } = ctx

  app.get<{ Querystring: Shape }>(
    '/pages',
    {
      schema: {
        summary: 'Published pages, in the footer’s order',
        querystring: pageShapeQuery(site.locales, false),
        response: { 200: pageList },
      },
    },
    async (req, reply) => {
      const at = now()
      const formats = formatsOf(req.query)
      const { pages, tags } = await toPageObjects(ctx, await listPublicPageRows(db, at, req.query.locale), at, formats)
      return sendContent(ctx, req, reply, { pages }, tags)
    },
  )

  app.get<{ Params: { id: string }; Querystring: Shape }>(
    '/pages/:id',
    {
      schema: {
        summary: 'One page in one language, by id',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 40 } } },
        querystring: pageShapeQuery(site.locales, false),
        response: { 200: onePage },
      },
    },
    async (req, reply) => {
      const at = now()
      const locale = req.query.locale ?? site.defaultLocale
      const row = await findPublicVersionRow(db, at, { storyId: req.params.id, locale }, 'page')
      if (!row) throw new NotFound('content_page_not_found', { id: req.params.id, locale })
      const { pages, tags } = await toPageObjects(ctx, [row], at, formatsOf(req.query))
      return sendContent(ctx, req, reply, { page: pages[0] }, tags)
    },
  )

  app.get<{ Params: { slug: string }; Querystring: Shape & { locale: string } }>(
    '/pages/slug/:slug',
    {
      schema: {
        summary: 'One page by its address in a language',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 200 } } },
        querystring: pageShapeQuery(site.locales, true),
        response: { 200: onePage },
      },
    },
    async (req, reply) => {
      const at = now()
      const row = await findPublicVersionRow(db, at, { slug: req.params.slug, locale: req.query.locale }, 'page')
      if (!row) throw new NotFound('content_slug_not_found', { slug: req.params.slug, locale: req.query.locale })
      const { pages, tags } = await toPageObjects(ctx, [row], at, formatsOf(req.query))
      return sendContent(ctx, req, reply, { page: pages[0] }, tags)
    },
  )
}
