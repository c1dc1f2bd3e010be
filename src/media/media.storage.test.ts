import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createLocalStorage, STALE_SPOOL_MS } from './media.storage.js'
import { filesIn } from './media.test-support.js'

describe('local media storage', () => {
  const root = mkdtempSync(join(tmpdir(), 'vistka-storage-'))
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('sweeps uploads a dead process left half-spooled, and keeps those still arriving', async () => {
    const storage = createLocalStorage(root)
    const spool = dirname(await storage.spoolPath())
    writeFileSync(join(spool, 'left-by-a-crash.upload'), 'half a picture')
    const old = (Date.now() - STALE_SPOOL_MS - 60_000) / 1000
    utimesSync(join(spool, 'left-by-a-crash.upload'), old, old)
    writeFileSync(join(spool, 'arriving.upload'), 'a picture on its way')
    const next = await storage.spoolPath()
    expect(filesIn(root).map((f) => basename(f))).toEqual(['arriving.upload'])
    expect(dirname(next)).toBe(spool)
  })
})
