import { spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServerProcess } from '../testing/server-process.js'
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js'
import { createLogDestination } from './log-destination.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe('the log destination', () => {
  it('drops lines it cannot write (ENOSPC) instead of throwing, and writes whole lines otherwise', () => {
    const full = createLogDestination(openSync('/dev/full', 'w'))
    for (let i = 0; i < 5; i++) expect(() => full.write('{"msg":"x"}\n')).not.toThrow()
    expect(full.dropped).toBe(5)

    const dir = mkdtempSync(join(tmpdir(), 'vistka-log-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const file = join(dir, 'log')
    const fd = openSync(file, 'a')
    const fine = createLogDestination(fd)
    fine.write('first\n')
    expect(readFileSync(file, 'utf8')).toBe('first\n')
  })

  it('writes the lines of a turn of the event loop in one batch, in order, and a warning at once after them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vistka-log-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const file = join(dir, 'log')
    const log = createLogDestination(openSync(file, 'a'))
    cleanups.push(() => log.close())
    const info = (n: number) => `{"level":30,"msg":"request ${n}"}\n`
    log.write(info(1))
    log.write(info(2))
    expect(readFileSync(file, 'utf8')).toBe('')
    await new Promise((resolve) => setImmediate(resolve))
    expect(readFileSync(file, 'utf8')).toBe(info(1) + info(2))
    log.write(info(3))
    const warning = '{"level":50,"msg":"failed"}\n'
    log.write(warning)
    expect(readFileSync(file, 'utf8')).toBe(info(1) + info(2) + info(3) + warning)
    // A long burst goes out without waiting for the turn to end.
    const burst = Array.from({ length: 3000 }, (_, i) => info(100 + i))
    for (const line of burst) log.write(line)
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan((info(1) + info(2) + info(3) + warning).length)
    await new Promise((resolve) => setImmediate(resolve))
    expect(readFileSync(file, 'utf8')).toBe(info(1) + info(2) + info(3) + warning + burst.join(''))
  })

  it('writes what waits when it is closed, and nothing after', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vistka-log-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const file = join(dir, 'log')
    const log = createLogDestination(openSync(file, 'a'))
    log.write('{"level":30,"msg":"last request"}\n')
    expect(readFileSync(file, 'utf8')).toBe('')
    log.close()
    expect(readFileSync(file, 'utf8')).toBe('{"level":30,"msg":"last request"}\n')
    // The turn's scheduled flush finds nothing more to write.
    await new Promise((resolve) => setImmediate(resolve))
    expect(readFileSync(file, 'utf8')).toBe('{"level":30,"msg":"last request"}\n')
  })

  it('writes the lines still waiting when the process exits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vistka-log-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const file = join(dir, 'log')
    const script = `
      import { openSync } from 'node:fs'
      import { createLogDestination } from ${JSON.stringify(new URL('./log-destination.ts', import.meta.url).href)}
      const log = createLogDestination(openSync(${JSON.stringify(file)}, 'a'))
      log.write('{"level":30,"msg":"last words"}\\n')
      process.exit(3)`
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(3)
    expect(readFileSync(file, 'utf8')).toBe('{"level":30,"msg":"last words"}\n')
  })

  it('keeps a server answering every request when its log is on a disk that takes nothing more', async () => {
    let database: TestDatabase | undefined = await createTestDatabase('sqlite')
    const mediaDir = mkdtempSync(join(tmpdir(), 'vistka-media-'))
    // Every write to /dev/full fails with ENOSPC, as a log file on a full disk does.
    const server = await startServerProcess({ database: database.location, mediaDir, logFile: '/dev/full', env: { LOG_LEVEL: 'info' } })
    cleanups.push(async () => {
      await server.stop()
      await database?.close()
      database = undefined
      rmSync(mediaDir, { recursive: true, force: true })
    })
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => fetch(`${server.base}/${i % 2 ? '' : 'no-such-page'}`).then((r) => r.status)),
    )
    expect(statuses.filter((s) => s !== 200 && s !== 404)).toEqual([])
    expect(server.running()).toBe(true)
  })
})
