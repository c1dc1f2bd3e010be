import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

interface ManifestChunk {
  file: string
  imports?: string[]
  dynamicImports?: string[]
  isEntry?: boolean
}
type Manifest = Record<string, ManifestChunk>

/** The JS files a browser loads for an entry or lazy chunk: the chunk and everything it imports statically. */
function jsFiles(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const imported of chunk.imports ?? []) jsFiles(manifest, imported, seen)
  return seen
}

/**
 * Gzipped JS bytes of the app's first screen (sign-in, desk) and of the editor route (first screen
 * plus the lazily loaded editor), measured from the build in `dist`.
 */
export function newsroomBundleSizes(dist: string): { firstScreen: number; editorRoute: number } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry) as string
  const editor = manifest[entry]?.dynamicImports?.find((k) => k.endsWith('StoryEditor.tsx'))
  if (!editor) throw new Error('The build has no lazily loaded StoryEditor chunk')
  const gz = (files: Set<string>) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0)
  const first = jsFiles(manifest, entry)
  return { firstScreen: gz(first), editorRoute: gz(jsFiles(manifest, editor, new Set(first))) }
}
