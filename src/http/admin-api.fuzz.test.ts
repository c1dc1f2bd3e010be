import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAs } from '../testing/admin-client.js'
import { httpAddress } from '../testing/http-client.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

/**
 * Bad input on every admin API route, over real HTTP, as an admin (who may call everything, so
 * refusals come from validation, not from permissions). The routes come from the OpenAPI
 * document, so a new route is covered the day it is added. Every answer must be a 4xx with a
 * message a person can act on — never a 5xx, never a dropped connection.
 */

interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  maxLength?: number
  maxItems?: number
  maxProperties?: number
  enum?: unknown[]
  pattern?: string
  required?: string[]
}
interface Operation {
  method: string
  path: string
  body?: JsonSchema
  query: string[]
  pathParams: string[]
}

/** Rich text is only `{ type: 'object' }` in the schema: src/richtext/validate.ts checks its every node, depth and size. */
const RICH_TEXT_FIELDS = new Set(['body'])

function operations(doc: {
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> }; parameters?: { in: string; name: string }[] }>
  >
}): Operation[] {
  const ops: Operation[] = []
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(byMethod)) {
      const params = op.parameters ?? []
      const body = op.requestBody?.content['application/json']?.schema
      ops.push({
        method: method.toUpperCase(),
        path,
        ...(body && { body }),
        query: params.filter((p) => p.in === 'query').map((p) => p.name),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
      })
    }
  }
  return ops
}

const types = (s: JsonSchema): string[] => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : [])

/** A value of a type the schema does not accept. */
function wrongValue(s: JsonSchema): unknown {
  const t = types(s)
  if (!t.includes('string')) return 'not a valid value'
  if (!t.includes('object')) return { unexpected: 'object' }
  return 12345
}

/** Every place in a request schema that would accept unbounded input, as readable paths. */
function unbounded(s: JsonSchema, at: string): string[] {
  const t = types(s)
  const found: string[] = []
  if (t.includes('string') && s.maxLength === undefined && s.enum === undefined && s.pattern === undefined)
    found.push(`${at}: string without maxLength`)
  if (t.includes('array')) {
    if (s.maxItems === undefined) found.push(`${at}: array without maxItems`)
    if (s.items) found.push(...unbounded(s.items, `${at}[]`))
  }
  if (t.includes('object') && !RICH_TEXT_FIELDS.has(at.split('.').at(-1) ?? '')) {
    if (s.additionalProperties === undefined || s.additionalProperties === true) found.push(`${at}: object open to unknown fields`)
    if (typeof s.additionalProperties === 'object') {
      if (s.maxProperties === undefined) found.push(`${at}: map without maxProperties`)
      found.push(...unbounded(s.additionalProperties, `${at}.*`))
    }
    for (const [name, p] of Object.entries(s.properties ?? {})) found.push(...unbounded(p, `${at}.${name}`))
  }
  return found
}

