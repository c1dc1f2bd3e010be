#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx vistka` works right after `npm ci`
// with no build step. See docs/decisions/003-run-typescript-with-tsx.md.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli.ts')
process.exitCode = await main(process.argv.slice(2), process.env)
