#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-old-space-size=192 --max-semi-space-size=8
// The line above is the server's memory budget (README, "Memory"), applied when this file runs as
// a program: `npm start`, `npx vistka`, a `vistka` on the PATH. V8 sizes a heap for the machine
// (gigabytes) and, under load, lets garbage pile up to hundreds of MB before collecting it; with
// a ceiling it collects sooner (measured: 330 → 275 MB peak on the bench's quick corpus; cold
// pages ~10 % slower). 192 MB is several times what the server keeps alive and enough for the
// newsroom's Vite build. Fewer malloc pools (MALLOC_ARENA_MAX) give memory back after image work,
// as sharp advises. `node bin/vistka.js …` runs without them, with whatever flags it is given.

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
