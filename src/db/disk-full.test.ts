import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { makeAccount, startServerProcess } from '../testing/server-process.js'
import { openDatabase } from './database.js'

/** A small tmpfs the test can fill: only root may mount one; elsewhere the test says why it didn't run. */
function mountSmallDisk(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'vistka-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', dir], { stdio: 'ignore' })
    return dir
  } catch {
    rmSync(dir, { recursive: true, force: true })
    return undefined
  }
}

/** Writes a file until the disk refuses (ENOSPC). */
function fill(file: string): void {
  const chunk = Buffer.alloc(64 * 1024, 1)
  const parts: Buffer[] = []
  try {
    for (;;) {
      parts.push(chunk)
      writeFileSync(file, Buffer.concat(parts))
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err
  }
  // The last write failed part-way: keep what fitted, then top up byte-sized crumbs to the brim.
  for (let size = 4096; size >= 1; size /= 2) {
    try {
      for (;;) writeFileSync(`${file}-${size}-${parts.length++}`, Buffer.alloc(size))
    } catch {}
  }
}

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})
const canMount = (() => {
  const probe = mountSmallDisk()
  if (!probe) {
    console.warn('[vistka] disk-full tests skipped: mounting a tmpfs needs root')
    return false
  }
  execFileSync('umount', [probe])
  rmSync(probe, { recursive: true, force: true })
  return true
})()

const png = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#456' } })
    .png()
    .toBuffer()

// Logs on the same disk: SQLite frees what a failed write had taken, so most log lines still fit
// here; a log that cannot be written at all is tested with /dev/full in src/http/log-destination.test.ts.
describe.skipIf(!canMount).each(['on the full disk', 'elsewhere'])('a full disk, with logs %s', (logs) => {
  it('answers writes with 507, keeps serving reads, never crashes, and works again once there is space', async () => {
    const root = mountSmallDisk() as string
    cleanups.push(() => {
      execFileSync('umount', [root])
      rmSync(root, { recursive: true, force: true })
    })
    mkdirSync(join(root, 'media'), { recursive: true })
    const file = join(root, 'vistka.db')
    copyFileSync(inject('sqliteTemplate'), file)
    const database = openDatabase({ dialect: 'sqlite', file })
    const account = await makeAccount(database, 'editor')
    await database.close()
    const logFile = logs === 'on the full disk' ? join(root, 'server.log') : undefined
    const server = await startServerProcess({
      database: { dialect: 'sqlite', file },
      mediaDir: join(root, 'media'),
      ...(logFile && { logFile }),
    })
    cleanups.push(() => server.stop()) // runs before the unmount: cleanups run in reverse
    const call = await server.signIn(account.email, account.password)
    expect((await call('POST', '/stories', { locale: 'uk', headline: 'До заповнення' })).status).toBe(201)

    fill(join(root, 'filler'))
    // Enough refusals that their log lines overflow what little the log file's last page had left.
    for (let i = 0; i < 12; i++) {
      const write = await call('POST', '/stories', { locale: 'uk', headline: `Не влізла ${i}`, lead: 'x'.repeat(900) })
      expect(write.status, JSON.stringify(await write.json())).toBe(507)
      expect((await write.json()).error.code).toBe('storage_full')
    }
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'a.png')
    const upload = await call('POST', '/media', undefined, form)
    expect(upload.status).toBe(507)
    expect((await call('GET', '/story-versions')).status).toBe(200)
    expect((await fetch(`${server.base}/`)).status).toBe(200)
    expect(server.running()).toBe(true)

    execFileSync('sh', ['-c', `rm -f ${join(root, 'filler')}*`])
    expect((await call('POST', '/stories', { locale: 'uk', headline: 'Після звільнення' })).status).toBe(201)
    const { items } = await (await call('GET', '/story-versions')).json()
    expect(items.map((v: { headline: string }) => v.headline).sort()).toEqual(['До заповнення', 'Після звільнення'])
    expect(server.output()).toMatch(/"code":"SQLITE_FULL".*disk full; answered 507|dropped \d+ log lines: ENOSPC/)
  })
})
