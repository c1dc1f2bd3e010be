import { mkdtempSync, rmSync } from 'node:fs'
import { type ClientRequest, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeAccount, sessionOver, startServerProcess } from '../testing/server-process.js'
import { createTestDatabase, testDialects } from '../testing/test-database.js'

/** A POST whose body the test sends in two halves, whenever it likes; resolves with the status and body. */
function halfSent(base: string, path: string, headers: Record<string, string>, body: string) {
  const bytes = Buffer.from(body)
  let req: ClientRequest | undefined
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req = request(`${base}${path}`, {
      method: 'POST',
      agent: false,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(bytes.length) },
    })
    req.on('response', (res) => {
      let text = ''
      res.on('data', (d) => {
        text += d
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.write(bytes.subarray(0, bytes.length >> 1))
  })
  return { response, finish: () => req?.end(bytes.subarray(bytes.length >> 1)) }
}

describe.each(testDialects())('stopping with SIGTERM on %s', (dialect) => {
  const cleanups: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  it('stops accepting, finishes the request in flight, cuts one that never ends, and exits within 10 s', async () => {
    const database = await createTestDatabase(dialect)
    cleanups.push(() => database.close())
    const mediaDir = mkdtempSync(join(tmpdir(), 'vistka-drain-'))
    cleanups.push(() => rmSync(mediaDir, { recursive: true, force: true }))
    const editor = await makeAccount(database, 'editor')
    const server = await startServerProcess({ database: database.location, mediaDir })
    cleanups.push(() => server.stop())
    const { cookie, csrfToken } = await sessionOver(server.base, editor.email, editor.password)
    const headers = { cookie, 'x-csrf-token': csrfToken }

    const finishing = halfSent(
      server.base,
      '/api/admin/v1/stories',
      headers,
      JSON.stringify({ locale: 'uk', headline: 'Дописана під час зупинки' }),
    )
    const stalled = halfSent(
      server.base,
      '/api/admin/v1/stories',
      headers,
      JSON.stringify({ locale: 'uk', headline: 'Ніколи не дописана' }),
    )
    stalled.response.catch(() => {}) // its connection is cut: that is the point
    await new Promise((r) => setTimeout(r, 300)) // both requests are in the server's hands

    const signalled = Date.now()
    server.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 300))
    await expect(fetch(`${server.base}/health`)).rejects.toThrow() // no longer accepting
    finishing.finish()
    const done = await finishing.response
    expect(done.status).toBe(201)
    const storyId = (JSON.parse(done.body) as { story: { id: string } }).story.id

    expect(await server.exited()).toBe(0)
    expect(Date.now() - signalled).toBeLessThan(10_000)
    await expect(stalled.response).rejects.toThrow()
    // The acknowledged write is in the database; the stalled one left nothing.
    const headlines = await database.db.selectFrom('story_versions').select(['story_id', 'headline']).execute()
    expect(headlines).toEqual([{ story_id: storyId, headline: 'Дописана під час зупинки' }])
  })
})
