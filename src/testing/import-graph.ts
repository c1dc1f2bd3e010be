import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..', '..')

export interface SourceFile {
  /** Path from the repository root, with forward slashes: `src/stories/story.service.ts`. */
  path: string
  text: string
  /** What it imports from our own code, as repository paths (extensions as written, `.js` → `.ts`). */
  imports: string[]
}

const SOURCE = /\.(ts|tsx)$/
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : walk(path)
    return SOURCE.test(entry.name) ? [path] : []
  })
}

/** Every TypeScript file below `folders` (repository-relative) that is product code, not a test. */
export function sourceFiles(folders: string[]): SourceFile[] {
  return folders.flatMap((folder) =>
    walk(join(ROOT, folder))
      .filter((file) => !/\.test\.tsx?$/.test(file) && !file.includes('/src/testing/'))
      .map((file) => {
        const text = readFileSync(file, 'utf8')
        const imports = [...text.matchAll(IMPORT)].map((m) => {
          const target = resolve(dirname(file), (m[1] ?? m[2]) as string).replace(/\.js$/, '.ts')
          return relative(ROOT, target).split('\\').join('/')
        })
        return { path: relative(ROOT, file).split('\\').join('/'), text, imports }
      }),
  )
}

/** The folder of `src/` a path is in (`stories`), or the file itself for top-level files (`app.ts`). */
export const areaOf = (path: string): string => {
  const parts = path.split('/')
  return (parts[0] === 'src' ? parts[1] : parts[0]) as string
}
