import { availableParallelism } from 'node:os'
import { z } from 'zod'
import {
  type CdnPurgeSettings,
  type ContentApiSettings,
  integrationEnv,
  type TagHeader,
  toCdnPurgeSettings,
  toContentApiSettings,
  toTagHeaders,
  toWebhookSettings,
  type WebhookSettings,
} from './config.integrations.js'
import { isHttpOrigin, isHttpUrl, isTimeZone, isTrustProxy, toTrustProxy } from './config.values.js'

/** Everything Vistka reads from its environment, checked once at start. Nothing else reads process.env. */
export interface Config {
  readonly port: number
  readonly host: string
  /** Public origin without a trailing slash, e.g. https://vistka.example */
  readonly siteUrl: string
  readonly database: DatabaseConfig
  /** Local media files; with S3 storage, only uploads being received are spooled here. */
  readonly mediaDir: string
  /** Where media files are stored. */
  readonly mediaStorage: MediaStorageConfig
  /** The bucket the S3_* variables describe, whether or not media are stored there now (`vistka media copy`). */
  readonly s3: S3Settings | undefined
  /**
   * Where readers fetch media files from, without a trailing slash (a CDN or the bucket's public
   * origin); undefined: from Vistka itself, under /media/.
   */
  readonly mediaPublicUrl: string | undefined
  /** Enabled languages; the first is the site's default. */
  readonly locales: readonly string[]
  readonly defaultLocale: string
  readonly timezone: string
  readonly production: boolean
  readonly logLevel: LogLevel
  /** Server processes on the port (WORKERS; `auto`: one per core). */
  readonly workers: number
  /** How much rendered HTML the in-process page cache may hold, in bytes. */
  readonly pageCacheBytes: number
  /** Threads that run searches on SQLite (SEARCH_THREADS; 0: on the server's own thread). */
  readonly searchThreads: number
  /** Searches that may wait for a free slot (SEARCH_QUEUE); one more is answered 503 with Retry-After. */
  readonly searchQueue: number
  /**
   * Which peers' X-Forwarded-For to believe (Fastify's `trustProxy`): none (false: the socket's
   * address is the client's), or addresses, CIDR ranges and proxy-addr's names. Not a hop count:
   * Fastify 5 trusts no peer for one, since a count can't tell a proxy from a client.
   */
  readonly trustProxy: false | readonly string[]
  readonly contentApi: ContentApiSettings
  readonly webhooks: WebhookSettings
  /** The CDN told of every change (CDN_PURGE); undefined: none. */
  readonly cdnPurge: CdnPurgeSettings | undefined
  /** The headers naming a response's cache tags (CACHE_TAG_HEADERS; by default the one CDN_PURGE's cache reads). */
  readonly cacheTagHeaders: readonly TagHeader[]
}

export type MediaStorageConfig = { readonly kind: 'local' } | S3Settings

export interface S3Settings {
  readonly kind: 's3'
  /** An S3-compatible server's address; undefined: AWS itself. */
  readonly endpoint: string | undefined
  readonly region: string
  readonly bucket: string
  /** Both or neither; neither: the AWS SDK's own chain (instance roles, AWS_* variables). */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string } | undefined
  /** bucket in the path (http://host/bucket/key) rather than the host name; what most non-AWS servers need. */
  readonly forcePathStyle: boolean
}

export type DatabaseConfig = { readonly dialect: 'sqlite'; readonly file: string } | { readonly dialect: 'postgres'; readonly url: string }

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

const LOCALE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/

const EnvSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d+$/, 'PORT must be a whole number between 1 and 65535, e.g. PORT=3000')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, 'PORT must be between 1 and 65535, e.g. PORT=3000')
    .default(3000),
  HOST: z.string().min(1, 'HOST must be an interface address, e.g. HOST=127.0.0.1 or HOST=0.0.0.0').default('127.0.0.1'),
  SITE_URL: z
    .string()
    .refine(isHttpOrigin, 'SITE_URL must be an http(s) address without a path, e.g. SITE_URL=https://news.example.com')
    .optional(),
  DATABASE_URL: z
    .string()
    .refine(
      (s) => /^sqlite:.+/.test(s) || /^postgres(ql)?:\/\/.+/.test(s),
      'DATABASE_URL must be sqlite:<file> (e.g. sqlite:./data/vistka.db) or postgres://user:password@host:5432/database',
    )
    .default('sqlite:./data/vistka.db'),
  MEDIA_DIR: z.string().min(1, 'MEDIA_DIR must be a directory path, e.g. MEDIA_DIR=./data/media').default('./data/media'),
  LOCALES: z
    .string()
    .transform((s) => s.split(',').map((l) => l.trim()))
    .refine(
      (ls) => ls.length > 0 && ls.every((l) => LOCALE_CODE.test(l)),
      'LOCALES must be a comma-separated list of language codes, the default first, e.g. LOCALES=uk,en,ru',
    )
    .refine((ls) => new Set(ls).size === ls.length, 'LOCALES must not list a language twice, e.g. LOCALES=uk,en,ru')
    .default(['uk', 'en', 'ru']),
  TIMEZONE: z.string().refine(isTimeZone, 'TIMEZONE must be an IANA time zone name, e.g. TIMEZONE=Europe/Kyiv').default('Europe/Kyiv'),
  NODE_ENV: z.enum(['development', 'production', 'test'], 'NODE_ENV must be development, production or test').optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`).default('info'),
  WORKERS: z
    .string()
    .refine(
      (s) => s === 'auto' || (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 64),
      'WORKERS must be a number of server processes from 1 to 64, or auto for one per core, e.g. WORKERS=auto',
    )
    .default('1'),
  // 32 MB holds ~850 story pages (with their compressed forms): the home, section and tag pages and
  // the last days' stories in three languages. A page not in it is read stored (~0.15 ms); the
  // server's whole budget is 300 MB (README, "Memory"), and a CDN in front holds the long tail.
  PAGE_CACHE_MB: z
    .string()
    .regex(/^\d+$/, 'PAGE_CACHE_MB must be a whole number of megabytes, e.g. PAGE_CACHE_MB=32 (0 turns the page cache off)')
    .transform(Number)
    .refine((n) => n <= 65536, 'PAGE_CACHE_MB must be at most 65536, e.g. PAGE_CACHE_MB=32')
    .default(32),
  SEARCH_THREADS: z
    .string()
    .regex(
      /^\d+$/,
      'SEARCH_THREADS must be a number of search threads from 0 to 16, e.g. SEARCH_THREADS=1 (0 searches on the server’s own thread)',
    )
    .transform(Number)
    .refine((n) => n <= 16, 'SEARCH_THREADS must be at most 16, e.g. SEARCH_THREADS=2')
    .default(1),
  SEARCH_QUEUE: z
    .string()
    .regex(/^\d+$/, 'SEARCH_QUEUE must be a number of waiting searches from 0 to 10000, e.g. SEARCH_QUEUE=64')
    .transform(Number)
    .refine((n) => n <= 10_000, 'SEARCH_QUEUE must be at most 10000, e.g. SEARCH_QUEUE=64')
    .default(64),
  MEDIA_STORAGE: z.enum(['local', 's3'], 'MEDIA_STORAGE must be local or s3, e.g. MEDIA_STORAGE=s3').default('local'),
  S3_ENDPOINT: z
    .string()
    .refine(isHttpOrigin, 'S3_ENDPOINT must be an http(s) address without a path, e.g. S3_ENDPOINT=https://s3.eu-central-1.amazonaws.com')
    .optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'S3_REGION must be a region name, e.g. S3_REGION=eu-central-1')
    .default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'S3_BUCKET must be a bucket name (3–63 lower-case letters, digits, dots and dashes), e.g. S3_BUCKET=vistka-media',
    )
    .optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], 'S3_FORCE_PATH_STYLE must be true or false, e.g. S3_FORCE_PATH_STYLE=true')
    .default('false'),
  MEDIA_PUBLIC_URL: z
    .string()
    .refine(isHttpUrl, 'MEDIA_PUBLIC_URL must be an http(s) address, e.g. MEDIA_PUBLIC_URL=https://cdn.news.example/media')
    .optional(),
  TRUST_PROXY: z
    .string()
    .refine(
      isTrustProxy,
      'TRUST_PROXY must name the proxies to trust for X-Forwarded-For: comma-separated addresses, CIDR ranges or the names loopback, linklocal, uniquelocal, e.g. TRUST_PROXY=10.0.0.0/8,loopback',
    )
    .optional(),
  ...integrationEnv,
})

/** Builds the frozen Config from an environment; reports every problem at once. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set": `PORT= npm start` should not be an error.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = EnvSchema.safeParse(present)
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`),
    )
  }
  const e = parsed.data
  const problems = [
    ...(e.MEDIA_STORAGE === 's3' && !e.S3_BUCKET
      ? ['S3_BUCKET: MEDIA_STORAGE=s3 needs the bucket to store media in, e.g. S3_BUCKET=vistka-media (got undefined)']
      : []),
    ...((e.S3_ACCESS_KEY_ID === undefined) !== (e.S3_SECRET_ACCESS_KEY === undefined)
      ? [
          'S3_ACCESS_KEY_ID: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS SDK’s own credentials',
        ]
      : []),
  ]
  const cdn = toCdnPurgeSettings(e)
  problems.push(...cdn.problems)
  if (problems.length) throw new ConfigError(problems)
  const [defaultLocale] = e.LOCALES as [string, ...string[]]
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    siteUrl: (e.SITE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    database: toDatabaseConfig(e.DATABASE_URL),
    mediaDir: e.MEDIA_DIR,
    mediaStorage: e.MEDIA_STORAGE === 's3' ? (toS3Settings(e) ?? LOCAL) : LOCAL,
    s3: toS3Settings(e),
    mediaPublicUrl: e.MEDIA_PUBLIC_URL?.replace(/\/+$/, ''),
    locales: Object.freeze([...e.LOCALES]),
    defaultLocale,
    timezone: e.TIMEZONE,
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    workers: e.WORKERS === 'auto' ? availableParallelism() : Number(e.WORKERS),
    pageCacheBytes: e.PAGE_CACHE_MB * 1024 * 1024,
    searchThreads: e.SEARCH_THREADS,
    searchQueue: e.SEARCH_QUEUE,
    trustProxy: toTrustProxy(e.TRUST_PROXY),
    contentApi: toContentApiSettings(e),
    webhooks: toWebhookSettings(e),
    cdnPurge: cdn.settings,
    cacheTagHeaders: toTagHeaders(e),
  })
}

const LOCAL: MediaStorageConfig = Object.freeze({ kind: 'local' })

function toS3Settings(e: z.infer<typeof EnvSchema>): S3Settings | undefined {
  if (!e.S3_BUCKET) return undefined
  return Object.freeze({
    kind: 's3',
    endpoint: e.S3_ENDPOINT?.replace(/\/+$/, ''),
    region: e.S3_REGION,
    bucket: e.S3_BUCKET,
    credentials:
      e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? Object.freeze({ accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY })
        : undefined,
    forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
  })
}

function toDatabaseConfig(url: string): DatabaseConfig {
  if (url.startsWith('sqlite:')) return { dialect: 'sqlite', file: url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '') }
  return { dialect: 'postgres', url }
}
