import { z } from 'zod'
import { isHttpOrigin } from './config.values.js'

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

const flag = (name: string) => z.enum(['true', 'false'], `${name} must be true or false, e.g. ${name}=true`).default('false')

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
