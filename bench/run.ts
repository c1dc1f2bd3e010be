import { execSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import SQLite from 'better-sqlite3'
import { sql } from 'kysely'
// @ts-expect-error bin/ is plain JavaScript without types
import { ensureServerBuilt } from '../bin/server-build.js'
import { createProgress } from '../src/cli/progress.js'
import type { DatabaseConfig } from '../src/config.js'
import { openDatabase } from '../src/db/database.js'
import { createEventBus } from '../src/events.js'
import { createLocalStorage } from '../src/media/media.storage.js'
import { ensureNewsroomBuilt } from '../src/newsroom/newsroom-build.js'
import { createServices } from '../src/services.js'
import { systemActor } from '../src/shared/roles.js'
import { buildCorpus, CORPUS_NOW } from './corpus.js'
import { buildPostgresCorpus } from './corpus-postgres.js'
import { prng, realWords } from './corpus-text.js'
import { type LoadResult, type LoadSpec, pickLoadGenerator, runLoad } from './load.js'
import { formatReport, type Report, type Row, SCENARIO, scenarioFailed } from './report.js'
import { memoryOf, startBaseline, startVistka, waitUntilIdle } from './server-process.js'

const HERE = import.meta.dirname

const { values: args } = parseArgs({
  options: {
    stories: { type: 'string' },
    quick: { type: 'boolean' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    database: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
})

const USAGE = `Usage: npm run bench -- [--quick] [--stories N] [--seconds S] [--connections C] [--database postgres://…]

Builds (or reuses) a corpus, starts the real server on it and loads it with wrk from another
process. --quick: 2,000 stories and 5 s per scenario. --database: run on PostgreSQL, in that
database (empty, or one the bench built before: it drops and rebuilds what it built there);
without it, on SQLite in bench/.cache/. Results: a table here and JSON in bench/results/.`

function number(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    console.error(`bench: --${name} must be a whole number from ${min} to ${max}, not '${raw}'.\n\n${USAGE}`)
    process.exit(2)
  }
  return Number(raw)
}

async function main(): Promise<void> {
  if (args.help) return console.log(USAGE)
  const stories = number('stories', args.stories, args.quick ? 2000 : 100_000, 100, 1_000_000)
  const seconds = number('seconds', args.seconds, args.quick ? 5 : 10, 1, 600)
  const connections = number('connections', args.connections, 32, 1, 1000)
  const warmup = Math.max(1, Math.round(seconds / 5))
  if (args.database !== undefined && !/^postgres(ql)?:\/\/\S+$/.test(args.database)) {
    console.error(`bench: --database must be a PostgreSQL URL (postgres://user@host:port/database), not '${args.database}'.\n\n${USAGE}`)
    process.exit(2)
  }
  const generator = pickLoadGenerator()
  const warning =
    generator === 'wrk'
      ? null
      : 'wrk is not installed (sudo apt-get install wrk): autocannon drove the load and, on 2 cores, competes with the server for CPU — figures are lower than the server can do, and "p95" is autocannon\'s p97.5.'
  if (warning) console.error(`bench: ${warning}`)
  const load = (spec: LoadSpec) => runLoad(generator, spec)

  const progress = createProgress(`Building a ${stories}-story corpus`)
  const corpus = args.database
    ? await buildPostgresCorpus({ url: args.database, stories, onProgress: (done, total, what) => progress.update(done, total, what) })
    : await buildCorpus({ stories, onProgress: (done, total) => progress.update(done, total, 'stories') })
  if (corpus.seeding)
    console.error(
      `Seeded ${stories} stories in ${corpus.seeding.seconds.toFixed(1)} s (${corpus.seeding.storiesPerSecond.toFixed(0)} stories/s).`,
    )
  else console.error(`Reusing the corpus in ${corpus.database.dialect === 'sqlite' ? corpus.database.file : 'the PostgreSQL database'}.`)

  const workDir = join(HERE, '.cache', `run-${process.pid}`)
  mkdirSync(workDir, { recursive: true })
  // The server runs on the cached corpus itself: copying 17 GB would take longer than the scenarios.
  // What the run adds it takes back at the end: its stories are withdrawn (no reader sees them, so
  // no later run measures them) and its token revoked.
  const runDb = corpus.database

  // What to request, read from the corpus; and a token to publish with, as an integration would.
  const database = openDatabase(runDb)
  const services = createServices({
    db: database.db,
    events: createEventBus(),
    site: { locales: ['uk', 'en', 'ru'], defaultLocale: 'uk' },
    clock: () => new Date(),
    storage: createLocalStorage(corpus.mediaDir),
  })
  const storyPaths = (
    await database.db
      .selectFrom('story_versions')
      .select(['slug', 'story_id'])
      .where('locale', '=', 'uk')
      .where('status', '=', 'published')
      .orderBy('id')
      .limit(20_000)
      .execute()
  ).map((v) => `/news/${v.slug}-${v.story_id}`)
  const firstTopicSlug = async (kind: 'section' | 'tag') =>
    (
      await database.db
        .selectFrom('topic_locales')
        .select('slug')
        .where('locale', '=', 'uk')
        .where('kind', '=', kind)
        .executeTakeFirstOrThrow()
    ).slug
  const [sectionSlug, tagSlug] = [await firstTopicSlug('section'), await firstTopicSlug('tag')]
  const { token, id: tokenId } = await services.tokens.createToken({ name: 'bench', role: 'editor' }, systemActor)
  await services.searchIndex.settled()
  await database.close()
  const month = new Date(CORPUS_NOW.getTime() - 180 * 86_400_000).toISOString().slice(0, 7).replace('-', '-')

  // `serve` builds the newsroom app and the server when their builds are stale: done first, so
  // start-up measures serving.
  await ensureNewsroomBuilt()
  await ensureServerBuilt()
  // The cold scenario rotates over more story pages than the page cache holds: 20,000 pages of
  // ~28 KB are far more than the default 32 MB, but half of a quick run's 2,000 would fit, so it
  // gets 16 MB.
  const pageCacheMb = args.quick ? 16 : undefined
  const server = await startVistka({ database: runDb, mediaDir: corpus.mediaDir, port: 34000 + (process.pid % 1000), pageCacheMb })
  const atRest = memoryOf(server.pid)
  const hot = storyPaths[0] as string
  const hotPage = await fetch(server.base + hot)
  const hotBody = Buffer.from(await hotPage.arrayBuffer())
  const etag = hotPage.headers.get('etag') ?? ''
  const pageFile = join(workDir, 'story.html')
  writeFileSync(pageFile, hotBody)
  const baseline = await startBaseline(pageFile)

  const rows: Row[] = []
  let into = rows
  // Each scenario starts once the server is idle (the baseline too: it shares the cores).
  let quiet = server.pid
  async function scenario(
    name: string,
    base: string,
    paths: readonly string[],
    headers: Record<string, string> = {},
    clients: number = connections,
  ) {
    await waitUntilIdle(quiet)
    await load({ base, paths, headers, seconds: warmup, connections: clients, workDir })
    const result = await load({ base, paths, headers, seconds, connections: clients, workDir })
    // Which scenario raises the server's peak memory (the baseline is another process).
    const peakMb = base === baseline.base ? undefined : memoryOf(quiet).peakMb
    into.push({ scenario: name, ...result, ...(peakMb === undefined ? {} : { peakMb }) })
    console.error(`  ${name}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99ms.toFixed(1)} ms`)
  }

  console.error(`Running scenarios, ${seconds} s each after ${warmup} s of warm-up, ${connections} connections:`)
  await scenario(SCENARIO.baseline, baseline.base, ['/'])
  baseline.stop()
  await scenario(SCENARIO.hot, server.base, [hot])
  await scenario(SCENARIO.cold(storyPaths.length), server.base, storyPaths)
  await scenario('home page', server.base, ['/'])
  await scenario('section page 5', server.base, [`/section/${sectionSlug}?page=5`])
  await scenario('tag page', server.base, [`/tag/${tagSlug}`])
  await scenario('RSS feed', server.base, ['/feed/rss.xml'])
  await scenario('monthly sitemap', server.base, [`/sitemaps/stories-uk-${month}.xml`])
  await scenario(SCENARIO.search, server.base, searchPaths())
  // Latency of one search by itself: with 32 clients waiting, p95 is mostly time spent queueing.
  await scenario(SCENARIO.searchLatency, server.base, searchPaths(), {}, 1)
  await scenario('conditional GET → 304', server.base, [hot], { 'if-none-match': etag })
  // Real traffic mixes them: one kind must not starve the others.
  await scenario(SCENARIO.mixed, server.base, mixedPaths(hot, storyPaths, searchPaths()))
  const underLoad = memoryOf(server.pid)

  const publish = await publishToVisible(load, server.base, token, args.quick ? 10 : 50, storyPaths, workDir)
  await withdraw(server.base, token, publish.versionIds)
  await server.stop()

  // The same corpus served by two processes on one port (WORKERS=2): what a second core buys.
  console.error('Again with WORKERS=2:')
  const workers = await startVistka({
    database: runDb,
    mediaDir: corpus.mediaDir,
    port: 35000 + (process.pid % 1000),
    workers: 2,
    pageCacheMb,
  })
  const rows2: Row[] = []
  into = rows2
  quiet = workers.pid
  await scenario(SCENARIO.hot, workers.base, [hot])
  await scenario(SCENARIO.cold(storyPaths.length), workers.base, storyPaths)
  await scenario('home page', workers.base, ['/'])
  await scenario(SCENARIO.search, workers.base, searchPaths())
  // Each publish lands on one worker; the other must hear of it through the database.
  const publish2 = await publishToVisible(load, workers.base, token, args.quick ? 10 : 50, storyPaths, workDir)
  await withdraw(workers.base, token, publish2.versionIds)
  await workers.stop()
  rmSync(workDir, { recursive: true, force: true })
  await revokeToken(runDb, tokenId)
  const sizes = await sizeBreakdown(runDb)

  const baselineRps = rows[0]?.requestsPerSecond ?? Number.NaN
  for (const row of [...rows.slice(1), ...rows2]) row.ratio = row.requestsPerSecond / baselineRps
  const report: Report = {
    at: new Date().toISOString(),
    commit: execSync('git rev-parse --short HEAD', { cwd: HERE }).toString().trim(),
    node: process.version,
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    stories,
    database: runDb.dialect,
    seconds,
    connections,
    loadGenerator: generator,
    warning,
    seeding: corpus.seeding,
    startupMs: server.startupMs,
    memory: { atRestMb: atRest.rssMb, peakMb: underLoad.peakMb },
    publishToVisible: { publishes: publish.publishes, p50ms: publish.p50ms, p99ms: publish.p99ms },
    scenarios: rows,
    sizes,
    workers2: {
      startupMs: workers.startupMs,
      publishToVisible: { publishes: publish2.publishes, p50ms: publish2.p50ms, p99ms: publish2.p99ms },
      scenarios: rows2,
    },
  }
  console.log(`\n${formatReport(report)}`)
  const resultsDir = join(HERE, 'results')
  mkdirSync(resultsDir, { recursive: true })
  const out = join(resultsDir, `${report.at.replace(/[:.]/g, '-')}-${report.commit}${runDb.dialect === 'postgres' ? '-postgres' : ''}.json`)
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nWritten to ${out}`)
  if ([...rows, ...rows2].some(scenarioFailed)) {
    console.error('bench: some responses were not 2xx/3xx, or a scenario got no answers — the run failed.')
    process.exitCode = 1
  }
}

/** 70 % the hot page, 25 % cold story pages in rotation, 5 % searches, interleaved as wrk walks the list. */
function mixedPaths(hot: string, cold: readonly string[], searches: readonly string[]): string[] {
  return Array.from({ length: 20_000 }, (_, i) => {
    const slot = i % 20
    if (slot === 0) return searches[(i / 20) % searches.length] as string
    if (slot <= 5) return cold[(Math.floor(i / 20) * 5 + slot - 1) % cold.length] as string
    return hot
  })
}

/** Bytes on disk per table and index, largest first (SQLite's dbstat; PostgreSQL's tables with their TOAST, and indexes). */
async function sizeBreakdown(location: DatabaseConfig): Promise<{ name: string; mb: number }[]> {
  const mb = (bytes: number) => Math.round((Number(bytes) / 1024 / 1024) * 10) / 10
  if (location.dialect === 'postgres') {
    const database = openDatabase(location)
    try {
      const { rows } = await sql<{ name: string; bytes: string }>`
        select c.relname as name, case when c.relkind = 'i' then pg_relation_size(c.oid) else pg_table_size(c.oid) end as bytes
        from pg_class c where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'i', 'm')
        order by 2 desc`.execute(database.db)
      return rows.map((r) => ({ name: r.name, mb: mb(Number(r.bytes)) })).filter((r) => r.mb > 0)
    } finally {
      await database.close()
    }
  }
  const db = new SQLite(location.file, { readonly: true })
  try {
    const rows = db.prepare('select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc').all() as {
      name: string
      bytes: number
    }[]
    return rows.map((r) => ({ name: r.name, mb: mb(r.bytes) }))
  } finally {
    db.close()
  }
}

/** 200 queries: one to three real words of the language (as a reader types them), some as quoted phrases. */
function searchPaths(): string[] {
  const r = prng(7)
  const prefixes = { uk: '', en: '/en', ru: '/ru' } as const
  return Array.from({ length: 200 }, (_, i) => {
    const locale = (['uk', 'en', 'ru'] as const)[i % 3] as 'uk' | 'en' | 'ru'
    const words = Array.from({ length: r.int(1, 3) }, () => r.pick(realWords(locale)))
    const q = words.length > 1 && r.next() < 0.2 ? `"${words.join(' ')}"` : words.join(' ')
    return `${prefixes[locale]}/search?q=${encodeURIComponent(q)}`
  })
}

/**
 * Publishes stories through the admin API (as an editor's app or an integration would) while the
 * site is under load, and times until the home page and the story's page both show each one.
 */
async function publishToVisible(
  load: (spec: LoadSpec) => Promise<LoadResult>,
  base: string,
  token: string,
  count: number,
  storyPaths: readonly string[],
  workDir: string,
) {
  // Load for about as long as the publishes take (each is well under a second).
  const background = load({ base, paths: ['/', ...storyPaths.slice(0, 200)], seconds: Math.ceil(count * 0.6) + 5, connections: 8, workDir })
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const times: number[] = []
  const versionIds: string[] = []
  for (let i = 0; i < count; i++) {
    const headline = `Бенчмарк: новина ${i} ${Date.now()}`
    const created = await fetch(`${base}/api/admin/v1/stories`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ locale: 'uk', headline }),
    })
    const { story, versions } = (await created.json()) as { story: { id: string }; versions: { id: string; slug: string }[] }
    const version = versions[0] as { id: string; slug: string }
    versionIds.push(version.id)
    const started = performance.now()
    const published = await fetch(`${base}/api/admin/v1/story-versions/${version.id}/transitions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ to: 'published' }),
    })
    if (!published.ok) throw new Error(`publishing failed: ${published.status} ${await published.text()}`)
    for (;;) {
      const [home, page] = await Promise.all([fetch(`${base}/`), fetch(`${base}/news/${version.slug}-${story.id}`)])
      if ((await home.text()).includes(headline) && page.status === 200) break
      await page.arrayBuffer()
      if (performance.now() - started > 10_000) throw new Error(`story ${story.id} not visible after 10 s`)
      await new Promise((r) => setTimeout(r, 5))
    }
    times.push(performance.now() - started)
  }
  await background
  times.sort((a, b) => a - b)
  const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? Number.NaN
  return { publishes: count, p50ms: pct(50), p99ms: pct(99), versionIds }
}

/** Takes the run's stories off the site again, through the same API. */
async function withdraw(base: string, token: string, versionIds: readonly string[]): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  for (const id of versionIds) {
    const res = await fetch(`${base}/api/admin/v1/story-versions/${id}/transitions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ to: 'unpublished' }),
    })
    if (!res.ok) throw new Error(`withdrawing ${id} failed: ${res.status} ${await res.text()}`)
  }
}

async function revokeToken(location: DatabaseConfig, id: string): Promise<void> {
  const database = openDatabase(location)
  try {
    await createServices({
      db: database.db,
      events: createEventBus(),
      site: { locales: ['uk', 'en', 'ru'], defaultLocale: 'uk' },
      clock: () => new Date(),
      storage: createLocalStorage(join(HERE, '.cache', 'unused-media')),
    }).tokens.revokeToken(id, systemActor)
  } finally {
    await database.close()
  }
}

main().catch((err) => {
  console.error('bench failed:', err)
  process.exit(1)
})
