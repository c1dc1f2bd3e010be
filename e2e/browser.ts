import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium: browser tests never download a browser of their own. */
export const CHROMIUM = '/usr/bin/chromium'

/**
 * Whether browser tests can run here. In CI a missing Chromium is a failure (.ci/run installs
 * it); on a developer machine without it they are skipped with a notice.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true
  if (process.env.CI === 'true')
    throw new Error(`CI=true but ${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium).`)
  console.warn(`\n[vistka] ${CHROMIUM} not found: skipping browser tests (apt-get install chromium to run them).\n`)
  return false
}

/** Headless Chromium with the flags this machine needs; Playwright gives each launch a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
