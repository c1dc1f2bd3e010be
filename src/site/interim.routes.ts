import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { NotFound } from '../errors.js'
import { ID_LENGTH, isId } from '../ids.js'
import { homePage, storyPage } from './interim.pages.js'
import { findPublicVersions, listLatestPublished } from './public-stories.repository.js'
import { type LocaleSettings, storyPath } from './urls.js'

export interface InterimSiteOptions {
  db: Kysely<DB>
  site: LocaleSettings
  timezone: string
  clock: Clock
}

/**
 * A minimal public site so the demo can be read until the public-site issue lands: the home page
 * lists the latest stories per language, and story pages show the stored body.
 */
export const interimSiteRoutes: FastifyPluginAsync<InterimSiteOptions> = async (app, { db, site, timezone, clock }) => {
  const ctx = { site, timezone }

  app.get('/', async (_req, reply) => {
    const now = toTimestamp(clock())
    const latest = await Promise.all(
      site.locales.map(async (locale) => ({ locale, stories: await listLatestPublished(db, locale, now, 20) })),
    )
    return reply.type('text/html; charset=utf-8').send(homePage(ctx, latest))
  })

  const showStory = async (locale: string, slugId: string, reply: import('fastify').FastifyReply) => {
    const id = slugId.slice(-ID_LENGTH)
    if (!isId(id)) throw new NotFound('not_found')
    const all = await findPublicVersions(db, id, toTimestamp(clock()))
    const version = all.find((v) => v.locale === locale)
    if (!version) throw new NotFound('not_found')
    const canonical = storyPath(site, locale, version.slug, id)
    if (slugId !== `${version.slug}-${id}`) return reply.redirect(canonical, 301) // old or missing slug
    return reply.type('text/html; charset=utf-8').send(storyPage(ctx, version, all))
  }

  app.get<{ Params: { slugId: string } }>('/news/:slugId', (req, reply) => showStory(site.defaultLocale, req.params.slugId, reply))
  app.get<{ Params: { locale: string; slugId: string } }>('/:locale/news/:slugId', (req, reply) => {
    if (req.params.locale === site.defaultLocale || !site.locales.includes(req.params.locale)) throw new NotFound('not_found')
    return showStory(req.params.locale, req.params.slugId, reply)
  })
}
