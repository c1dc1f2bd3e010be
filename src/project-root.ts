import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The folder holding our package.json, where `newsroom/` and `src/site/assets/` are found —
 * whether this module runs from `src/` (through tsx, in tests) or bundled into `dist/server/`.
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`)
  }
}

export const PROJECT_ROOT = findProjectRoot(import.meta.dirname)
