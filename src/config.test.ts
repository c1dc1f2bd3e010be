import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env)
  } catch (err) {
    if (err instanceof ConfigError) return err.problems
    throw err
  }
  throw new Error('expected a ConfigError')
}

describe('configuration', () => {
  it('defaults to the embedded demo setup', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      siteUrl: 'http://localhost:3000',
      database: { dialect: 'sqlite', file: './data/vistka.db' },
      mediaDir: './data/media',
      mediaStorage: { kind: 'local' },
      s3: undefined,
      mediaPublicUrl: undefined,
      locales: ['uk', 'en', 'ru'],
      defaultLocale: 'uk',
      timezone: 'Europe/Kyiv',
      production: false,
      logLevel: 'info',
      workers: 1,
      pageCacheBytes: 32 * 1024 * 1024,
      searchThreads: 1,
      searchQueue: 64,
      trustProxy: false,
      contentApi: { public: false, corsOrigins: [], ratePerMinute: 600 },
      webhooks: { allowPrivate: false },
      cdnPurge: undefined,
      cacheTagHeaders: [],
    })
  })

  it('sends the cache-tag headers the purging CDN reads, unless told which', () => {
    const cloudflare = { CDN_PURGE: 'cloudflare', CLOUDFLARE_ZONE_ID: '023e105f4ecef8ad9ca31a8372d0c353', CLOUDFLARE_API_TOKEN: 't' }
    const fastly = { CDN_PURGE: 'fastly', FASTLY_SERVICE_ID: 'SU1Z0isxPaozGVKXdv0eY', FASTLY_API_TOKEN: 't' }
    const url = { CDN_PURGE: 'url', PURGE_URL: 'https://purge.news.example/' }
    expect(loadConfig(cloudflare).cacheTagHeaders).toEqual(['cache-tag'])
    expect(loadConfig(fastly).cacheTagHeaders).toEqual(['surrogate-key'])
    expect(loadConfig(url).cacheTagHeaders).toEqual(['surrogate-key', 'cache-tag'])
    expect(loadConfig({ ...cloudflare, CACHE_TAG_HEADERS: 'both' }).cacheTagHeaders).toEqual(['surrogate-key', 'cache-tag'])
    expect(loadConfig({ CACHE_TAG_HEADERS: 'surrogate-key' }).cacheTagHeaders).toEqual(['surrogate-key'])
    expect(loadConfig({ ...url, CACHE_TAG_HEADERS: 'none' }).cacheTagHeaders).toEqual([])
    expect(() => loadConfig({ CACHE_TAG_HEADERS: 'xkey' })).toThrow(/CACHE_TAG_HEADERS must be surrogate-key, cache-tag, both or none/)
  })

  it('reads the Content API’s and webhooks’ settings, and refuses malformed ones with an example', () => {
    expect(
      loadConfig({
        CONTENT_API_PUBLIC: 'true',
        CONTENT_API_CORS_ORIGINS: 'https://app.example/, https://partner.example',
        CONTENT_API_RATE_LIMIT: '120',
        WEBHOOKS_ALLOW_PRIVATE: 'true',
      }),
    ).toMatchObject({
      contentApi: { public: true, corsOrigins: ['https://app.example', 'https://partner.example'], ratePerMinute: 120 },
      webhooks: { allowPrivate: true },
    })
    expect(loadConfig({ CONTENT_API_CORS_ORIGINS: '*' }).contentApi.corsOrigins).toBe('*')
    for (const [name, value] of [
      ['CONTENT_API_PUBLIC', 'yes'],
      ['CONTENT_API_CORS_ORIGINS', 'app.example'],
      ['CONTENT_API_CORS_ORIGINS', 'https://app.example/path'],
      ['CONTENT_API_RATE_LIMIT', '0'],
      ['CONTENT_API_RATE_LIMIT', 'many'],
      ['WEBHOOKS_ALLOW_PRIVATE', '1'],
    ] as const) {
      expect(() => loadConfig({ [name]: value }), `${name}=${value}`).toThrow(new RegExp(`${name}: .*e\\.g\\. ${name}=`))
    }
  })

  it('reads every variable and derives SITE_URL from PORT', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://vistka:secret@db:5432/vistka',
      MEDIA_DIR: '/srv/media',
      LOCALES: 'en, uk',
      TIMEZONE: 'America/New_York',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PAGE_CACHE_MB: '0',
    })
    expect(config).toMatchObject({
      port: 8080,
      pageCacheBytes: 0,
      siteUrl: 'http://localhost:8080',
      database: { dialect: 'postgres', url: 'postgres://vistka:secret@db:5432/vistka' },
      locales: ['en', 'uk'],
      defaultLocale: 'en',
      production: true,
    })
    expect(Object.isFrozen(config)).toBe(true)
  })

  it('runs as many server processes as WORKERS says, one per core for auto, and refuses anything else', () => {
    expect(loadConfig({ WORKERS: '3' }).workers).toBe(3)
    expect(loadConfig({ WORKERS: 'auto' }).workers).toBe(availableParallelism())
    for (const bad of ['0', '65', '-1', '2.5', 'two', 'AUTO ']) {
      expect(() => loadConfig({ WORKERS: bad }), bad).toThrow(/WORKERS must be a number of server processes from 1 to 64, or auto/)
    }
  })

  it('trusts X-Forwarded-For only from the proxies TRUST_PROXY names', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback,2001:db8::1' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback', '2001:db8::1'])
    expect(loadConfig({ TRUST_PROXY: '192.0.2.7' }).trustProxy).toEqual(['192.0.2.7'])
  })

  it('drops a trailing slash from SITE_URL and treats empty variables as unset', () => {
    expect(loadConfig({ SITE_URL: 'https://news.example.com/', PORT: '' }).siteUrl).toBe('https://news.example.com')
  })

  it.each([
    [{ PORT: 'abc' }, /^PORT: PORT must be a whole number.*got "abc"/],
    [{ PORT: '70000' }, /^PORT: PORT must be between 1 and 65535/],
    [{ SITE_URL: 'news.example.com' }, /^SITE_URL: SITE_URL must be an http\(s\) address/],
    [{ SITE_URL: 'https://news.example.com/uk' }, /^SITE_URL:.*without a path/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /^DATABASE_URL: DATABASE_URL must be sqlite:<file>.*or postgres:\/\//],
    [{ LOCALES: 'uk,EN' }, /^LOCALES: LOCALES must be a comma-separated list of language codes/],
    [{ LOCALES: 'uk,en,uk' }, /^LOCALES: LOCALES must not list a language twice/],
    [{ TIMEZONE: 'Kyiv' }, /^TIMEZONE: TIMEZONE must be an IANA time zone name, e\.g\. TIMEZONE=Europe\/Kyiv/],
    [{ NODE_ENV: 'prod' }, /^NODE_ENV: NODE_ENV must be development, production or test/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: LOG_LEVEL must be one of/],
    [{ PAGE_CACHE_MB: '96MB' }, /^PAGE_CACHE_MB: PAGE_CACHE_MB must be a whole number of megabytes/],
    [{ PAGE_CACHE_MB: '100000' }, /^PAGE_CACHE_MB: PAGE_CACHE_MB must be at most 65536/],
    [{ SEARCH_THREADS: 'two' }, /^SEARCH_THREADS: SEARCH_THREADS must be a number of search threads from 0 to 16/],
    [{ SEARCH_THREADS: '17' }, /^SEARCH_THREADS: SEARCH_THREADS must be at most 16/],
    [{ SEARCH_QUEUE: '-1' }, /^SEARCH_QUEUE: SEARCH_QUEUE must be a number of waiting searches/],
    [{ TRUST_PROXY: 'true' }, /^TRUST_PROXY: TRUST_PROXY must name the proxies to trust.*got "true"/],
    [{ TRUST_PROXY: '1' }, /^TRUST_PROXY: TRUST_PROXY must name the proxies/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /^TRUST_PROXY: TRUST_PROXY must name the proxies/],
    [{ TRUST_PROXY: 'proxy.internal,loopback' }, /^TRUST_PROXY: TRUST_PROXY must name the proxies/],
  ])('names the wrong variable and what it should look like: %o', (env, message) => {
    const found = problems(env)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(message)
  })

  it('stores media in an S3 bucket when told, with keys or the SDK’s own credentials', () => {
    const s3 = {
      MEDIA_STORAGE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000/',
      S3_BUCKET: 'vistka-media',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
      MEDIA_PUBLIC_URL: 'https://cdn.news.example/media/',
    }
    expect(loadConfig(s3)).toMatchObject({
      mediaStorage: {
        kind: 's3',
        endpoint: 'http://127.0.0.1:9000',
        region: 'us-east-1',
        bucket: 'vistka-media',
        credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
        forcePathStyle: true,
      },
      mediaPublicUrl: 'https://cdn.news.example/media',
    })
    expect(loadConfig({ MEDIA_STORAGE: 's3', S3_BUCKET: 'media', S3_REGION: 'eu-central-1' }).mediaStorage).toEqual({
      kind: 's3',
      endpoint: undefined,
      region: 'eu-central-1',
      bucket: 'media',
      credentials: undefined,
      forcePathStyle: false,
    })
    expect(() => loadConfig({ MEDIA_STORAGE: 's3' })).toThrow(/S3_BUCKET: MEDIA_STORAGE=s3 needs the bucket/)
    expect(() => loadConfig({ ...s3, S3_SECRET_ACCESS_KEY: '' })).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/)
    expect(() => loadConfig({ ...s3, S3_BUCKET: 'Bad_Bucket' })).toThrow(/S3_BUCKET must be a bucket name/)
    expect(() => loadConfig({ MEDIA_STORAGE: 'ftp' })).toThrow(/MEDIA_STORAGE must be local or s3/)
    expect(() => loadConfig({ MEDIA_PUBLIC_URL: 'cdn.example' })).toThrow(/MEDIA_PUBLIC_URL must be an http\(s\) address/)
  })

  it('reports every problem at once', () => {
    expect(problems({ PORT: 'x', TIMEZONE: 'Mars/Base', LOCALES: 'u' })).toHaveLength(3)
  })
})
