// Builds the server (src/) into one JavaScript file, dist/server/vistka.js, so a production start
// runs plain JavaScript instead of compiling TypeScript on the fly. Like the newsroom app, it is
// built when missing or older than its sources: `npm ci && npm start` needs no separate step.
// See docs/decisions/015-built-server.md. Plain JavaScript, because it runs before anything can
// compile TypeScript.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
export const SERVER_BUILD = join(ROOT, 'dist', 'server', 'vistka.js')
const SEARCH_WORKER_BUILD = join(ROOT, 'dist', 'server', 'search-worker.js')

/** Everything the build depends on: the sources, this script, the TypeScript settings and the installed packages. */
function newestSourceTime() {
  const files = [join(ROOT, 'package-lock.json'), join(ROOT, 'tsconfig.json'), import.meta.filename]
  for (const entry of readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.tsx?$/.test(entry.name)) files.push(join(entry.parentPath, entry.name))
  }
  return Math.max(...files.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs))
}

export function serverBuildIsCurrent() {
  return existsSync(SERVER_BUILD) && statSync(SERVER_BUILD).mtimeMs >= newestSourceTime()
}

/**
 * Bundles src/cli.ts with esbuild: our code in one file (and the search thread's in another), every package left
 * to Node. Written beside the target and renamed into place, so processes starting together
 * never load a half-written file.
 */
export async function buildServer() {
  const { build } = await import('esbuild')
  const bundle = (entry, outfile) =>
    build({
      entryPoints: [join(ROOT, 'src', entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      tsconfig: join(ROOT, 'tsconfig.json'),
      sourcemap: 'linked',
      write: false,
      logLevel: 'warning',
    })
  // The search thread's own small bundle (src/search/search-gate.ts), first: the server's bundle
  // being current means the thread's is there too.
  const results = [await bundle('search/search-worker.ts', SEARCH_WORKER_BUILD), await bundle('cli.ts', SERVER_BUILD)]
  mkdirSync(dirname(SERVER_BUILD), { recursive: true })
  for (const result of results) {
    // The map first: a process that sees the new bundle finds its map.
    const ordered = [...result.outputFiles].sort((a, b) => Number(b.path.endsWith('.map')) - Number(a.path.endsWith('.map')))
    for (const file of ordered) {
      const temporary = `${file.path}.${process.pid}.tmp`
      writeFileSync(temporary, file.contents)
      renameSync(temporary, file.path)
    }
  }
}

/** The built server, built first if stale; undefined when it can't be built here (no esbuild). */
export async function ensureServerBuilt() {
  if (serverBuildIsCurrent()) return SERVER_BUILD
  try {
    await buildServer()
  } catch (err) {
    if (err && typeof err === 'object' && 'code' in err && err.code === 'ERR_MODULE_NOT_FOUND') return undefined
    throw err
  }
  return SERVER_BUILD
}

// `node bin/server-build.js` (npm run build:server) builds whatever its age.
if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) await buildServer()
