/**
 * `npm run soak`: mixed reading, saving, publishing, uploading and searching against one
 * `vistka serve` on PostgreSQL for a set time, while PostgreSQL is restarted once and the server
 * is killed with SIGKILL once (and started again). Reports requests, answers by status, acknowledged
 * writes lost (must be 0) and peak memory. Minutes, not part of CI; see bench/README.md.
 */
import { exec } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import pg from 'pg'
import { openDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { type Caller, makeAccount, memoryOf, type ServerProcess, startServerProcess } from '../src/testing/server-process.js'
import { countLost, printReport } from './soak-report.js'
import { type Acknowledged, createTally, runClient } from './soak-traffic.js'

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    clients: { type: 'string', default: '8' },
    'database-url': { type: 'string', default: process.env.SOAK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    'pg-restart': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
})
if (args.help) {
  console.log(`npm run soak -- [--minutes 10] [--clients 8] [--database-url URL] [--pg-restart "COMMAND"]

--database-url   a PostgreSQL server where the user may create databases (a fresh one is made and dropped)
--pg-restart     the shell command that restarts that server (default: pg_ctlcluster <version> main restart)`)
  process.exit(0)
}
const minutes = Number(args.minutes)
const clients = Number(args.clients)
if (!(minutes > 0 && minutes <= 24 * 60)) fail('--minutes must be a number from 0.1 to 1440')
if (!(Number.isInteger(clients) && clients >= 1 && clients <= 200)) fail('--clients must be a whole number from 1 to 200')
const restartCommand = args['pg-restart'] ?? defaultRestartCommand()

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

function defaultRestartCommand(): string {
  const versions = readdirSync('/etc/postgresql', { withFileTypes: true }).filter((d) => d.isDirectory())
  if (versions.length === 0) fail('No /etc/postgresql cluster found: pass --pg-restart "<command that restarts PostgreSQL>"')
  return `pg_ctlcluster --skip-systemctl-redirect ${versions[0]?.name} main restart`
}

async function createSoakDatabase(base: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `vistka_soak_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

const log = (line: string) => console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`)

async function main(): Promise<void> {
  const soakDb = await createSoakDatabase(args['database-url'])
  const location = { dialect: 'postgres', url: soakDb.url } as const
  const mediaDir = mkdtempSync(join(tmpdir(), 'vistka-soak-media-'))
  const database = openDatabase(location)
  await migrateToLatest(database.db)
  const editor = await makeAccount(database, 'editor')
  await database.close()

  const logFile = join(mediaDir, '..', `vistka-soak-${Date.now()}.log`)
  let server: ServerProcess = await startServerProcess({ database: location, mediaDir, logFile })
  const port = Number(new URL(server.base).port)
  let caller: Caller = await server.signIn(editor.email, editor.password)
  let peakRssMb = 0
  const sampler = setInterval(() => {
    try {
      const { peakMb } = memoryOf(server.pid)
      if (Number.isFinite(peakMb)) peakRssMb = Math.max(peakRssMb, peakMb)
    } catch {} // between the kill and the restart there is no process to read
  }, 250)

  const started = Date.now()
  const until = started + minutes * 60_000
  const tally = createTally()
  const acknowledged: Acknowledged = { creates: [], saves: [], publishes: [], uploads: [] }
  const faults: string[] = []
  log(`${clients} clients for ${minutes} min against ${server.base} (PostgreSQL database ${new URL(soakDb.url).pathname.slice(1)})`)

  const schedule = async () => {
    await new Promise((resolve) => setTimeout(resolve, (until - started) * 0.3))
    const t0 = Date.now()
    await promisify(exec)(restartCommand) // not execSync: the clients keep sending while PostgreSQL is away
    faults.push(
      `PostgreSQL restarted (${restartCommand}) in ${Date.now() - t0} ms; server pid ${server.pid} ${server.running() ? 'still running' : 'DIED'}`,
    )
    log(faults.at(-1) as string)
    await new Promise((resolve) => setTimeout(resolve, (until - started) * 0.35))
    const killedAt = Date.now()
    server.kill('SIGKILL')
    await server.exited()
    server = await startServerProcess({ database: location, mediaDir, port, logFile })
    caller = await server.signIn(editor.email, editor.password)
    faults.push(`server killed with SIGKILL and restarted: answering again after ${Date.now() - killedAt} ms`)
    log(faults.at(-1) as string)
  }
  const progress = setInterval(() => {
    const errors = [...tally.byStatus].filter(([s]) => !s.startsWith('2') && !s.startsWith('3')).reduce((a, [, n]) => a + n, 0)
    log(
      `${Math.round((Date.now() - started) / 1000)} s: ${tally.requests} requests, ${errors} not 2xx/3xx, peak ${Math.round(peakRssMb)} MB`,
    )
  }, 15_000)

  await Promise.all([
    schedule(),
    ...Array.from({ length: clients }, (_, client) =>
      runClient({ client, base: () => server.base, caller: () => caller, until, tally, acknowledged }),
    ),
  ])
  clearInterval(progress)
  clearInterval(sampler)

  const check = openDatabase(location)
  const lost = await countLost(check, acknowledged)
  await check.close()
  await server.stop()
  printReport({ minutes, clients, tally, acknowledged, lost, peakRssMb, faults, logFile })
  await soakDb.drop()
  rmSync(mediaDir, { recursive: true, force: true })
  process.exitCode = lost.total > 0 || (tally.byStatus.get('500') ?? 0) > 0 ? 1 : 0
}

await main()
