import { type ChildProcess, spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import type { DatabaseConfig } from '../config.js'
import type { Database } from '../db/database.js'
import { systemClock } from '../db/time.js'
import { type Role, systemActor } from '../shared/roles.js'
import { createAttemptThrottle } from '../users/login-throttle.js'
import { createUserService } from '../users/user.service.js'

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'vistka.js')

/** Runs a `vistka` command to its end, as a user would from a shell: its exit code and output. */
export function runVistka(
  args: readonly string[],
  env: Record<string, string> = {},
  stdin = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdout += d
    })
    child.stderr.on('data', (d) => {
      stderr += d
    })
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released for the child to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export const databaseUrlOf = (location: DatabaseConfig): string =>
  location.dialect === 'sqlite' ? `sqlite:${location.file}` : location.url

/** Resident memory of a process now and at its peak, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? Number.NaN)
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 }
}

export interface ServerProcess {
  base: string
  readonly pid: number
  /** Everything the process wrote to stdout and stderr so far (logs are JSON lines on stdout). */
  output(): string
  /** Signs a user in over HTTP and returns a caller that sends their cookie and CSRF token. */
  signIn(email: string, password: string): Promise<Caller>
  /** Whether the process is still running. */
  running(): boolean
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited(): Promise<number | NodeJS.Signals | null>
  /** Sends a signal; SIGKILL is the crash a test wants. */
  kill(signal?: NodeJS.Signals): void
  /** SIGTERM and wait for a graceful exit (SIGKILL after 10 s). */
  stop(): Promise<void>
}

export interface ServerProcessOptions {
  /** Where the database is: a test database's `location`. */
  database: DatabaseConfig
  mediaDir: string
  /** Reuse a port (a restart in place); a free one otherwise. */
  port?: number
  /** Extra environment (LOG_LEVEL, PAGE_CACHE_MB, …). */
  env?: Record<string, string>
  /** The CLI command; `serve` (migrate and serve, no demo) unless told. */
  args?: string[]
  /** Append the process's stdout and stderr to this file instead of keeping them for `output()`. */
  logFile?: string
  /** Options for node itself, before the script (e.g. `--import` of a loader hook). */
  nodeArgs?: string[]
}

/**
 * Starts `vistka serve` as its own process, as production runs it, and waits for /health. For
 * tests of what only a real process shows: crashes (SIGKILL), two processes on one database,
 * memory under load.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort())
  const base = `http://127.0.0.1:${port}`
  const logFd = options.logFile ? openSync(options.logFile, 'a') : undefined
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...(options.args ?? ['serve'])], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      SITE_URL: base,
      DATABASE_URL: databaseUrlOf(options.database),
      MEDIA_DIR: options.mediaDir,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', logFd ?? 'pipe', logFd ?? 'pipe'],
  })
  if (logFd !== undefined) closeSync(logFd) // the child has its own copy
  let output = ''
  child.stdout?.on('data', (d) => {
    output += d
  })
  child.stderr?.on('data', (d) => {
    output += d
  })
  const exit = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)))
  await waitForHealth(base, child, () => output, 60_000)
  return {
    base,
    pid: child.pid as number,
    output: () => (options.logFile ? readFileSync(options.logFile, 'utf8') : output),
    signIn: (email, password) => signInOver(base, email, password),
    running: () => child.exitCode === null && child.signalCode === null,
    exited: () => exit,
    kill: (signal = 'SIGKILL') => {
      child.kill(signal)
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      // A server the test left hung (that is what some tests look for) must not outlive the run.
      const hung = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exit
      clearTimeout(hung)
    },
  }
}

async function waitForHealth(base: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`)
    }
    try {
      if ((await fetch(`${base}/health`)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 25))
  }
  child.kill('SIGKILL')
  throw new Error(`the server did not answer ${base}/health within ${timeoutMs} ms:\n${output()}`)
}

let accounts = 0

/** Creates an account of the role straight in the database, for a server process to sign in. */
export async function makeAccount(database: Database, role: Role): Promise<{ email: string; password: string }> {
  const email = `${role}-${++accounts}-${process.pid}@example.org`
  const password = 'a long enough password'
  const users = createUserService({
    db: database.db,
    site: { locales: ['uk', 'en', 'ru'], defaultLocale: 'uk' },
    clock: systemClock,
    attempts: createAttemptThrottle({ db: database.db, clock: systemClock }),
    currentPasswordLimit: { max: 5, windowMs: 60_000 },
  })
  await users.createUser({ email, name: role, role, password, locales: [] }, systemActor)
  return { email, password }
}

export interface CallResult {
  status: number
  headers: Headers
  // biome-ignore lint/suspicious/noExplicitAny: tests read bodies of every shape, as app.inject's json() does
  json(): Promise<any>
}
/** Calls an admin API path; a body object goes as JSON, a FormData (uploads) as multipart. */
export type Caller = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: object, form?: FormData) => Promise<CallResult>

/** Signs in through POST /api/admin/v1/session: the session cookie and CSRF token to send. */
export async function sessionOver(base: string, email: string, password: string): Promise<{ cookie: string; csrfToken: string }> {
  const res = await fetch(`${base}/api/admin/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`)
  const cookie = (res.headers.getSetCookie()[0] ?? '').split(';')[0] as string
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie, csrfToken }
}

/** Signs in through POST /api/admin/v1/session; the caller's paths are relative to /api/admin/v1. */
export async function signInOver(base: string, email: string, password: string): Promise<Caller> {
  const { cookie, csrfToken } = await sessionOver(base, email, password)
  return async (method, path, body, form) => {
    const r = await fetch(`${base}/api/admin/v1${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        'accept-language': 'en',
        ...(body && { 'content-type': 'application/json' }),
      },
      ...(body && { body: JSON.stringify(body) }),
      ...(form && { body: form }),
    })
    const text = await r.text()
    return { status: r.status, headers: r.headers, json: async () => JSON.parse(text) }
  }
}
