import { areaOf, type SourceFile } from './import-graph.js'

/** Folders that hold the newsroom's domain: its tables, rules and admin routes. */
const DOMAINS = new Set(['stories', 'translations', 'media', 'taxonomy', 'users', 'search', 'jobs', 'redirects'])
/** What sits on top of the domains and may not be imported by them. */
const ON_TOP = new Set([
  'site',
  'feeds',
  'content-api',
  'webhooks',
  'cdn',
  'wordpress',
  'newsroom',
  'cli',
  'demo',
  'app.ts',
  'services.ts',
  'cli.ts',
])

const sorted = (list: Iterable<string>) => [...new Set(list)].sort()

export function domainImportsOfTheTop(files: SourceFile[]): string[] {
  return sorted(
    files
      .filter((f) => DOMAINS.has(areaOf(f.path)))
      .flatMap((f) => f.imports.filter((i) => ON_TOP.has(areaOf(i))).map((i) => `${f.path} -> ${i}`)),
  )
}

export function httpImportsOutsideRoutes(files: SourceFile[]): string[] {
  return sorted(
    files
      .filter((f) => DOMAINS.has(areaOf(f.path)) && !f.path.endsWith('.routes.ts'))
      .flatMap((f) => f.imports.filter((i) => areaOf(i) === 'http').map((i) => `${f.path} -> ${i}`)),
  )
}

/**
 * Pairs of folders that import each other. Aside: `db/schema.ts`, which gathers every folder's
 * table types, and a domain's routes using http/ helpers (allowed above; http/ mounts the routes).
 */
export function foldersImportingEachOther(files: SourceFile[]): string[] {
  const edges = new Set<string>()
  for (const f of files) {
    for (const i of f.imports) {
      const [from, to] = [areaOf(f.path), areaOf(i)]
      const aside = i === 'src/db/schema.ts' || f.path === 'src/db/schema.ts' || (f.path.endsWith('.routes.ts') && to === 'http')
      if (from !== to && !aside) edges.add(`${from} <-> ${to}`)
    }
  }
  return sorted(
    [...edges].filter((e) => edges.has(e.split(' <-> ').reverse().join(' <-> '))).map((e) => e.split(' <-> ').sort().join(' <-> ')),
  )
}

const QUERY = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto)\(|\bsql`/
/** Files that run SQL but are not a repository, a search back end, a migration or the database module. */
export function queriesOutsideRepositories(files: SourceFile[]): string[] {
  return sorted(
    files
      .filter((f) => QUERY.test(f.text))
      .filter((f) => !/\.repository\.ts$|-backend\.ts$|^src\/db\//.test(f.path))
      .map((f) => f.path),
  )
}

/** The newsroom app's imports of the server other than the shared module (src/shared/). */
export function appImportsOfTheServer(files: SourceFile[]): string[] {
  return sorted(
    files.flatMap((f) => f.imports.filter((i) => i.startsWith('src/') && !i.startsWith('src/shared/')).map((i) => `${f.path} -> ${i}`)),
  )
}

/** The shared module's imports of anything outside itself: it must depend on nothing of ours. */
export function sharedImportsOutside(files: SourceFile[]): string[] {
  return sorted(
    files
      .filter((f) => f.path.startsWith('src/shared/'))
      .flatMap((f) => f.imports.filter((i) => !i.startsWith('src/shared/')).map((i) => `${f.path} -> ${i}`)),
  )
}
