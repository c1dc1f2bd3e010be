import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import type { MediaStorageConfig } from '../config.js'
import { cacheControlOf, type MediaStorage } from './media.storage.js'

export interface MediaFileOptions {
  storage: MediaStorage
  kind: MediaStorageConfig['kind']
  mediaDir: string
}

// A variant key as we make them: v/<id>/<width>.<format>. Anything else is not ours to serve.
const VARIANT = /^[0-9a-z]{12}\/\d{2,5}\.(jpg|webp|avif|png|gif)$/

/**
 * Public image variants under /media/v/. They never change once written (new media gets a new
 * id), so readers and CDNs may keep them forever. Local files are sent by @fastify/static; from
 * a bucket they are streamed with the same headers, for sites that don't put MEDIA_PUBLIC_URL
 * (a CDN or the bucket's origin) in front.
 */
export async function mediaFileRoutes(app: FastifyInstance, options: MediaFileOptions): Promise<void> {
  if (options.kind === 'local') {
    const root = join(resolve(options.mediaDir), 'v')
    mkdirSync(root, { recursive: true })
    await app.register(fastifyStatic, { root, prefix: '/media/v/', immutable: true, maxAge: '365d', index: false })
    return
  }
  app.get<{ Params: { '*': string } }>('/media/v/*', async (req, reply) => {
    const rest = req.params['*']
    if (!VARIANT.test(rest)) return reply.callNotFound()
    const key = `v/${rest}`
    const file = await options.storage.read(key)
    if (!file) return reply.callNotFound()
    reply.header('cache-control', cacheControlOf(key)).header('content-type', file.contentType)
    if (file.etag) reply.header('etag', file.etag)
    if (file.lastModified) reply.header('last-modified', file.lastModified.toUTCString())
    if (file.etag && req.headers['if-none-match'] === file.etag) {
      file.body.destroy() // the reader has it; don't fetch the rest from the bucket
      return reply.code(304).send()
    }
    reply.header('content-length', file.size)
    return reply.send(file.body)
  })
}
