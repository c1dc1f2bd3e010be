import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { startServerProcess } from '../testing/server-process.js'

describe('the production start', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('serves from the server built to JavaScript and never loads tsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vistka-built-'))
    dirs.push(dir)
    // A module loader hook that writes down every module the process loads.
    const loaded = join(dir, 'loaded.txt')
    const hooks = join(dir, 'hooks.mjs')
    writeFileSync(
      hooks,
      `import { appendFileSync } from 'node:fs'
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  appendFileSync(${JSON.stringify(loaded)}, result.url + '\\n')
  return result
}`,
    )
    const register = join(dir, 'register.mjs')
    writeFileSync(register, `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hooks).href)})\n`)
    const server = await startServerProcess({
      database: { dialect: 'sqlite', file: join(dir, 'vistka.db') },
      mediaDir: join(dir, 'media'),
      nodeArgs: ['--import', pathToFileURL(register).href],
    })
    try {
      expect((await fetch(`${server.base}/ready`)).status).toBe(200)
      // A search runs on the search thread, whose entry is the built dist/server/search-worker.js.
      const search = await fetch(`${server.base}/search?q=${encodeURIComponent('автобуси')}`)
      expect(search.status).toBe(200)
      expect(await search.text()).toContain('<form class="search search-page"')
    } finally {
      await server.stop()
    }
    const urls = readFileSync(loaded, 'utf8').split('\n')
    expect(urls.some((u) => u.endsWith('/dist/server/vistka.js'))).toBe(true)
    expect(urls.filter((u) => u.includes('/node_modules/tsx/'))).toEqual([])
    expect(urls.filter((u) => /\/src\/.*\.tsx?$/.test(u))).toEqual([])
    // ASCII only (server-build.js asciiOnly): one character above Latin-1 makes V8 hold the whole
    // source as a two-byte string, twice its size in every process's heap.
    for (const bundle of ['vistka.js', 'search-worker.js']) {
      const bytes = readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'server', bundle))
      expect(
        bytes.findIndex((b) => b > 0x7f),
        bundle,
      ).toBe(-1)
    }
  })

  it('writes the bundle in ASCII without changing what its patterns, strings and names mean', async () => {
    // Plain JavaScript with no types (bin/ runs before anything compiles TypeScript): imported by a path TypeScript does not follow.
    const build: string = '../../bin/server-build.js'
    const { asciiOnly } = (await import(build)) as { asciiOnly: (text: string) => string }
    const tick = '`'
    const source = String.raw`return [
      /['’ʼ]/gu.test('п’ять'), /[её]/iu.test('САМОЛЁТ'), /a\’b/.test('a’b'), /x\\’/.test('x\\’'),
      'Київ'.length, ${tick}ґ${tick}, /😀/u.test('😀'), /\p{L}ї/u.test('її'),
    ] // коментар`
    const converted = asciiOnly(source)
    expect([...converted].every((c) => c.charCodeAt(0) < 0x80)).toBe(true)
    expect(new Function(converted)()).toEqual(new Function(source)())
    expect(new Function(source)()).toEqual([true, true, true, true, 4, 'ґ', true, true])
  })
})
