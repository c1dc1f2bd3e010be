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

/** What the bundle leaves to Node's own loading (see buildServer). */
const EXTERNAL = ['better-sqlite3', '@node-rs/argon2', 'sharp', 'pg', 'pg-native', '@aws-sdk/*', 'saxes', 'vite', 'esbuild', 'tsx']

/**
 * Bundles src/cli.ts with esbuild: our code and the pure JavaScript packages in one file (and the
 * search thread's in another); native addons and the packages in EXTERNAL left to Node. Written
 * beside the target and renamed into place, so processes starting together never load a
 * half-written file.
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
      // Packages are bundled too: Node resolving, reading and compiling ~1,000 files of kysely, zod,
      // fastify and the rest took ~300 ms of each start (issue 20: start-up under a second).
      // Left to Node: native addons, the newsroom's build tools, and the packages loaded on first
      // use by createRequire (src/packages-on-use.ts), which esbuild does not follow anyway.
      external: EXTERNAL,
      // Bundled CommonJS packages require Node's own modules: give the ES module a `require`.
      banner: { js: "import { createRequire as __vistkaRequire } from 'node:module'; const require = __vistkaRequire(import.meta.url);" },
      tsconfig: join(ROOT, 'tsconfig.json'),
      sourcemap: 'linked',
      // Stack traces name src/ files and lines; the sources' text would make a ~9 MB map Node reads at each start.
      sourcesContent: false,
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
      writeFileSync(temporary, file.path.endsWith('.js') ? asciiOnly(file.text) : file.contents)
      renameSync(temporary, file.path)
    }
  }
}

/**
 * The bundle with every character above ASCII written as a \u escape. esbuild escapes them in
 * strings but leaves them in regular expressions (our Cyrillic and apostrophe patterns): ~240 of
 * them made the whole 5.5 MB source a two-byte string in V8, 11 MB of each process's heap for as
 * long as it runs (it keeps the source to compile functions on first call). An escape means the
 * same character in a regular expression, a string, a comment or a name; a character already
 * escaped by a backslash (`\’` in a pattern) keeps that one backslash. Only the columns of those
 * few lines move in stack traces.
 */
export function asciiOnly(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) => {
    const escaped = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
    // An odd number of backslashes escapes the character itself: the escape takes that one's place.
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escaped
  })
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
