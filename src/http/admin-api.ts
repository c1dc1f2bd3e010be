import fastifyCookie from '@fastify/cookie'
import fastifySwagger from '@fastify/swagger'
import type { FastifyPluginAsync } from 'fastify'
import { mediaRoutes } from '../media/media.routes.js'
import { redirectRoutes } from '../redirects/redirect.routes.js'
import { searchRoutes } from '../search/search.routes.js'
import type { Services } from '../services.js'
import { type PreviewOptions, previewRoutes } from '../site/preview.routes.js'
import { storyRoutes } from '../stories/story.routes.js'
import { versionListRoutes } from '../stories/version-list.routes.js'
import { taxonomyRoutes } from '../taxonomy/taxonomy.routes.js'
import { translationRoutes } from '../translations/translation.routes.js'
import { contentKeyRoutes } from '../users/content-key.routes.js'
import { sessionRoutes } from '../users/session.routes.js'
import { tokenRoutes, userRoutes } from '../users/user.routes.js'
import { webhookRoutes } from '../webhooks/webhook.routes.js'
import { createAdminAuthHook } from './admin-auth.js'

export interface AdminApiOptions {
  services: Services
  /** Secure cookies when the site is served over https. */
  secureCookies: boolean
  /** The site's languages, for the API's language parameters. */
  locales: readonly string[]
  /** What the newsroom's preview of a public page needs from the site. */
  preview: PreviewOptions
}

/** /api/admin/v1: what the newsroom app and integrations use. Every route resolves the session and checks CSRF. */
export const adminApi: FastifyPluginAsync<AdminApiOptions> = async (app, { services, secureCookies, locales, preview }) => {
  const { auth } = services
  // The API's description is generated from the route schemas below, never written by hand.
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vistka admin API',
        version: '1',
        description: 'Newsroom API: sign in with POST /session; send X-CSRF-Token on every change.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'vistka_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
          token: { type: 'http', scheme: 'bearer', description: 'An API token (vk_…) created by an admin' },
        },
      },
      security: [{ session: [], csrf: [] }, { token: [] }],
    },
  })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  await app.register(fastifyCookie)
  app.decorateRequest('auth', null)
  const signIn = (req: { method: string; routeOptions: { url?: string } }) =>
    req.method === 'POST' && req.routeOptions.url === '/api/admin/v1/session'
  app.addHook('onRequest', createAdminAuthHook(auth, services.tokens, signIn))
  await app.register(sessionRoutes, { auth, secureCookies })
  const { stories, translations, revisions, users, tokens, contentKeys, webhooks, redirects, taxonomy, media, search } = services
  await app.register(storyRoutes, { stories, revisions })
  await app.register(translationRoutes, { translations })
  await app.register(versionListRoutes, { stories })
  await app.register(userRoutes, { users })
  await app.register(tokenRoutes, { tokens })
  await app.register(contentKeyRoutes, { contentKeys })
  await app.register(webhookRoutes, { webhooks })
  await app.register(redirectRoutes, { redirects })
  await app.register(taxonomyRoutes, { taxonomy })
  await app.register(mediaRoutes, { media })
  await app.register(searchRoutes, { search, locales })
  await app.register(previewRoutes, preview)
}
