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
