import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from './db/database.js'
import { migrateToLatest } from './db/migrate.js'
import { migrationProvider } from './db/migrations/index.js'
import { systemClock } from './db/time.js'
import { createEventBus } from './events.js'
import { createLocalStorage } from './media/media.storage.js'
import { createServices } from './services.js'
import { systemActor } from './shared/roles.js'
import { runVistka } from './testing/server-process.js'

const BIN = join(import.meta.dirname, '..', 'bin', 'vistka.js')
const dir = mkdtempSync(join(tmpdir(), 'vistka-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
const freshDb = () => `sqlite:${join(dir, `cli-${++n}.db`)}`

const vistka = (args: string[], env: Record<string, string> = {}, stdin?: string) =>
  runVistka(args, { MEDIA_DIR: join(dir, 'media'), ...env }, stdin)

describe('the vistka command line', () => {
  it('says what each command does with --help', async () => {
    const main = await vistka(['--help'])
    expect(main.code).toBe(0)
    for (const command of ['start', 'serve', 'migrate', 'seed-demo', 'user add', 'reindex', 'import'])
      expect(main.stdout).toContain(command)
    for (const command of [['start'], ['serve'], ['migrate'], ['seed-demo'], ['user', 'add'], ['user'], ['reindex']]) {
      const res = await vistka([...command, '--help'])
      expect(res.code, command.join(' ')).toBe(0)
      expect(res.stdout).toMatch(new RegExp(`^Usage: vistka ${command[0]}`))
    }
  })

  it('exits non-zero with a clear message on a bad command, flag or argument', async () => {
    expect(await vistka([])).toMatchObject({ code: 2 })
    const unknown = await vistka(['publish'])
    expect(unknown).toMatchObject({ code: 2 })
    expect(unknown.stderr).toContain(
      "vistka: unknown command 'publish'. Commands: start, serve, migrate, seed-demo, reindex, media, import, user.",
    )
    const flag = await vistka(['migrate', '--force'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/Unknown option '--force'[\s\S]*Run 'vistka migrate --help' for usage/)
    const stray = await vistka(['migrate', 'now'])
    expect(stray.code).toBe(2)
    expect(stray.stderr).toContain("Unexpected argument 'now'")
    const sub = await vistka(['user', 'remove'])
    expect(sub.code).toBe(2)
    expect(sub.stderr).toContain("unknown subcommand 'user remove'")
  })

  it('refuses a bad configuration, naming the variable', async () => {
    const res = await vistka(['migrate'], { PORT: 'abc', DATABASE_URL: freshDb() })
    expect(res.code).toBe(78)
    expect(res.stderr).toContain('PORT: PORT must be a whole number between 1 and 65535, e.g. PORT=3000 (got "abc")')
  })

  it('migrates a new database once', async () => {
    const db = freshDb()
    const first = await vistka(['migrate'], { DATABASE_URL: db })
    expect(first.code).toBe(0)
    const all = Object.keys(await migrationProvider.getMigrations())
    expect(first.stdout).toContain(`Applied ${all.length} migration(s)`)
    expect(first.stdout).toContain(all.at(-1))
    expect(await vistka(['migrate'], { DATABASE_URL: db })).toMatchObject({ code: 0, stdout: 'The database is up to date.\n' })
  })

  it('adds a user with a password from a file or stdin, and refuses bad input', async () => {
    const db = freshDb()
    const passwordFile = join(dir, 'password.txt')
    writeFileSync(passwordFile, 'a long enough password\n')
    const args = ['user', 'add', '--email', 'ed@example.org', '--name', 'Ed', '--role', 'editor']
    const ok = await vistka([...args, '--password-file', passwordFile], { DATABASE_URL: db })
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/^Created editor ed@example.org \([0-9a-z]{12}\)\.$/m)
    const fromStdin = await vistka(
      ['user', 'add', '--email', 'tr@example.org', '--name', 'Tr', '--role', 'translator', '--locales', 'en,ru', '--password-file', '-'],
      { DATABASE_URL: db },
      'another long password\n',
    )
    expect(fromStdin.code).toBe(0)

    const again = await vistka([...args, '--password-file', passwordFile], { DATABASE_URL: db })
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('A user with the email ed@example.org already exists.')
    const role = await vistka(
      ['user', 'add', '--email', 'x@example.org', '--name', 'X', '--role', 'boss', '--password-file', passwordFile],
      { DATABASE_URL: db },
    )
    expect(role.stderr).toContain('“boss” is not a role. Roles: admin, editor, author, translator, contributor.')
    const missing = await vistka(['user', 'add', '--name', 'X'], { DATABASE_URL: db })
    expect(missing).toMatchObject({ code: 2 })
    expect(missing.stderr).toContain('missing --email, --role.')
    const noTty = await vistka(['user', 'add', '--email', 'y@example.org', '--name', 'Y', '--role', 'author'], { DATABASE_URL: db })
    expect(noTty.stderr).toContain('No terminal to ask for a password: pass --password-file')

    const database = openDatabase({ dialect: 'sqlite', file: db.slice('sqlite:'.length) })
    const users = await database.db.selectFrom('users').select(['email', 'role', 'locales']).orderBy('email').execute()
    await database.close()
    expect(users).toEqual([
      { email: 'ed@example.org', role: 'editor', locales: '' },
      { email: 'tr@example.org', role: 'translator', locales: 'en,ru' },
    ])
  })

  it('asks for the password twice at a terminal prompt', async () => {
    const db = freshDb()
    const command = `${process.execPath} ${BIN} user add --email prompt@example.org --name P --role author`
    // script(1) gives the command a terminal, as a person at a shell would have.
    const child = spawn('script', ['-qc', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: db, MEDIA_DIR: join(dir, 'media'), LOG_LEVEL: 'warn' },
    })
    let output = ''
    const answered = new Set<string>()
    child.stdout.on('data', (d) => {
      output += d
      for (const prompt of ['Password: ', 'Repeat password: ']) {
        if (output.includes(prompt) && !answered.has(prompt)) {
          answered.add(prompt)
          child.stdin.write('typed at a prompt\r')
        }
      }
    })
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(output).toMatch(/Created author prompt@example.org/)
    expect(output).not.toContain('typed at a prompt')
  })

  it('seeds the demo only into an empty database, and only with Ukrainian enabled', async () => {
    const db = freshDb()
    const passwordFile = join(dir, 'password2.txt')
    writeFileSync(passwordFile, 'a long enough password\n')
    await vistka(['user', 'add', '--email', 'a@example.org', '--name', 'A', '--role', 'admin', '--password-file', passwordFile], {
      DATABASE_URL: db,
    })
    const full = await vistka(['seed-demo'], { DATABASE_URL: db })
    expect(full.code).toBe(2)
    expect(full.stderr).toContain('The database already has content')
    const english = await vistka(['seed-demo'], { DATABASE_URL: freshDb(), LOCALES: 'en,ru' })
    expect(english.code).toBe(2)
    expect(english.stderr).toContain('needs uk among LOCALES')
  })

  it('rebuilds the search index with a progress report, and refuses a bad batch size', async () => {
    const file = join(dir, `cli-${++n}.db`)
    const database = openDatabase({ dialect: 'sqlite', file })
    try {
      await migrateToLatest(database.db)
      const services = createServices({
        db: database.db,
        events: createEventBus(),
        site: { locales: ['uk', 'en', 'ru'], defaultLocale: 'uk' },
        clock: systemClock,
        storage: createLocalStorage(join(dir, 'media')),
      })
      await services.searchIndex.settled()
      for (const headline of ['Вибори до ради', 'Вибори мера']) {
        const { versions } = await services.stories.createStory({ locale: 'uk', headline }, systemActor)
        await services.stories.transition(versions[0]!.id, { to: 'published' }, systemActor)
      }
      await services.searchIndex.settled()
      await sql`DELETE FROM search_rows`.execute(database.db) // as if the index were lost
      const find = async () => {
        const outcome = await services.search.search({ q: 'вибори', locales: ['uk'], limit: 10 })
        return outcome.kind === 'results' ? outcome.results.length : -1
      }
      expect(await find()).toBe(0)
      const res = await vistka(['reindex', '--batch-size', '1'], { DATABASE_URL: `sqlite:${file}` })
      expect(res.code, res.stderr).toBe(0)
      expect(res.stderr).toContain('Reindexing stories: 2/2 (100%)')
      expect(res.stdout).toMatch(/^Reindexed 2 stories in \d+\.\d s\.$/m)
      expect(await find()).toBe(2)
    } finally {
      await database.close()
    }
    for (const bad of ['0', 'many', '9999']) {
      const res = await vistka(['reindex', '--batch-size', bad], { DATABASE_URL: freshDb() })
      expect(res.code).toBe(2)
      expect(res.stderr).toContain('--batch-size must be a whole number from 1 to 5000')
    }
  })

  it('refuses to seed demo accounts in production', async () => {
    const res = await vistka(['seed-demo'], { DATABASE_URL: freshDb(), NODE_ENV: 'production' })
    expect(res.code).toBe(2)
    expect(res.stderr).toContain('Refusing to seed demo content and accounts with NODE_ENV=production.')
  })

  it('starts in production without creating demo content or accounts', async () => {
    const db = freshDb()
    const child = spawn(process.execPath, [BIN, 'start'], {
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: db,
        MEDIA_DIR: join(dir, 'media'),
        NODE_ENV: 'production',
        PORT: String(40_000 + Math.floor(Math.random() * 20_000)),
        LOG_LEVEL: 'warn',
      },
    })
    let stderr = ''
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (d) => {
        stderr += d
        if (stderr.includes('Vistka is running')) resolve()
      })
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)))
    })
    child.kill('SIGTERM')
    await new Promise((resolve) => child.on('exit', resolve))
    expect(stderr).not.toContain('Demo accounts')
    const database = openDatabase({ dialect: 'sqlite', file: db.slice('sqlite:'.length) })
    const counts = await Promise.all([
      database.db.selectFrom('users').select('id').execute(),
      database.db.selectFrom('stories').select('id').execute(),
    ])
    await database.close()
    expect(counts.map((rows) => rows.length)).toEqual([0, 0])
  })

  it('runs with its memory budget when started as a program, as npm start and npx do', async () => {
    // The budget is the file's first line (env -S): a preload writes what the process got.
    const report = join(dir, 'budget.json')
    const preload = join(dir, 'budget.cjs')
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify({ heapMb: require('node:v8').getHeapStatistics().heap_size_limit / 1048576, arenas: process.env.MALLOC_ARENA_MAX })))`,
    )
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(BIN, ['--help'], { env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: `--require ${preload}` }, stdio: 'ignore' })
      child.on('close', resolve)
    })
    expect(code).toBe(0)
    const got = JSON.parse(readFileSync(report, 'utf8')) as { heapMb: number; arenas?: string }
    // 192 MB of old generation and the young one's semi-spaces; V8's own default here is gigabytes.
    expect(got.heapMb).toBeGreaterThan(192)
    expect(got.heapMb).toBeLessThan(256)
    expect(got.arenas).toBe('2')
    // `npm start` must run the file as a program: `node bin/vistka.js` would not read its first line.
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { scripts: { start: string } }
    expect(pkg.scripts.start).toMatch(/^bin\/vistka\.js /)
  })
})
