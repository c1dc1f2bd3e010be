import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import { NEWSROOM_DIST } from './newsroom-build.js'

/**
 * The app runs only its own bundled scripts and styles and talks only to this origin. Inline
 * styles set through the DOM (ProseMirror, React's style prop) are not affected by style-src;
 * TipTap's injected <style> is turned off in the editor and its CSS lives in our stylesheet.
 */
export const NEWSROOM_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The preview pane (our own page) and embedded players in the editor, as public pages embed them.
  "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Newsroom not built</title>
<p>The newsroom app has not been built. Run <code>npm run build:newsroom</code>, or start the server with <code>npm start</code>, which builds it.</p></html>`

/** Serves the built newsroom app at /newsroom/: hashed assets cached for a year, every app route answered with index.html. */
export const newsroomRoutes: FastifyPluginAsync<{ dist?: string }> = async (app, { dist = NEWSROOM_DIST }) => {
  const indexFile = join(dist, 'index.html')
  let cached: { mtimeMs: number; html: string } | null = null
  // Re-read only when a rebuild replaced the file, so a long-running dev server picks up a new build.
  const indexHtml = (): string | null => {
    if (!existsSync(indexFile)) return null
    const { mtimeMs } = statSync(indexFile)
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(indexFile, 'utf8') }
    return cached.html
  }

  const sendApp = (reply: FastifyReply) => {
    const html = indexHtml()
    reply
      .header('content-security-policy', NEWSROOM_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin')
      .header('x-frame-options', 'DENY')
      .header('cache-control', 'no-cache') // the page names this build's hashed assets: always revalidate it
      .type('text/html; charset=utf-8')
    return html === null ? reply.code(503).send(NOT_BUILT) : reply.send(html)
  }

  // File names carry a content hash, so a cached copy can never be stale.
  await app.register(fastifyStatic, {
    root: join(dist, 'assets'),
    prefix: '/newsroom/assets/',
    immutable: true,
    maxAge: '365d',
    index: false,
    decorateReply: false,
    setHeaders: (res) => res.setHeader('x-content-type-options', 'nosniff'),
  })
  app.get('/newsroom', (_req, reply) => reply.redirect('/newsroom/', 301))
  app.get('/newsroom/', (_req, reply) => sendApp(reply))
  // History-API fallback: /newsroom/stories/… is a route of the app, not a file. A name with an
  // extension is a missing file and gets a real 404 rather than the app.
  app.get<{ Params: { '*': string } }>('/newsroom/*', (req, reply) => {
    if (/\.[a-z0-9]+$/i.test(req.params['*'])) return reply.callNotFound()
    return sendApp(reply)
  })
}
