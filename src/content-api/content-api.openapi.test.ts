import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { buildSiteWorld } from '../site/site.fixtures.js'
import { overHttp } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

type Operation = { responses: Record<string, { content?: Record<string, { schema: object }> }> }

describe.each(testDialects())('the Content API’s description on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  it('is valid OpenAPI, and every route’s real answers match its response schema', async () => {
    const world = await buildSiteWorld(t.services)
    const s = await world.story({ uk: 'Описана', en: 'Described', ru: 'Описанная' })
    await world.story({ uk: 'Без перекладу' })
    const page = await t.services.stories.createStory({ kind: 'page', locale: 'uk', headline: 'Про нас' }, systemActor)
    await t.services.stories.transition(page.versions[0]?.id as string, { to: 'published' }, systemActor)
    await t.cacheSettled()
    const { key } = await t.services.contentKeys.createKey({ name: 'Schema check' }, systemActor)
    const doc = (await overHttp(t.app, { url: '/api/content/v1/openapi.json' })).json()
    const result = await new Validator().validate(doc)
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([])
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/content/v1/authors',
        '/api/content/v1/pages',
        '/api/content/v1/pages/slug/{slug}',
        '/api/content/v1/pages/{id}',
        '/api/content/v1/search',
        '/api/content/v1/sections',
        '/api/content/v1/site',
        '/api/content/v1/stories',
        '/api/content/v1/stories/slug/{slug}',
        '/api/content/v1/stories/{id}',
        '/api/content/v1/topics',
      ].sort(),
    )
    const slug = (await t.services.stories.getStory(s.id)).versions.find((v) => v.locale === 'en')?.slug
    const calls: Record<string, string[]> = {
      '/api/content/v1/stories': ['', '?include=section,topics,authors,leadImage&format=html,json,text', '?fields=headline&limit=1'],
      '/api/content/v1/stories/{id}': [`/api/content/v1/stories/${s.id}?include=section,topics,authors,leadImage&format=json,text`],
      '/api/content/v1/stories/slug/{slug}': [`/api/content/v1/stories/slug/${slug}?locale=en&include=leadImage`],
      '/api/content/v1/sections': [''],
      '/api/content/v1/topics': ['', '?kind=person&limit=1'],
      '/api/content/v1/authors': [''],
      '/api/content/v1/search': [`?q=${encodeURIComponent('описана')}&locale=uk`],
      '/api/content/v1/site': [''],
      '/api/content/v1/pages': ['', '?locale=uk&format=html,json,text'],
      '/api/content/v1/pages/{id}': [`/api/content/v1/pages/${page.story.id}?format=json`],
      '/api/content/v1/pages/slug/{slug}': [`/api/content/v1/pages/slug/${page.versions[0]?.slug}?locale=uk`],
    }
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    // ajv-formats is CommonJS: under NodeNext its default export arrives as the module object.
    ;(formats as unknown as { default: typeof formats.default }).default(ajv)
    for (const [path, ops] of Object.entries(doc.paths as Record<string, { get: Operation }>)) {
      const schema = ops.get.responses['200']?.content?.['application/json']?.schema
      expect(schema, path).toBeDefined()
      const validate = ajv.compile(schema as object)
      for (const call of calls[path] ?? []) {
        const url = call.startsWith('/') ? call : `${path}${call}`
        const res = await overHttp(t.app, { url, headers: { authorization: `Bearer ${key}` } })
        expect(res.statusCode, url).toBe(200)
        const body = res.json()
        expect(validate(body), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true)
        expect(JSON.stringify(body).length, url).toBeGreaterThan(20)
      }
    }
  })
})
