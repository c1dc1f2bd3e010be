import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServerProcess } from '../testing/server-process.js'

/** The request log lines a server process wrote for a URL (logs are JSON lines on stdout). */
const linesFor = (output: string, url: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg?: string; req?: { url?: string } })
    .filter((entry) => entry.msg === 'request completed' && entry.req?.url === url)

/**
 * Cached pages are answered before Fastify (fromPageCache, serve-page.ts), where nothing logs
 * them: at LOG_LEVEL=debug, where cache hits are logged, they must go through the route instead.
 */
describe('cache hits in the request log', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  for (const [level, hitsLogged] of [
    ['debug', true],
    ['info', false],
  ] as const) {
    it(`${hitsLogged ? 'logs' : 'does not log'} a cached page at LOG_LEVEL=${level}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vistka-hitlog-'))
      dirs.push(dir)
      const server = await startServerProcess({
        database: { dialect: 'sqlite', file: join(dir, 'vistka.db') },
        mediaDir: join(dir, 'media'),
        env: { LOG_LEVEL: level },
      })
      try {
        const first = await fetch(`${server.base}/en`)
        await first.text()
        const second = await fetch(`${server.base}/en`)
        await second.text()
        expect([first.status, first.headers.get('x-cache'), second.status, second.headers.get('x-cache')]).toEqual([
          200,
          'MISS',
          200,
          'HIT',
        ])
      } finally {
        await server.stop()
      }
      // The miss is logged at info (a page rendered afresh); the hit only at debug.
      expect(linesFor(server.output(), '/en')).toHaveLength(hitsLogged ? 2 : 1)
    })
  }
})
