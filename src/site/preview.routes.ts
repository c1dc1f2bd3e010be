import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { NotFound } from '../errors.js'
import { requireAuth } from '../http/admin-auth.js'
import { idParams } from '../http/schemas.js'
import type { SearchService } from '../search/search.service.js'
import type { PageContexts } from './page-context.js'
import { storyPage } from './pages/story.page.js'
import { HTML } from './serve-page.js'
import { loadPreviewPage } from './story.loader.js'
import { readAlso } from './story.producer.js'

export interface PreviewOptions {
  db: Kysely<DB>
  clock: Clock
  search: SearchService
  pages: PageContexts
}

/**
 * The page may sit only in the newsroom's own frame, runs no script (our renderer never writes
 * one; this says so to the browser too) and loads only this site's styles, its images (from the
 * site, or from MEDIA_PUBLIC_URL's origin) and the players public pages embed.
 */
export const previewCsp = (mediaRoot: string): string =>
  [
    "default-src 'none'",
    "style-src 'self'",
    `img-src 'self' data:${mediaRoot.startsWith('/') ? '' : ` ${new URL(mediaRoot).origin}`}`,
    'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')

/**
 * GET /story-versions/:id/preview: the version's public page as it stands now, in any state, for
 * the newsroom's preview pane. Any signed-in staff member may see it, as they may read the
 * version itself (GET /stories/:id). Never cached, never indexed.
 */
export const previewRoutes: FastifyPluginAsync<PreviewOptions> = async (app, { db, clock, search, pages }) => {
  app.get<{ Params: { id: string } }>(
    '/story-versions/:id/preview',
    { schema: { params: idParams, produces: [HTML], summary: 'The version as its public page would show it (text/html)' } },
    async (req, reply) => {
      requireAuth(req)
      const data = await loadPreviewPage(db, req.params.id, toTimestamp(clock()), readAlso(search))
      if (!data) throw new NotFound('version_not_found', { id: req.params.id })
      const ctx = await pages.context(data.version.locale)
      const html = storyPage(ctx, data, { preview: true })
      return reply
        .type(HTML)
        .header('cache-control', 'private, no-store')
        .header('x-robots-tag', 'noindex')
        .header('content-security-policy', previewCsp(ctx.mediaRoot))
        .header('x-frame-options', 'SAMEORIGIN')
        .send(html)
    },
  )
}
