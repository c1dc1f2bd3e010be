import { mkdtempSync, rmSync } from 'node:fs'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServerProcess } from '../testing/server-process.js'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The pids that logged as each worker, in the order they first spoke. */
function workerPids(log: string): Map<number, number[]> {
  const pids = new Map<number, number[]>()
  for (const line of log.split('\n')) {
    if (!line.startsWith('{')) continue
    const { worker, pid } = JSON.parse(line) as { worker?: number; pid?: number }
    if (worker === undefined || pid === undefined) continue
    const list = pids.get(worker) ?? []
    if (!list.includes(pid)) pids.set(worker, [...list, pid])
  }
  return pids
}

describe('WORKERS', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('serves from several processes on one port, names the worker in each log line, restarts a crashed one and drains all on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vistka-workers-'))
    dirs.push(dir)
    const logFile = join(dir, 'server.log')
    const server = await startServerProcess({
      database: { dialect: 'sqlite', file: join(dir, 'vistka.db') },
      mediaDir: join(dir, 'media'),
      env: { WORKERS: '2', LOG_LEVEL: 'debug' }, // requests to /health are logged at debug
      logFile,
    })
    try {
      // A new connection each time: the primary hands connections, not requests, to the workers in turn.
      // A connection handed to a worker at the moment it is killed is lost with it: give up on it after 2 s.
      const hit = () =>
        new Promise<number>((resolve, reject) => {
          const req = get(`${server.base}/health`, { agent: false, timeout: 2000 }, (res) => {
            res.resume()
            resolve(res.statusCode ?? 0)
          })
          req.on('timeout', () => req.destroy(new Error('timed out')))
          req.on('error', reject)
        })
      // The second worker may start listening a moment after the first answered.
      const started = Date.now()
      while (workerPids(server.output()).size < 2) {
        expect(Date.now() - started).toBeLessThan(15_000)
        expect(await hit()).toBe(200)
      }
      const before = workerPids(server.output())
      expect([...before.keys()].sort()).toEqual([1, 2])
      const victim = before.get(2)?.[0] as number

      process.kill(victim, 'SIGKILL')
      // The primary starts worker 2 again; the other worker answers meanwhile.
      const deadline = Date.now() + 20_000
      while ((workerPids(server.output()).get(2)?.length ?? 0) < 2) {
        expect(Date.now()).toBeLessThan(deadline)
        await hit().catch(() => 0) // only the connection in the killed worker's hands is lost
        await new Promise((r) => setTimeout(r, 50))
      }
      for (let i = 0; i < 10; i++) expect(await hit()).toBe(200)
      // /health names the worker that answered.
      expect([1, 2]).toContain(((await (await fetch(`${server.base}/health`)).json()) as { worker?: number }).worker)
      expect(server.output()).toMatch(/Worker 2 \(pid \d+\) ended \(SIGKILL\); starting it again/)

      const pids = [...workerPids(server.output()).values()].flat().filter(alive)
      expect(pids).toHaveLength(2)
      await server.stop()
      expect(await server.exited()).toBe(0)
      expect(pids.filter(alive)).toEqual([])
    } finally {
      await server.stop()
    }
  }, 120_000)
})
