import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServerProcess } from '../testing/server-process.js'
import { createTestDatabase } from '../testing/test-database.js'

interface Line {
  level: number
  msg: string
  req?: { method: string; url: string }
  res?: { statusCode: number }
  responseTime?: number
}

const requestLines = (output: string): Line[] =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Line)
    .filter((l) => l.msg === 'request completed')

describe('request logs', () => {
  const cleanups: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  async function serverAt(level: string) {
    const database = await createTestDatabase('sqlite')
    cleanups.push(() => database.close())
    const dir = mkdtempSync(join(tmpdir(), 'vistka-request-log-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const server = await startServerProcess({ database: database.location, mediaDir: join(dir, 'media'), env: { LOG_LEVEL: level } })
    cleanups.push(() => server.stop())
    return server
  }

  const visit = async (base: string) => {
    for (const path of ['/', '/', '/health', '/no-such-page']) await (await fetch(base + path)).arrayBuffer()
    const signIn = await fetch(`${base}/api/admin/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.org', password: 'not the password' }),
    })
    await signIn.arrayBuffer()
  }

  it('writes one line per request that matters at info, and none for a page served from the cache or /health', async () => {
    const server = await serverAt('info')
    await visit(server.base)
    await new Promise((r) => setTimeout(r, 100))
    const lines = requestLines(server.output())
    expect(lines.map((l) => [l.level, l.req?.method, l.req?.url, l.res?.statusCode])).toEqual([
      [30, 'GET', '/', 200], // rendered afresh
      [30, 'GET', '/no-such-page', 404],
      [30, 'POST', '/api/admin/v1/session', 401],
    ])
    for (const line of lines) expect(line.responseTime).toBeGreaterThanOrEqual(0)
  })

  it('writes the routine ones too at debug', async () => {
    const server = await serverAt('debug')
    await visit(server.base)
    await new Promise((r) => setTimeout(r, 100))
    const lines = requestLines(server.output())
    // Waiting for the server to start asked /health too: those are routine lines as well.
    expect(lines.filter((l) => l.req?.url === '/health').every((l) => l.level === 20)).toBe(true)
    expect(lines.filter((l) => l.req?.url !== '/health').map((l) => [l.level, l.req?.url, l.res?.statusCode])).toEqual([
      [30, '/', 200],
      [20, '/', 200], // from the page cache
      [30, '/no-such-page', 404],
      [30, '/api/admin/v1/session', 401],
    ])
  })
})
