import { resolve } from 'node:path'
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { servicesFor } from './cli/cli-services.js'
import { runWordPressImport } from './cli/import-wordpress.js'
import { CliError, promptPassword, readPasswordFile } from './cli/password-prompt.js'
import { createProgress } from './cli/progress.js'
import { seedDemoInto } from './cli/seed-demo.js'
import { runServer } from './cli/serve.js'
import { usage } from './cli/usage.js'
import { ConfigError, loadConfig } from './config.js'
import { openDatabase } from './db/database.js'
import { migrateToLatest } from './db/migrate.js'
import { DomainError } from './errors.js'
import { t } from './i18n/messages.js'
import { createLocalStorage } from './media/media.storage.js'
import { copyMediaLibrary } from './media/media-copy.js'
import { createS3Storage } from './media/s3-storage.js'
import { systemActor } from './shared/roles.js'

type Env = Record<string, string | undefined>
type Command = (args: string[], env: Env) => Promise<number>

/** The `vistka` command line. Returns the exit code; the only place that passes process.env on. */
export async function main(argv: string[], env: Env): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    console.log(usage.main)
    return name ? 0 : 2
  }
  const command = COMMANDS[name]
  if (!command) return fail(`unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(', ')}.`, 'vistka --help')
  try {
    return await command(rest, env)
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message)
      return 78 // EX_CONFIG
    }
    if (err instanceof DomainError) return fail(t('en', err.key, err.params), `vistka ${name} --help`)
    if (err instanceof CliError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      return fail((err as Error).message, `vistka ${name} --help`)
    }
    console.error(`vistka ${name} failed:`, err)
    return 1
  }
}

function fail(message: string, help: string): number {
  console.error(`vistka: ${message}\nRun '${help}' for usage.`)
  return 2
}

/** Parses a command's flags strictly: an unknown flag or a stray argument is an error. */
function flags(args: string[], options: NonNullable<ParseArgsConfig['options']>): Record<string, string | boolean | undefined> {
  return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values
}

