#!/usr/bin/env node
// Runs the server built to JavaScript (dist/server/vistka.js), building it first when it is
// missing or older than the sources (docs/decisions/015-built-server.md). VISTKA_FROM_SOURCE=1
// runs the TypeScript sources through tsx instead, as tests and development may.
import { pathToFileURL } from 'node:url'
import { ensureServerBuilt } from './server-build.js'

const built = process.env.VISTKA_FROM_SOURCE === '1' ? undefined : await ensureServerBuilt()
let main
if (built) {
  process.setSourceMapsEnabled(true) // stack traces name src/ files and lines
  ;({ main } = await import(pathToFileURL(built).href))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/cli.ts'))
}
process.exitCode = await main(process.argv.slice(2), process.env)
