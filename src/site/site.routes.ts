import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { type Clock, toTimestamp } from '../db/time.js'
import { hasWordpressIdQuery } from '../redirects/redirect-path.js'
import type { SearchService } from '../search/search.service.js'
import { localePrefix, TOPIC_PATH } from '../shared/addresses.js'
import type { TopicKind } from '../taxonomy/taxonomy.types.js'
import { archiveOutcome, authorOutcome, homeOutcome, topicOutcome } from './list.producers.js'
import { pageOutcome } from './page.producer.js'
import type { PageCache } from './page-cache.js'
import type { PageContexts, SiteSettings } from './page-context.js'
import type { RedirectLookup } from './redirect-lookup.js'
import { searchOutcome } from './search.producer.js'
import { createPageServer, HTML, sendRedirect } from './serve-page.js'
import { storyOutcome } from './story.producer.js'
import type { StoryPageParts } from './story-page-parts.js'

export interface SiteOptions extends SiteSettings {
  clock: Clock
  cache: PageCache
  search: SearchService
  /** The one page frame (and sections-menu cache) of the app, shared with the feeds, the error pages and the newsroom preview. */
  pages: PageContexts
  /** Story pages rendered ahead of readers. */
  storyPages: StoryPageParts
  /** Old addresses that answer 301 (redirects), asked before a 404 or 410 goes out. */
  redirects?: RedirectLookup
}

type Paged = { Querystring: { page?: string } }

/** The public site: every page in every language, server-rendered, readable without JavaScript. */
export const siteRoutes: FastifyPluginAsync<SiteOptions> = async (app, options) => {
  const { db, site, clock, assets, timezone, cache, search, pages, storyPages, redirects } = options
  const deps = { db, site, timezone, search, now: () => toTimestamp(clock()), pages, storyPages }
  const serve = createPageServer(cache, () => clock().getTime(), redirects)
  /** The home page; `/?p=123` (WordPress's address of a post by number) first asks whether that post has moved here. */
  const home = async (req: FastifyRequest<Paged>, reply: FastifyReply, locale: string) => {
    if (redirects && hasWordpressIdQuery(req.query)) {
      const location = await redirects(req.url)
      if (location) return sendRedirect(reply, location)
    }
    return serve(req, reply, () => homeOutcome(deps, locale, req.query.page))
  }

  for (const asset of [assets.css, assets.logo]) {
    app.get(asset.path, async (req, reply) => {
      reply.type(asset.contentType).header('cache-control', 'public, max-age=31536000, immutable').header('vary', 'Accept-Encoding')
      const accept = req.headers['accept-encoding'] ?? ''
      if (asset.br && /\bbr\b/.test(accept)) return reply.header('content-encoding', 'br').send(asset.br)
      if (asset.gzip && /\bgzip\b/.test(accept)) return reply.header('content-encoding', 'gzip').send(asset.gzip)
      return reply.send(asset.body)
    })
  }

  for (const locale of site.locales) {
    const prefix = localePrefix(site, locale)
    app.get<Paged>(prefix || '/', (req, reply) => home(req, reply, locale))
    if (prefix) app.get<Paged>(`${prefix}/`, (req, reply) => home(req, reply, locale))

    app.get<{ Params: { slugId: string } }>(`${prefix}/news/:slugId`, (req, reply) =>
      serve(req, reply, () => storyOutcome(deps, locale, req.params.slugId, req.url)),
    )
    // Pages (About us, Contacts) at /<slug>: every other route is a fixed word, which wins, and a page's slug is never one.
    app.get<{ Params: { slug: string } }>(`${prefix}/:slug`, (req, reply) =>
      serve(req, reply, () => pageOutcome(deps, locale, req.params.slug, req.url)),
    )

    for (const kind of Object.keys(TOPIC_PATH) as TopicKind[]) {
      app.get<Paged & { Params: { slug: string } }>(`${prefix}/${TOPIC_PATH[kind]}/:slug`, (req, reply) =>
        serve(req, reply, () => topicOutcome(deps, locale, kind, req.params.slug, req.query.page, req.url)),
      )
    }

    // Search pages are never kept in the page cache (every query is a new page); CDNs may keep them a minute.
    app.get<{ Querystring: Record<string, string | string[] | undefined> }>(`${prefix}/search`, async (req, reply) => {
      const outcome = await searchOutcome(deps, locale, req.query.q, req.query.page)
      if (outcome.retryAfter) reply.header('retry-after', String(outcome.retryAfter))
      return reply
        .code(outcome.status)
        .type(HTML)
        .header('cache-control', outcome.status === 503 ? 'no-store' : 'public, max-age=60')
        .header('x-robots-tag', 'noindex')
        .header('vary', 'Accept-Encoding')
        .send(outcome.body)
    })

    app.get<Paged & { Params: { slug: string } }>(`${prefix}/author/:slug`, (req, reply) =>
      serve(req, reply, () => authorOutcome(deps, locale, req.params.slug, req.query.page, req.url)),
    )

    app.get<Paged & { Params: { year: string; month: string } }>(`${prefix}/archive/:year/:month`, (req, reply) =>
      serve(req, reply, () => archiveOutcome(deps, locale, req.params, req.query.page, req.url)),
    )
    app.get<Paged & { Params: { year: string; month: string; day: string } }>(`${prefix}/archive/:year/:month/:day`, (req, reply) =>
      serve(req, reply, () => archiveOutcome(deps, locale, req.params, req.query.page, req.url)),
    )
  }
}
