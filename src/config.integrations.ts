import { z } from 'zod'
import { isHttpOrigin, isHttpUrl } from './config.values.js'

/** How outside systems read from Vistka: the Content API (/api/content/v1). */
export interface ContentApiSettings {
  /** CONTENT_API_PUBLIC=true: no key needed (published content only, as on the site). */
  readonly public: boolean
  /** Origins whose browser scripts may read the API (CORS); `*`: any; empty: none. */
  readonly corsOrigins: '*' | readonly string[]
  /** Requests a minute one key (or, without one, one address) may make before 429. */
  readonly ratePerMinute: number
}

export interface WebhookSettings {
  /** WEBHOOKS_ALLOW_PRIVATE=true: webhooks may call private, loopback and link-local addresses (tests, intranets). */
  readonly allowPrivate: boolean
}

/** A response header naming the cache tags of what it shows, for a cache in front that purges by tag. */
export type TagHeader = 'surrogate-key' | 'cache-tag'

/** Which CDN hears of every change (CDN_PURGE), and how to reach its purge API. */
export type CdnPurgeSettings =
  | { readonly kind: 'cloudflare'; readonly apiUrl: string; readonly zoneId: string; readonly apiToken: string }
  | { readonly kind: 'fastly'; readonly apiUrl: string; readonly serviceId: string; readonly apiToken: string; readonly soft: boolean }
  | { readonly kind: 'url'; readonly url: string; readonly secret: string | undefined }

const flag = (name: string) => z.enum(['true', 'false'], `${name} must be true or false, e.g. ${name}=true`).default('false')

const httpUrl = (name: string, example: string) =>
  z.string().refine(isHttpUrl, `${name} must be an http(s) address, e.g. ${name}=${example}`)

/** The environment variables of the integrations; config.ts checks them with the rest. */
export const integrationEnv = {
  CONTENT_API_PUBLIC: flag('CONTENT_API_PUBLIC'),
  CONTENT_API_CORS_ORIGINS: z
    .string()
    .refine(
      (s) => s.trim() === '*' || s.split(',').every((o) => isHttpOrigin(o.trim())),
      'CONTENT_API_CORS_ORIGINS must be * or comma-separated http(s) origins without paths, e.g. CONTENT_API_CORS_ORIGINS=https://app.news.example,https://partner.example',
    )
    .optional(),
  CONTENT_API_RATE_LIMIT: z
    .string()
    .regex(/^\d+$/, 'CONTENT_API_RATE_LIMIT must be a whole number of requests a minute per key, e.g. CONTENT_API_RATE_LIMIT=600')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1_000_000, 'CONTENT_API_RATE_LIMIT must be from 1 to 1000000, e.g. CONTENT_API_RATE_LIMIT=600')
    .default(600),
  WEBHOOKS_ALLOW_PRIVATE: flag('WEBHOOKS_ALLOW_PRIVATE'),
  CDN_PURGE: z.enum(['cloudflare', 'fastly', 'url'], 'CDN_PURGE must be cloudflare, fastly or url, e.g. CDN_PURGE=cloudflare').optional(),
  CACHE_TAG_HEADERS: z
    .enum(
      ['surrogate-key', 'cache-tag', 'both', 'none'],
      'CACHE_TAG_HEADERS must be surrogate-key, cache-tag, both or none, e.g. CACHE_TAG_HEADERS=surrogate-key',
    )
    .optional(),
  CLOUDFLARE_API_URL: httpUrl('CLOUDFLARE_API_URL', 'https://api.cloudflare.com/client/v4').default('https://api.cloudflare.com/client/v4'),
  CLOUDFLARE_ZONE_ID: z
    .string()
    .regex(
      /^[0-9a-f]{32}$/,
      'CLOUDFLARE_ZONE_ID must be the zone’s 32-character id, e.g. CLOUDFLARE_ZONE_ID=023e105f4ecef8ad9ca31a8372d0c353',
    )
    .optional(),
  CLOUDFLARE_API_TOKEN: z.string().optional(),
  FASTLY_API_URL: httpUrl('FASTLY_API_URL', 'https://api.fastly.com').default('https://api.fastly.com'),
  FASTLY_SERVICE_ID: z
    .string()
    .regex(/^[A-Za-z0-9]{10,40}$/, 'FASTLY_SERVICE_ID must be the service’s id, e.g. FASTLY_SERVICE_ID=SU1Z0isxPaozGVKXdv0eY')
    .optional(),
  FASTLY_API_TOKEN: z.string().optional(),
  FASTLY_SOFT_PURGE: flag('FASTLY_SOFT_PURGE'),
  PURGE_URL: httpUrl('PURGE_URL', 'https://cache.news.example/purge').optional(),
  PURGE_SECRET: z.string().min(16, 'PURGE_SECRET must be at least 16 characters, e.g. PURGE_SECRET=$(openssl rand -hex 32)').optional(),
}

