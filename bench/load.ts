import autocannon from 'autocannon'
import { runWrk, wrkAvailable } from './wrk.js'

export interface LoadResult {
  requestsPerSecond: number
  p50ms: number
  p95ms: number
  p99ms: number
  requests: number
  /** Non-2xx/3xx responses plus socket errors and timeouts: any is a failure of the run. */
  errors: number
}

export interface LoadSpec {
  base: string
  /** Paths requested in rotation, one per request. */
  paths: readonly string[]
  headers?: Record<string, string>
  seconds: number
  connections: number
  workDir: string
}

export type LoadGenerator = 'wrk' | 'autocannon'

/**
 * wrk when installed: autocannon saturates a core by itself at a few thousand requests a second
 * of 40 KB pages, which hides the server's real speed on a 2-core machine. autocannon otherwise,
 * and the report says so.
 */
export const pickLoadGenerator = (): LoadGenerator => (wrkAvailable() ? 'wrk' : 'autocannon')

export function runLoad(generator: LoadGenerator, spec: LoadSpec): Promise<LoadResult> {
  return generator === 'wrk' ? runWrk(spec) : runAutocannon(spec)
}

async function runAutocannon(spec: LoadSpec): Promise<LoadResult> {
  let next = Math.floor(Math.random() * spec.paths.length)
  const result = await autocannon({
    url: spec.base,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 5,
    headers: spec.headers ?? {},
    requests: [
      {
        setupRequest: (request) => {
          next = (next + 1) % spec.paths.length
          return { ...request, path: spec.paths[next] }
        },
      },
    ],
  })
  // autocannon's summary has no p95; p97.5 is the nearest it reports, and is said to be so in the report.
  const latency = result.latency as unknown as Record<string, number>
  return {
    requestsPerSecond: result.requests.average,
    p50ms: latency.p50 ?? Number.NaN,
    p95ms: latency.p97_5 ?? Number.NaN,
    p99ms: latency.p99 ?? Number.NaN,
    requests: result.requests.total,
    // autocannon's non2xx counts a 304 too; an error is a 4xx or 5xx answer, a socket error or a timeout (as wrk counts).
    errors: result['4xx'] + result['5xx'] + result.errors + result.timeouts,
  }
}
