import type { FastifyPluginAsync } from 'fastify'
import { tag } from '../site/cache-tags.js'
import { findAuthorsByIds, findTopicsByIds, listTopicIds } from '../taxonomy/taxonomy.repository.js'
import type { Author, Topic } from '../taxonomy/taxonomy.types.js'
import { countByAuthor, countBySection, countByTopic, listAuthorIdsPage, listTopicIdsPage, type StoryCounts } from './content.repository.js'
import { authorPage, keyOnlyQuery, pageQuery, sectionList, topicPage } from './content.schemas.js'
import { decodeIdCursor, parseLimit } from './content-query.js'
import type { ContentRoutesOptions } from './content-stories.routes.js'
import { sendContent } from './respond.js'
import { toAuthorObject, toTopicObject } from './taxonomy-object.js'

const TOPIC_KINDS = ['tag', 'person', 'organisation', 'place'] as const

/**
 * Sections, topics and authors with their names in every language and how many published
 * stories each has per language. Counts change with every publication, so these answers carry
 * the sitemap's tag, which every publication and rename drops.
 */
export const contentTaxonomyRoutes: FastifyPluginAsync<ContentRoutesOptions> = async (app, { ctx, now }) => {
  const { db, site, siteUrl } = ctx

  const topicObject = (t: Topic, counts: StoryCounts) => toTopicObject(site, siteUrl, t, counts)
  const authorObject = (a: Author, counts: StoryCounts) => toAuthorObject(site, siteUrl, a, counts)
  const inOrder = <T extends { id: string }>(ids: string[], items: T[]) => ids.flatMap((id) => items.find((x) => x.id === id) ?? [])

  app.get(
    '/sections',
    { schema: { summary: 'Every section, in the menu’s order', querystring: keyOnlyQuery, response: { 200: sectionList } } },
    async (req, reply) => {
      const ids = await listTopicIds(db, 'section')
      const [sections, counts] = await Promise.all([findTopicsByIds(db, ids), countBySection(db, ids, now())])
      const ordered = inOrder(ids, sections)
      return sendContent(ctx, req, reply, { sections: ordered.map((s) => topicObject(s, counts)) }, [
        tag.nav,
        tag.sitemap,
        ...ids.map(tag.topic),
      ])
    },
  )

  app.get<{ Querystring: { kind?: (typeof TOPIC_KINDS)[number]; limit?: string; cursor?: string } }>(
    '/topics',
    {
      schema: {
        summary: 'Tags, people, organisations and places, in id order',
        querystring: pageQuery({ kind: { type: 'string', enum: [...TOPIC_KINDS] } }),
        response: { 200: topicPage },
      },
    },
    async (req, reply) => {
      const limit = parseLimit(req.query.limit, 100)
      const ids = await listTopicIdsPage(db, req.query.kind ? [req.query.kind] : TOPIC_KINDS, decodeIdCursor(req.query.cursor), limit + 1)
      const page = ids.slice(0, limit)
      const [topics, counts] = await Promise.all([findTopicsByIds(db, page), countByTopic(db, page, now())])
      const next = ids.length > limit ? (page.at(-1) ?? null) : null
      return sendContent(ctx, req, reply, { topics: inOrder(page, topics).map((t) => topicObject(t, counts)), meta: { limit, next } }, [
        tag.sitemap,
        ...page.map(tag.topic),
      ])
    },
  )

  app.get<{ Querystring: { limit?: string; cursor?: string } }>(
    '/authors',
    { schema: { summary: 'Authors, in id order', querystring: pageQuery(), response: { 200: authorPage } } },
    async (req, reply) => {
      const limit = parseLimit(req.query.limit, 100)
      const ids = await listAuthorIdsPage(db, decodeIdCursor(req.query.cursor), limit + 1)
      const page = ids.slice(0, limit)
      const [authors, counts] = await Promise.all([findAuthorsByIds(db, page), countByAuthor(db, page, now())])
      const next = ids.length > limit ? (page.at(-1) ?? null) : null
      return sendContent(ctx, req, reply, { authors: inOrder(page, authors).map((a) => authorObject(a, counts)), meta: { limit, next } }, [
        tag.sitemap,
        ...page.map(tag.author),
      ])
    },
  )
}
