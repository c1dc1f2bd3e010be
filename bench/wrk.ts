import { execFileSync, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LoadResult, LoadSpec } from './load.js'

/** Whether the wrk binary is installed (it prints its version and exits 1, so only a missing binary counts). */
export function wrkAvailable(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' })
    return true
  } catch (err) {
    return !((err as { code?: string }).code === 'ENOENT' || (err as { status?: number }).status === 127)
  }
}

/**
 * A wrk Lua script that walks the paths in turn (each connection from a random offset) and, at
 * the end, prints the percentiles wrk's own --latency table leaves out (p95) in microseconds.
 */
function rotationScript(paths: readonly string[], headers: Record<string, string>, workDir: string): string {
  const stamp = `${process.pid}-${Date.now()}`
  const listFile = join(workDir, `paths-${stamp}.txt`)
  writeFileSync(listFile, `${paths.join('\n')}\n`)
  const script = join(workDir, `rotate-${stamp}.lua`)
  const headerLines = Object.entries(headers)
    .map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
    .join('\n')
  writeFileSync(
    script,
    `local paths = {}
for line in io.lines(${JSON.stringify(listFile)}) do paths[#paths + 1] = line end
local i = math.random(#paths)
${headerLines}
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("VISTKA_LATENCY_US %d %d %d\\n", latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
`,
  )
  return script
}

/** Runs wrk (one thread: the other core is the server's) against the paths for a fixed time and reads its report. */
export async function runWrk(spec: LoadSpec): Promise<LoadResult> {
  const script = rotationScript(spec.paths, spec.headers ?? {}, spec.workDir)
  const args = ['-t1', `-c${spec.connections}`, `-d${spec.seconds}s`, '--timeout', '5s', '-s', script, spec.base]
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', args)
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
    })
    child.stderr.on('data', (d) => {
      out += d
    })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk exited ${code}:\n${out}`))))
  })
  const [p50, p95, p99] = (output.match(/VISTKA_LATENCY_US (\d+) (\d+) (\d+)/)?.slice(1) ?? []).map((us) => Number(us) / 1000)
  const rps = Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN)
  const requests = Number(output.match(/(\d+) requests in/)?.[1] ?? 0)
  const non2xx = Number(output.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0)
  const socket = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)
  const socketErrors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0
  return {
    requestsPerSecond: rps,
    p50ms: p50 ?? Number.NaN,
    p95ms: p95 ?? Number.NaN,
    p99ms: p99 ?? Number.NaN,
    requests,
    errors: non2xx + socketErrors,
  }
}