describe.each(testDialects())('the admin API under bad input on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let base: string
  let headers: Record<string, string>
  let ops: Operation[]

  beforeAll(async () => {
    t = await createTestApp(dialect)
    const admin = await signInAs(t, 'admin')
    headers = { cookie: `vistka_session=${admin.cookie}`, 'x-csrf-token': admin.csrf, 'accept-language': 'en' }
    base = await httpAddress(t.app)
    ops = operations((await (await fetch(`${base}/api/admin/v1/openapi.json`)).json()) as Parameters<typeof operations>[0])
  })
  afterAll(() => t.close())

  /** The route's path with well-formed ids that name nothing, so only the input under test is wrong. */
  const url = (op: Operation, query = '') =>
    base + op.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'id' ? 'aaaaaaaaaaaa' : '1')) + query

  async function send(method: string, target: string, body?: string, contentType = 'application/json') {
    const res = await fetch(target, {
      method,
      headers: { ...headers, ...(body !== undefined && { 'content-type': contentType }) },
      ...(body !== undefined && { body }),
    })
    const text = await res.text()
    return { status: res.status, text }
  }

  /** A 4xx whose JSON body carries a code and a message with no unfilled placeholders or empty field lists. */
  function expectClientError(res: { status: number; text: string }, label: string) {
    expect(res.status, `${label}: ${res.text}`).toBeGreaterThanOrEqual(400)
    expect(res.status, `${label}: ${res.text}`).toBeLessThan(500)
    const { error } = JSON.parse(res.text) as { error: { code: string; message: string } }
    expect(error, `${label}: ${res.text}`).toMatchObject({ code: expect.stringMatching(/\w/), message: expect.stringMatching(/\p{L}{3}/u) })
    expect(error.message, label).not.toMatch(/\{\w+\}|: \.$|undefined/)
  }

  it('lists routes with JSON bodies and query strings to try (the test is not vacuous)', () => {
    expect(ops.filter((o) => o.body).length).toBeGreaterThanOrEqual(15)
    expect(ops.filter((o) => o.query.length > 0).length).toBeGreaterThanOrEqual(4)
  })

  it('bounds every request field: no string without a maximum length, no object open to unknown fields', () => {
    const problems = ops.filter((o) => o.body).flatMap((o) => unbounded(o.body as JsonSchema, `${o.method} ${o.path} body`))
    expect(problems).toEqual([])
  })

  it('refuses malformed JSON, bodies that are not objects, an empty body and prototype poisoning', async () => {
    for (const op of ops.filter((o) => o.body)) {
      for (const raw of ['{"headline": ', '[]', '42', '"text"', 'null', '{"__proto__": {"isAdmin": true}}', '{"a":1,}']) {
        expectClientError(await send(op.method, url(op), raw), `${op.method} ${op.path} ${raw}`)
      }
      expectClientError(await send(op.method, url(op), ''), `${op.method} ${op.path} empty body`)
    }
  })

  it('refuses a body in a format other than JSON', async () => {
    for (const op of ops.filter((o) => o.body)) {
      const res = await send(op.method, url(op), 'headline=x', 'application/x-www-form-urlencoded')
      expectClientError(res, `${op.method} ${op.path} form-encoded`)
      expect(res.status).toBe(415)
    }
  })

  it('refuses a value of the wrong type in every field', async () => {
    for (const op of ops.filter((o) => o.body)) {
      for (const [name, schema] of Object.entries(op.body?.properties ?? {})) {
        const res = await send(op.method, url(op), JSON.stringify({ [name]: wrongValue(schema) }))
        expectClientError(res, `${op.method} ${op.path} ${name}`)
      }
    }
  })

  it('refuses a huge string in every field, and a body over the size limit with 413', async () => {
    const huge = 'ї'.repeat(100_000)
    for (const op of ops.filter((o) => o.body)) {
      for (const [name, schema] of Object.entries(op.body?.properties ?? {})) {
        if (!types(schema).includes('string')) continue
        expectClientError(await send(op.method, url(op), JSON.stringify({ [name]: huge })), `${op.method} ${op.path} ${name}`)
      }
      const tooBig = await send(op.method, url(op), JSON.stringify({ headline: 'x'.repeat(3 * 1024 * 1024) }))
      expectClientError(tooBig, `${op.method} ${op.path} 3 MB`)
      expect(tooBig.status).toBe(413)
    }
  })

  it('refuses unknown fields and names them', async () => {
    for (const op of ops.filter((o) => o.body)) {
      // With the required fields present (whatever their values), the unknown one is what is refused first.
      const required = Object.fromEntries((op.body?.required ?? []).map((name) => [name, null]))
      const res = await send(op.method, url(op), JSON.stringify({ ...required, zzUnknownField: true }))
      expectClientError(res, `${op.method} ${op.path}`)
      expect(res.text).toContain('zzUnknownField')
    }
  })

  it('refuses deeply nested JSON', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`
    for (const op of ops.filter((o) => o.body)) expectClientError(await send(op.method, url(op), deep), `${op.method} ${op.path}`)
  })

  it('refuses malformed ids and numbers in the path', async () => {
    const badIds = ['x'.repeat(300), 'AAAAAAAAAAAA', '..%2F..%2Fetc', '%00', 'ї']
    for (const op of ops.filter((o) => o.pathParams.length > 0)) {
      for (const bad of badIds) {
        const target = base + op.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'id' ? bad : 'abc'))
        const res = await send(op.method, target, op.body ? '{}' : undefined)
        expectClientError(res, `${op.method} ${target}`)
      }
    }
  })

  it('refuses unknown, repeated and huge query parameters', async () => {
    for (const op of ops.filter((o) => o.query.length > 0)) {
      expectClientError(await send(op.method, url(op, '?zzUnknown=1')), `${op.method} ${op.path} unknown`)
      for (const name of op.query) {
        expectClientError(await send(op.method, url(op, `?${name}=${'я'.repeat(5000)}`)), `${op.method} ${op.path} ${name} huge`)
        expectClientError(await send(op.method, url(op, `?${name}=a&${name}=b`)), `${op.method} ${op.path} ${name} repeated`)
      }
    }
  })

  it('refuses a JSON body or a broken multipart body on the upload route', async () => {
    const upload = `${base}/api/admin/v1/media`
    expectClientError(await send('POST', upload, '{"file": "x"}'), 'JSON upload')
    expectClientError(await send('POST', upload, '--nope\r\n\r\n', 'multipart/form-data; boundary=abc'), 'broken multipart')
    expectClientError(await send('POST', upload, 'x', 'multipart/form-data'), 'multipart without boundary')
  })
})