const COMMANDS: Record<string, Command> = {
  async start(args, env) {
    const opts = flags(args, { 'no-demo': { type: 'boolean' } })
    if (opts.help) return help('start')
    const config = loadConfig(env)
    return runServer(config, { demo: !config.production && !opts['no-demo'] })
  },

  async serve(args, env) {
    if (flags(args, {}).help) return help('serve')
    return runServer(loadConfig(env), { demo: false })
  },

  async migrate(args, env) {
    if (flags(args, {}).help) return help('migrate')
    const config = loadConfig(env)
    const database = openDatabase(config.database)
    try {
      const { applied } = await migrateToLatest(database.db)
      console.log(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}` : 'The database is up to date.')
      return 0
    } finally {
      await database.close()
    }
  },

  async 'seed-demo'(args, env) {
    if (flags(args, {}).help) return help('seed-demo')
    const config = loadConfig(env)
    if (config.production) throw new CliError('Refusing to seed demo content and accounts with NODE_ENV=production.')
    const database = openDatabase(config.database)
    try {
      await migrateToLatest(database.db)
      const outcome = await seedDemoInto(config, database)
      if ('skipped' in outcome) throw new CliError(outcome.message)
      return 0
    } finally {
      await database.close()
    }
  },

  async reindex(args, env) {
    const opts = flags(args, { 'batch-size': { type: 'string' } })
    if (opts.help) return help('reindex')
    const raw = (opts['batch-size'] as string | undefined) ?? '200'
    if (!/^[1-9]\d{0,3}$/.test(raw) || Number(raw) > 5000)
      throw new CliError(`--batch-size must be a whole number from 1 to 5000, not '${raw}'.`)
    const config = loadConfig(env)
    const database = openDatabase(config.database)
    try {
      await migrateToLatest(database.db)
      const services = servicesFor(config, database.db)
      const progress = createProgress('Reindexing stories')
      const started = Date.now()
      const { done } = await services.searchIndex.reindex({
        batchSize: Number(raw),
        onProgress: ({ done, total }) => progress.update(done, total, 'stories'),
      })
      console.log(`Reindexed ${done} stories in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
      return 0
    } finally {
      await database.close()
    }
  },

  async media(args, env) {
    const [sub, ...rest] = args
    if (!sub || sub === '--help' || sub === '-h') {
      console.log(usage.media)
      return sub ? 0 : 2
    }
    if (sub !== 'copy') throw new CliError(`unknown subcommand 'media ${sub}'. Subcommands: copy.`)
    const opts = flags(rest, { to: { type: 'string' } })
    if (opts.help) return help('media')
    const to = opts.to as string | undefined
    if (to !== 's3' && to !== 'local') throw new CliError(`--to must be s3 or local, not '${to ?? ''}'.`)
    const config = loadConfig(env)
    if (!config.s3)
      throw new CliError(
        'media copy needs the bucket: set S3_BUCKET (and S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY as your provider needs).',
      )
    const local = createLocalStorage(resolve(config.mediaDir))
    const bucket = createS3Storage(config.s3, resolve(config.mediaDir))
    const database = openDatabase(config.database)
    try {
      await migrateToLatest(database.db)
      const progress = createProgress(`Copying media to ${to === 's3' ? `bucket ${config.s3.bucket}` : config.mediaDir}`)
      const report = await copyMediaLibrary(database.db, to === 's3' ? local : bucket, to === 's3' ? bucket : local, (done, total) =>
        progress.update(done, total, 'pictures'),
      )
      console.log(`Copied ${report.copied} files of ${report.media} pictures; ${report.skipped} were there already.`)
      if (report.missing.length) {
        console.error(
          `${report.missing.length} files the library names are not in the source:\n  ${report.missing.slice(0, 20).join('\n  ')}`,
        )
        return 1
      }
      if (config.mediaStorage.kind !== to) console.log(`Every file is there. Now set MEDIA_STORAGE=${to} and restart.`)
      return 0
    } finally {
      await database.close()
    }
  },

  async import(args, env) {
    const [kind, ...rest] = args
    if (!kind || kind === '--help' || kind === '-h') {
      console.log(usage.import)
      return kind ? 0 : 2
    }
    if (kind !== 'wordpress') throw new CliError(`unknown import '${kind}'. Imports: wordpress.`)
    const { values: opts, positionals } = parseArgs({
      args: rest,
      options: {
        uploads: { type: 'string' },
        'locale-map': { type: 'string' },
        'default-locale': { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    })
    if (opts.help) return help('import')
    const [file, ...extra] = positionals
    if (!file || extra.length) throw new CliError('give one WordPress export file: vistka import wordpress FILE.xml')
    const config = loadConfig(env)
    return runWordPressImport(config, {
      file,
      uploads: opts.uploads,
      localeMap: opts['locale-map'],
      defaultLocale: opts['default-locale'],
      dryRun: opts['dry-run'] ?? false,
      json: opts.json ?? false,
    })
  },

  async user(args, env) {
    const [sub, ...rest] = args
    if (!sub || sub === '--help' || sub === '-h') {
      console.log(usage.user)
      return sub ? 0 : 2
    }
    if (sub !== 'add') throw new CliError(`unknown subcommand 'user ${sub}'. Subcommands: add.`)
    const opts = flags(rest, {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      locales: { type: 'string' },
      'password-file': { type: 'string' },
    })
    if (opts.help) return help('user')
    const missing = (['email', 'name', 'role'] as const).filter((k) => !opts[k])
    if (missing.length) throw new CliError(`missing ${missing.map((m) => `--${m}`).join(', ')}.`)
    const config = loadConfig(env)
    const password = opts['password-file'] ? await readPasswordFile(opts['password-file'] as string) : await promptPassword()
    const database = openDatabase(config.database)
    try {
      await migrateToLatest(database.db)
      const services = servicesFor(config, database.db)
      const user = await services.users.createUser(
        {
          email: opts.email as string,
          name: opts.name as string,
          role: opts.role as string,
          password,
          locales: opts.locales ? (opts.locales as string).split(',').map((s) => s.trim()) : [],
        },
        systemActor,
      )
      console.log(`Created ${user.role} ${user.email} (${user.id}).`)
      return 0
    } finally {
      await database.close()
    }
  },
}

function help(command: keyof typeof usage): number {
  console.log(usage[command])
  return 0
}
