import type { FastifyPluginAsync } from 'fastify'
import { Invalid } from '../errors.js'
import { QUERY_MAX_LENGTH } from '../search/query.js'
import type { SearchService } from '../search/search.service.js'
import { absoluteUrl, feedPath, homePath, searchPath, storyPath } from '../shared/addresses.js'
import { tag } from '../site/cache-tags.js'
import { languageLabel, stringsFor } from '../site/strings.js'
import { keyOnlyQuery, searchAnswer, searchQuery, siteAnswer } from './content.schemas.js'
import { parseLimit } from './content-query.js'
import type { ContentRoutesOptions } from './content-stories.routes.js'
import { sendContent } from './respond.js'

/** Readers page through results, not the archive: the site's own limit. */
const MAX_SEARCH_PAGE = 20

/** The site itself (name, languages, feeds, sitemaps) and the readers' search. */
export const contentSiteRoutes: FastifyPluginAsync<ContentRoutesOptions & { search: SearchService }> = async (
  app,
  { ctx, now, search },
) => {
  const { site, siteUrl } = ctx
  const abs = (path: string) => absoluteUrl(siteUrl, path)

  app.get(
    '/site',
    { schema: { summary: 'The site: name, languages, feeds and sitemaps', querystring: keyOnlyQuery, response: { 200: siteAnswer } } },
    async (req, reply) => {
      const answer = {
        name: Object.fromEntries(site.locales.map((l) => [l, stringsFor(l).siteName])),
        url: siteUrl,
        defaultLanguage: site.defaultLocale,
        languages: site.locales.map((code) => ({
          code,
          label: languageLabel(code),
          name: new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code,
          homeUrl: abs(homePath(site, code)),
          searchUrl: abs(searchPath(site, code)),
          feeds: {
            rss: abs(feedPath(site, code, 'rss')),
            atom: abs(feedPath(site, code, 'atom')),
            json: abs(feedPath(site, code, 'json')),
          },
        })),
        sitemaps: { index: abs('/sitemap.xml'), news: abs('/sitemaps/news.xml') },
      }
      return sendContent(ctx, req, reply, answer, [tag.nav])
    },
  )

  app.get<{ Querystring: { q: string; locale: string; limit?: string; page?: string } }>(
    '/search',
    {
      schema: {
        summary: 'Search published stories in one language',
        description:
          'The site’s own search and ranking (word forms matched, relevance and recency). 503 with Retry-After when too many searches wait.',
        querystring: searchQuery(site.locales),
        response: { 200: searchAnswer },
      },
    },
    async (req, reply) => {
      const { q, locale } = req.query
      const limit = parseLimit(req.query.limit, 50)
      const page = Number(req.query.page ?? '1')
      if (page < 1 || page > MAX_SEARCH_PAGE) throw new Invalid('invalid_query', { fields: 'page' })
      if (q.length > QUERY_MAX_LENGTH) throw new Invalid('field_too_long', { field: 'q', max: QUERY_MAX_LENGTH })
      const at = now()
      const outcome = await search.search({ q, locales: [locale], filters: { visibleAt: at }, limit, offset: (page - 1) * limit })
      const results =
        outcome.kind === 'results'
          ? outcome.results.map((r) => ({
              id: r.storyId,
              locale: r.locale,
              headline: r.headline,
              slug: r.slug,
              url: abs(storyPath(site, r.locale, r.slug, r.storyId)),
              lead: r.lead,
              publishedAt: r.publishedAt as string,
              snippet: r.snippet.map((s) => s.text).join(''),
            }))
          : []
      const hasMore = outcome.kind === 'results' && outcome.hasMore && page < MAX_SEARCH_PAGE
      // Any publication in the language may change the results.
      return sendContent(ctx, req, reply, { results, meta: { page, limit, hasMore } }, [
        tag.feed(locale),
        ...results.map((r) => tag.storyIn(r.id, r.locale)),
      ])
    },
  )
}