type IntegrationEnv = z.infer<z.ZodObject<typeof integrationEnv>>

export function toContentApiSettings(e: IntegrationEnv): ContentApiSettings {
  const origins = e.CONTENT_API_CORS_ORIGINS?.trim()
  return Object.freeze({
    public: e.CONTENT_API_PUBLIC === 'true',
    corsOrigins: origins === '*' ? '*' : Object.freeze((origins ? origins.split(',') : []).map((o) => o.trim().replace(/\/+$/, ''))),
    ratePerMinute: e.CONTENT_API_RATE_LIMIT,
  })
}

export function toWebhookSettings(e: IntegrationEnv): WebhookSettings {
  return Object.freeze({ allowPrivate: e.WEBHOOKS_ALLOW_PRIVATE === 'true' })
}

/**
 * The tag headers pages and Content API answers carry (CACHE_TAG_HEADERS): by default the one the
 * CDN_PURGE cache reads — Cloudflare Cache-Tag, Fastly Surrogate-Key, both for a purge URL
 * (Varnish's xkey reads Surrogate-Key) — and none without a purger, as nothing would purge by
 * them. They are ~1.5 KB on a story page (30 tags, twice), which cost a bare node:http server 19 %
 * of its hot-page rate (68,000 → 55,000 req/s on a 32 KB page): every reader paid for a header
 * only a CDN reads, and Cloudflare and Fastly take theirs off before a reader's browser sees it.
 */
export function toTagHeaders(e: IntegrationEnv): readonly TagHeader[] {
  const chosen =
    e.CACHE_TAG_HEADERS ??
    (e.CDN_PURGE === 'cloudflare' ? 'cache-tag' : e.CDN_PURGE === 'fastly' ? 'surrogate-key' : e.CDN_PURGE === 'url' ? 'both' : 'none')
  return Object.freeze(chosen === 'both' ? ['surrogate-key', 'cache-tag'] : chosen === 'none' ? [] : [chosen])
}

/** The purger CDN_PURGE names, with what it needs; problems are listed, not thrown, to be reported with the rest. */
export function toCdnPurgeSettings(e: IntegrationEnv): { settings: CdnPurgeSettings | undefined; problems: string[] } {
  const missing = (names: string[]) => names.map((n) => `${n}: CDN_PURGE=${e.CDN_PURGE} needs ${n} (got undefined)`)
  switch (e.CDN_PURGE) {
    case undefined:
      return { settings: undefined, problems: [] }
    case 'cloudflare':
      if (!e.CLOUDFLARE_ZONE_ID || !e.CLOUDFLARE_API_TOKEN)
        return {
          settings: undefined,
          problems: missing(['CLOUDFLARE_ZONE_ID', 'CLOUDFLARE_API_TOKEN'].filter((n) => !e[n as keyof IntegrationEnv])),
        }
      return {
        settings: Object.freeze({
          kind: 'cloudflare',
          apiUrl: e.CLOUDFLARE_API_URL.replace(/\/+$/, ''),
          zoneId: e.CLOUDFLARE_ZONE_ID,
          apiToken: e.CLOUDFLARE_API_TOKEN,
        }),
        problems: [],
      }
    case 'fastly':
      if (!e.FASTLY_SERVICE_ID || !e.FASTLY_API_TOKEN)
        return {
          settings: undefined,
          problems: missing(['FASTLY_SERVICE_ID', 'FASTLY_API_TOKEN'].filter((n) => !e[n as keyof IntegrationEnv])),
        }
      return {
        settings: Object.freeze({
          kind: 'fastly',
          apiUrl: e.FASTLY_API_URL.replace(/\/+$/, ''),
          serviceId: e.FASTLY_SERVICE_ID,
          apiToken: e.FASTLY_API_TOKEN,
          soft: e.FASTLY_SOFT_PURGE === 'true',
        }),
        problems: [],
      }
    case 'url':
      if (!e.PURGE_URL) return { settings: undefined, problems: missing(['PURGE_URL']) }
      return { settings: Object.freeze({ kind: 'url', url: e.PURGE_URL, secret: e.PURGE_SECRET }), problems: [] }
  }
}
