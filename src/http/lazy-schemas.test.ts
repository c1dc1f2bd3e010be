import Fastify from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestApp } from '../testing/test-context.js'
import { createLazySchemaCompilers } from './lazy-schemas.js'

const closing: { close(): Promise<unknown> }[] = []
afterEach(async () => {
  for (const c of closing.splice(0)) await c.close()
})

async function appWithOneRoute(schema: object) {
  const schemas = createLazySchemaCompilers()
  const app = Fastify({
    schemaController: { compilersFactory: schemas.compilersFactory },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } }, // as app.ts has it
  })
  closing.push(app)
  app.post('/things', { schema }, async (req) => ({ got: req.body, secret: 'never sent' }))
  await app.ready()
  return { app, schemas }
}

const body = { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string', minLength: 1 } } }
const response = { 200: { type: 'object', properties: { got: { type: 'object', properties: { name: { type: 'string' } } } } } }

describe('route schemas compiled on first use', () => {
  it('validate and serialize as compiled at start: 400 with the reason, unlisted fields not sent', async () => {
    const { app } = await appWithOneRoute({ body, response })
    const bad = await app.inject({ method: 'POST', url: '/things', payload: { name: '' } })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toMatch(/must NOT have fewer than 1 characters/)
    const extra = await app.inject({ method: 'POST', url: '/things', payload: { name: 'a', admin: true } })
    expect(extra.statusCode).toBe(400)
    const good = await app.inject({ method: 'POST', url: '/things', payload: { name: 'a' } })
    expect(good.json()).toEqual({ got: { name: 'a' } })
  })

  it('compile nothing while the server starts, and everything left when asked', async () => {
    const { schemas } = await appWithOneRoute({ body: { type: 'object', properties: { n: { type: 'nonsense' } } } })
    // A broken schema does not stop the start: it is found when compiled, by a request or by compileAll.
    expect(() => schemas.compileAll()).toThrow(/schema is invalid/)
    const errors: unknown[] = []
    await schemas.compileInBackground((err) => errors.push(err))
    expect(String(errors[0])).toMatch(/nonsense|schema is invalid/)
  })

  it('compile every schema of the whole app without an error', async () => {
    const app = await createTestApp('sqlite')
    closing.push(app)
    await app.app.ready()
    expect(() => app.schemas.compileAll()).not.toThrow()
  })
})
