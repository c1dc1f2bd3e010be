import type { FastifyPluginAsync } from 'fastify'
import { NotFound } from '../errors.js'
import { tag } from '../site/cache-tags.js'
import { findPublicLocales, findPublicVersionRow, listPublicVersionRows } from './content.repository.js'
import { oneStory, oneStoryQuery, storyListQuery, storyPage } from './content.schemas.js'
import { decodeStoryCursor, encodeStoryCursor, parseLimit, type StoryListQuery, storyFilter, storyOptions } from './content-query.js'
import { sendContent } from './respond.js'
import { type ContentContext, toStoryObjects } from './story-object.js'

type Shape = { fields?: string; include?: string; format?: string }

export interface ContentRoutesOptions {
  ctx: ContentContext
  now: () => string
}

/** Stories: a filtered, cursor-paged list, and one story by id or by its address in a language. */
export const contentStoryRoutes: FastifyPluginAsync<ContentRoutesOptions> = async (app, { ctx, now }) => {
  const { db, site } = ctx
  const locales = site.locales

  app.get<{ Querystring: StoryListQuery & Shape & { limit?: string; cursor?: string } }>(
    '/stories',
    {
      schema: {
        summary: 'Published stories, newest first',
        description:
          'Each item is one language version. Pages follow `meta.next`; stories published while a client pages through sort before its cursor, so no page skips or repeats one.',
        querystring: storyListQuery(locales),
        response: { 200: storyPage },
      },
    },
    async (req, reply) => {
      const at = now()
      const options = storyOptions(req.query)
      const limit = parseLimit(req.query.limit, 100)
      const filter = await storyFilter(db, req.query, at)
      const rows = await listPublicVersionRows(db, filter, decodeStoryCursor(req.query.cursor), limit + 1)
      const page = rows.slice(0, limit)
      const last = page.at(-1)
      const next = rows.length > limit && last ? encodeStoryCursor({ publishedAt: last.published_at as string, versionId: last.id }) : null
      const { stories, tags } = await toStoryObjects(ctx, page, at, options)
      // A new story in the language (or any, unfiltered) changes the list: the feed tag drops on every publish.
      const listTags = (filter.locale ? [filter.locale] : locales).map(tag.feed)
      return sendContent(ctx, req, reply, { stories, meta: { limit, next } }, [...listTags, ...tags])
    },
  )

  app.get<{ Params: { id: string }; Querystring: Shape & { locale?: string } }>(
    '/stories/:id',
    {
      schema: {
        summary: 'One story in one language, by id',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 40 } } },
        querystring: oneStoryQuery(locales, false),
        response: { 200: oneStory },
      },
    },
    async (req, reply) => {
      const at = now()
      const locale = req.query.locale ?? site.defaultLocale
      const row = await findPublicVersionRow(db, at, { storyId: req.params.id, locale })
      if (!row) {
        const elsewhere = await findPublicLocales(db, req.params.id, at)
        throw new NotFound('content_story_not_found', {
          id: req.params.id,
          locale,
          ...(elsewhere.length && { published: elsewhere.join(', ') }),
        })
      }
      const { stories, tags } = await toStoryObjects(ctx, [row], at, storyOptions(req.query))
      return sendContent(ctx, req, reply, { story: stories[0] }, tags)
    },
  )

  app.get<{ Params: { slug: string }; Querystring: Shape & { locale: string } }>(
    '/stories/slug/:slug',
    {
      schema: {
        summary: 'One story by its address in a language',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 200 } } },
        querystring: oneStoryQuery(locales, true),
        response: { 200: oneStory },
      },
    },
    async (req, reply) => {
      const at = now()
      const row = await findPublicVersionRow(db, at, { slug: req.params.slug, locale: req.query.locale })
      if (!row) throw new NotFound('content_slug_not_found', { slug: req.params.slug, locale: req.query.locale })
      const { stories, tags } = await toStoryObjects(ctx, [row], at, storyOptions(req.query))
      return sendContent(ctx, req, reply, { story: stories[0] }, tags)
    },
  )
}
