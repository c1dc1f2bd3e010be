import { stat } from 'node:fs/promises'
import type { Config } from '../config.js'
import { openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { systemClock } from '../db/time.js'
import { formatReport } from '../wordpress/import-report.js'
import { ImportRaced, importWordPress } from '../wordpress/wordpress-import.js'
import { parseLocaleMap } from '../wordpress/wordpress-locale.js'
import { WxrError } from '../wordpress/wxr-reader.js'
import { servicesFor } from './cli-services.js'
import { CliError } from './password-prompt.js'
import { createProgress } from './progress.js'

export interface WordPressImportArgs {
  file: string
  uploads: string | undefined
  localeMap: string | undefined
  defaultLocale: string | undefined
  dryRun: boolean
  json: boolean
}

/** EX_DATAERR: the export itself is unreadable. */
const BAD_FILE = 65
/** EX_TEMPFAIL: another import of the same site was writing; running it again will do. */
const TRY_AGAIN = 75

/**
 * `vistka import wordpress`: checks its arguments before touching the database, brings the schema
 * up to date (so it works on a fresh install), imports with progress on a terminal, then waits for
 * the search index to take the new stories and prints the report (or its JSON).
 */
export async function runWordPressImport(config: Config, args: WordPressImportArgs): Promise<number> {
  if (!(await isFile(args.file))) throw new CliError(`cannot read '${args.file}': no such file.`)
  if (args.uploads !== undefined && !(await isDirectory(args.uploads)))
    throw new CliError(`--uploads '${args.uploads}' is not a folder: give a copy of the site's wp-content/uploads.`)
  let localeMap: Record<string, string> = {}
  try {
    localeMap = parseLocaleMap(args.localeMap ?? '', config.locales)
  } catch (err) {
    throw new CliError((err as Error).message)
  }
  if (args.defaultLocale !== undefined && !config.locales.includes(args.defaultLocale))
    throw new CliError(`--default-locale must be one of the site's languages (${config.locales.join(', ')}), not '${args.defaultLocale}'.`)

  const database = openDatabase(config.database)
  try {
    await migrateToLatest(database.db)
    const site = { locales: config.locales, defaultLocale: config.defaultLocale }
    const services = servicesFor(config, database.db)
    const bars = {
      reading: createProgress('Reading the export'),
      media: createProgress('Importing media'),
      posts: createProgress('Importing posts'),
    }
    const report = await importWordPress(
      { db: database.db, services, site, clock: systemClock },
      {
        file: args.file,
        ...(args.uploads !== undefined && { uploads: args.uploads }),
        localeMap,
        ...(args.defaultLocale !== undefined && { defaultLocale: args.defaultLocale }),
        dryRun: args.dryRun,
        onProgress: (phase, done, total) => {
          if (total > 0) bars[phase].update(done, total, phase === 'reading' ? 'bytes' : phase)
        },
      },
    )
    await services.searchIndex.settled() // readers find the stories as soon as the site serves them
    if (!args.dryRun) await services.searchIndex.compact()
    console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report))
    return 0
  } catch (err) {
    if (err instanceof ImportRaced) {
      console.error(`vistka: ${err.message}`)
      return TRY_AGAIN
    }
    if (!(err instanceof WxrError)) throw err
    console.error(`vistka: ${args.file}: ${err.message}\nNothing was imported.`)
    return BAD_FILE
  } finally {
    await database.close()
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
