import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface LoadResult {
  requestsPerSecond: number
  p50ms: number
  p99ms: number
  requests: number
  /** Non-2xx/3xx responses plus socket errors: any is a failure of the run. */
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

/** A wrk Lua script that walks the paths in turn (each wrk connection from a different offset). */
function rotationScript(paths: readonly string[], headers: Record<string, string>, workDir: string): string {
  const listFile = join(workDir, `paths-${process.pid}-${Date.now()}.txt`)
  writeFileSync(listFile, `${paths.join('\n')}\n`)
  const script = join(workDir, `rotate-${process.pid}-${Date.now()}.lua`)
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
`,
  )
  return script
}

const toMs = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? Number.NaN)

/** Runs wrk against the paths for a fixed time and reads its report. */
export async function runWrk(spec: LoadSpec): Promise<LoadResult> {
  const script = rotationScript(spec.paths, spec.headers ?? {}, spec.workDir)
  const args = ['-t1', `-c${spec.connections}`, `-d${spec.seconds}s`, '--latency', '-s', script, spec.base]
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
  const latency = (pct: string) => {
    const m = output.match(new RegExp(`^\\s*${pct}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm'))
    return m ? toMs(m[1] as string, m[2] as string) : Number.NaN
  }
  const rps = Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN)
  const requests = Number(output.match(/(\d+) requests in/)?.[1] ?? 0)
  const non2xx = Number(output.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0)
  const socket = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)
  const socketErrors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0
  return { requestsPerSecond: rps, p50ms: latency('50'), p99ms: latency('99'), requests, errors: non2xx + socketErrors }
}
