import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DatabaseConfig } from '../src/config.js'

const ROOT = join(import.meta.dirname, '..')

export interface ServerProcess {
  base: string
  pid: number
  /** Milliseconds from spawn to the first 200 from /health. */
  startupMs: number
  stop(): Promise<void>
}

/** CPU time of a process and its children (the workers of WORKERS > 1), in clock ticks (Linux /proc). */
function cpuTicks(pid: number): number {
  let ticks = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // ended meanwhile
    }
    // After the command's parentheses: state, ppid, … utime (14th field), stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(entry) === pid || Number(fields[1]) === pid) ticks += Number(fields[11]) + Number(fields[12])
  }
  return ticks
}

/**
 * Waits until the server (and its workers) use under a tenth of a core for a second: what a
 * scenario left behind (garbage collection after the cold rotation, pages rendered again after
 * publishing, a new corpus's WAL checkpoints) would otherwise slow the next one — or the
 * baseline, which runs beside the server on the same cores. Gives up after 30 s.
 */
export async function waitUntilIdle(pid: number): Promise<void> {
  const deadline = Date.now() + 30_000
  let quiet = 0
  let last = cpuTicks(pid)
  while (quiet < 4 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250))
    const now = cpuTicks(pid)
    quiet = now - last <= 2 ? quiet + 1 : 0 // 100 ticks a second: 2.5 ticks in 250 ms is a tenth of a core
    last = now
  }
}

/** Resident memory of a process, now and at its peak, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? Number.NaN)
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 }
}

async function waitForHealth(base: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before answering`)
    try {
      if ((await fetch(`${base}/health`)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`the server did not answer ${base}/health within ${timeoutMs} ms`)
}

/** The address the bench's server is told it lives at (links in pages; requests go to 127.0.0.1). */
const BENCH_SITE_URL = 'http://vistka.localhost'

/**
 * Waits while the server renders story pages ahead (its start-up walk after a new corpus or a
 * template change): cold pages are measured as a running site serves them, not mid-walk.
 */
async function waitForPagesAhead(base: string): Promise<void> {
  const started = Date.now()
  let said = 0
  for (;;) {
    const health = (await (await fetch(`${base}/health`)).json()) as { renderingAhead?: boolean }
    if (!health.renderingAhead) return
    if (Date.now() - said > 10_000) {
      console.error(`  the server is rendering story pages ahead (${Math.round((Date.now() - started) / 1000)} s so far)…`)
      said = Date.now()
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

async function waitForWorkers(base: string, workers: number): Promise<void> {
  const seen = new Set<number>()
  const deadline = Date.now() + 60_000
  while (seen.size < workers && Date.now() < deadline) {
    // A new connection each time: the primary hands connections to the workers in turn.
    const res = await fetch(`${base}/health`, { headers: { connection: 'close' } })
    const { worker } = (await res.json()) as { worker?: number }
    if (worker !== undefined) seen.add(worker)
  }
}

/** Starts `vistka serve` on the corpus as its own process, as production would run it. */
export async function startVistka(options: {
  database: DatabaseConfig
  mediaDir: string
  port: number
  workers?: number
  /** PAGE_CACHE_MB; unset: the default. */
  pageCacheMb?: number
}): Promise<ServerProcess> {
  const base = `http://127.0.0.1:${options.port}`
  const started = performance.now()
  // The program itself, as `npx vistka serve` runs it: its first line carries the memory budget.
  const child = spawn(join(ROOT, 'bin', 'vistka.js'), ['serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      // One address for every run: story pages rendered ahead are kept with the corpus between runs
      // only under the same SITE_URL (a new one makes them stale: decision 017).
      SITE_URL: BENCH_SITE_URL,
      DATABASE_URL: options.database.dialect === 'sqlite' ? `sqlite:${options.database.file}` : options.database.url,
      MEDIA_DIR: options.mediaDir,
      // No LOG_LEVEL: the default (info) is what users run, request lines and all (to /dev/null here).
      WORKERS: String(options.workers ?? 1),
      ...(options.pageCacheMb !== undefined && { PAGE_CACHE_MB: String(options.pageCacheMb) }),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitForHealth(base, child, 60_000)
  // With WORKERS, /health answers once the first worker listens: wait until each has answered.
  if ((options.workers ?? 1) > 1) await waitForWorkers(base, options.workers ?? 1)
  const startupMs = performance.now() - started
  await waitForPagesAhead(base)
  return {
    base,
    pid: child.pid as number,
    startupMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/** The bare node:http baseline, serving `file`'s bytes. */
export async function startBaseline(file: string): Promise<{ base: string; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'baseline-server.ts'), file, '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (d) => resolve(String(d).trim()))
    child.once('exit', (code) => reject(new Error(`the baseline server exited with ${code}`)))
  })
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') }
}
