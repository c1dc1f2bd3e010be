import type { Corpus } from './corpus.js'
import type { LoadGenerator, LoadResult } from './load.js'

export interface Row extends LoadResult {
  scenario: string
  /** Requests per second as a share of the node:http baseline measured in the same run. */
  ratio?: number
  /** The server's peak resident memory so far, read after this scenario (absent in older reports). */
  peakMb?: number
}

export interface Report {
  at: string
  commit: string
  node: string
  cpu: string
  stories: number
  /** The back end (absent in reports from before PostgreSQL was benchmarked: SQLite). */
  database?: 'sqlite' | 'postgres'
  seconds: number
  connections: number
  loadGenerator: LoadGenerator
  warning: string | null
  seeding: Corpus['seeding']
  startupMs: number
  memory: { atRestMb: number; peakMb: number }
  publishToVisible: { publishes: number; p50ms: number; p99ms: number }
  scenarios: Row[]
  /** The database's size per table and index, largest first (absent in older reports). */
  sizes?: { name: string; mb: number }[]
  /** The same corpus served with WORKERS=2 (absent in reports from before it was measured). */
  workers2?: { startupMs: number; publishToVisible: { publishes: number; p50ms: number; p99ms: number }; scenarios: Row[] }
}

/**
 * A scenario failed when any response was an error — or when none came back at all: a server
 * stuck on one request for the whole scenario shows no errors, only no requests.
 */
export const scenarioFailed = (s: LoadResult): boolean => s.errors > 0 || s.requests === 0

/** Scenario names the targets refer to. */
export const SCENARIO = {
  baseline: 'baseline (node:http, same bytes)',
  hot: 'story page, hot',
  cold: (n: number) => `story page, cold (${n} stories)`,
  search: 'search (200 queries, uk/en/ru)',
  searchLatency: 'search, one client at a time',
  mixed: 'mixed: 70 % hot, 25 % cold, 5 % search',
} as const

interface Target {
  what: string
  goal: string
  measured: string
  met: boolean
}

/** The targets of issue 20 (and publish → visible from issue 17), each with what this run measured. */
export function targets(r: Report): Target[] {
  const row = (prefix: string) => r.scenarios.find((s) => s.scenario.startsWith(prefix))
  const hot = row(SCENARIO.hot)
  const cold = row('story page, cold')
  const search = row(SCENARIO.searchLatency)
  const searchLoad = row(SCENARIO.search)
  const list: Target[] = [
    { what: 'story page, hot', goal: '≥ 0.70 × baseline', measured: `${(hot?.ratio ?? 0).toFixed(2)} ×`, met: (hot?.ratio ?? 0) >= 0.7 },
    {
      what: 'story page, cold',
      goal: '≥ 0.25 × baseline',
      measured: `${(cold?.ratio ?? 0).toFixed(2)} ×`,
      met: (cold?.ratio ?? 0) >= 0.25,
    },
    {
      what: 'errors (non-2xx/3xx, timeouts, scenarios with no answers)',
      goal: '0',
      measured: String([...r.scenarios, ...(r.workers2?.scenarios ?? [])].reduce((a, s) => a + s.errors + (s.requests === 0 ? 1 : 0), 0)),
      met: ![...r.scenarios, ...(r.workers2?.scenarios ?? [])].some(scenarioFailed),
    },
    {
      what: 'search p99, 32 clients',
      goal: '< 250 ms, 0 errors',
      measured: `${(searchLoad?.p99ms ?? Number.NaN).toFixed(0)} ms`,
      met: searchLoad !== undefined && !scenarioFailed(searchLoad) && searchLoad.p99ms < 250,
    },
    {
      what: 'search p95 (one client)',
      goal: '< 10 ms',
      measured: `${(search?.p95ms ?? Number.NaN).toFixed(1)} ms`,
      met: search !== undefined && !scenarioFailed(search) && search.p95ms < 10,
    },
    {
      what: 'publish → visible p99',
      goal: '< 1 s',
      measured: `${r.publishToVisible.p99ms.toFixed(0)} ms`,
      met: r.publishToVisible.p99ms < 1000,
    },
    ...(r.workers2
      ? [
          {
            what: 'publish → visible p99, WORKERS=2 (the other process hears of it)',
            goal: '< 1 s',
            measured: `${r.workers2.publishToVisible.p99ms.toFixed(0)} ms`,
            met: r.workers2.publishToVisible.p99ms < 1000,
          },
        ]
      : []),
    { what: 'memory, peak RSS', goal: '< 300 MB', measured: `${r.memory.peakMb.toFixed(0)} MB`, met: r.memory.peakMb < 300 },
    { what: 'start-up', goal: '< 1 s', measured: `${(r.startupMs / 1000).toFixed(2)} s`, met: r.startupMs < 1000 },
  ]
  if (r.sizes) {
    // The goal is for 100,000 stories; a smaller run's size is scaled to that many.
    const gb = (r.sizes.reduce((a, x) => a + x.mb, 0) / 1024) * (100_000 / r.stories)
    const measured = `${gb.toFixed(1)} GB${r.stories === 100_000 ? '' : ` (${r.stories} stories × ${100_000 / r.stories})`}`
    list.push({ what: 'database size at 100,000 stories', goal: '≤ 8 GB', measured, met: gb <= 8 })
  }
  if (r.seeding) {
    const rate = r.seeding.storiesPerSecond
    list.push({ what: 'seeding', goal: '≥ 1,000 stories/s', measured: `${rate.toFixed(0)} stories/s`, met: rate >= 1000 })
  }
  return list
}

