import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PROJECT_ROOT } from '../project-root.js'

/** The app's sources (newsroom/) and where Vite writes the build (newsroom/dist/). */
export const NEWSROOM_ROOT = join(PROJECT_ROOT, 'newsroom')
export const NEWSROOM_DIST = join(NEWSROOM_ROOT, 'dist')

/** Everything a build depends on: the app's sources, its Vite config and the installed packages. */
function newestSourceTime(): number {
  const files = [
    join(NEWSROOM_ROOT, 'index.html'),
    join(NEWSROOM_ROOT, 'vite.config.ts'),
    resolve(NEWSROOM_ROOT, '..', 'package-lock.json'),
  ]
  for (const entry of readdirSync(join(NEWSROOM_ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(join(entry.parentPath, entry.name))
  }
  return Math.max(...files.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs))
}

/** Whether newsroom/dist holds a build at least as new as every source file. */
export function newsroomBuildIsCurrent(): boolean {
  const index = join(NEWSROOM_DIST, 'index.html')
  return existsSync(index) && statSync(index).mtimeMs >= newestSourceTime()
}

/**
 * Builds the app with Vite when its build is missing or older than its sources, so that
 * `npm start` and `npm test` on a fresh clone serve a working newsroom without a separate step
 * (docs/decisions/009-newsroom-build.md). Vite is a dev dependency: it is loaded only when needed.
 */
export async function ensureNewsroomBuilt(): Promise<'current' | 'built'> {
  if (newsroomBuildIsCurrent()) return 'current'
  await buildNewsroom()
  return 'built'
}

/**
 * Runs Vite's production build. Vite decides "production" from NODE_ENV, which Vitest sets to
 * "test" (that bundled React's development build, and JSX compiled for it), so it is set for the
 * build and put back after.
 */
export async function buildNewsroom(): Promise<void> {
  let vite: typeof import('vite')
  try {
    vite = await import('vite')
  } catch {
    throw new Error(
      'The newsroom app is not built and Vite is not installed: run `npm ci` (with dev dependencies) and `npm run build:newsroom`.',
    )
  }
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await vite.build({ configFile: join(NEWSROOM_ROOT, 'vite.config.ts'), root: NEWSROOM_ROOT, mode: 'production', logLevel: 'warn' })
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}