const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`

/** The report as Markdown tables: what the README's Performance section shows. */
export function formatReport(r: Report): string {
  const out: string[] = [
    `Vistka benchmark — ${r.stories} stories on ${r.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${r.seconds} s per scenario, ${r.connections} connections, load by ${r.loadGenerator}; ${r.cpu}, Node ${r.node}, commit ${r.commit}`,
    '',
  ]
  if (r.warning) out.push(`**Warning:** ${r.warning}`, '')
  out.push(
    line(['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', '× baseline', 'peak RSS so far']),
    line(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  )
  for (const s of r.scenarios) {
    out.push(
      line([
        s.scenario,
        s.requestsPerSecond.toFixed(0),
        s.p50ms.toFixed(2),
        s.p95ms.toFixed(2),
        s.p99ms.toFixed(2),
        String(s.errors),
        s.ratio === undefined ? '1.00' : s.ratio.toFixed(2),
        s.peakMb === undefined ? '–' : `${s.peakMb.toFixed(0)} MB`,
      ]),
    )
  }
  const p = r.publishToVisible
  out.push(
    '',
    `publish → visible (${p.publishes} publishes under load): p50 ${p.p50ms.toFixed(0)} ms, p99 ${p.p99ms.toFixed(0)} ms · memory ${r.memory.atRestMb.toFixed(0)} MB at rest, ${r.memory.peakMb.toFixed(0)} MB peak · start-up ${r.startupMs.toFixed(0)} ms`,
  )
  if (r.seeding)
    out.push(
      `corpus built in ${r.seeding.seconds.toFixed(0)} s: ${r.seeding.setupSeconds.toFixed(0)} s of topics, authors and pictures, then ${r.seeding.storiesPerSecond.toFixed(0)} stories/s imported and indexed`,
    )
  else out.push('corpus: reused from bench/.cache (seeding not measured this run)')
  if (r.workers2) out.push('', ...workersTable(r, r.workers2))
  out.push('', line(['target', 'goal', 'measured', '']), line(['---', '---', '---:', '---']))
  for (const t of targets(r)) out.push(line([t.what, t.goal, t.measured, t.met ? 'met' : '**missed**']))
  if (r.sizes) {
    const total = r.sizes.reduce((a, x) => a + x.mb, 0)
    out.push(
      '',
      `Database size: ${total.toFixed(0)} MB (${(total / r.stories).toFixed(3)} MB a story); the largest tables and indexes:`,
      '',
    )
    out.push(line(['table or index', 'MB']), line(['---', '---:']))
    for (const x of r.sizes.slice(0, 12)) out.push(line([x.name, x.mb.toFixed(1)]))
  }
  return out.join('\n')
}

/** One process beside WORKERS=2, scenario by scenario. */
function workersTable(r: Report, w: NonNullable<Report['workers2']>): string[] {
  const out = [
    'one process vs WORKERS=2 (same corpus, same run):',
    '',
    line(['scenario', 'req/s, 1 process', 'req/s, WORKERS=2', 'p99 ms, 1 process', 'p99 ms, WORKERS=2', 'errors, WORKERS=2']),
    line(['---', '---:', '---:', '---:', '---:', '---:']),
  ]
  for (const two of w.scenarios) {
    const one = r.scenarios.find((s) => s.scenario === two.scenario)
    out.push(
      line([
        two.scenario,
        one ? one.requestsPerSecond.toFixed(0) : '–',
        two.requestsPerSecond.toFixed(0),
        one ? one.p99ms.toFixed(2) : '–',
        two.p99ms.toFixed(2),
        String(two.errors),
      ]),
    )
  }
  const p = w.publishToVisible
  out.push(
    '',
    `WORKERS=2: publish → visible on whichever worker answers (${p.publishes} publishes): p50 ${p.p50ms.toFixed(0)} ms, p99 ${p.p99ms.toFixed(0)} ms · start-up ${w.startupMs.toFixed(0)} ms`,
  )
  return out
}
