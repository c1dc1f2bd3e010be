import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import type { Role } from '../src/shared/roles.js'
import { systemActor } from '../src/shared/roles.js'
import { createTestApp } from '../src/testing/test-context.js'
import { launchChromium } from './browser.js'

/** Screenshots of each browser test's last step; CI lists the folder in its log. */
export const ARTIFACTS = join(import.meta.dirname, '..', 'test-artifacts')

/** The widths the newsroom is used at: a laptop and a tablet. */
export const LAPTOP = { width: 1280, height: 900 } as const
export const TABLET = { width: 820, height: 1180 } as const

export const PASSWORD = 'newsroom browser test password'

export type Newsroom = Awaited<ReturnType<typeof createTestApp>> & { base: string }

/** The real app on a fresh test database, listening on a free port, its clock at the real time. */
export async function startNewsroom(env: Record<string, string> = {}): Promise<Newsroom> {
  const t = await createTestApp('sqlite', env)
  t.clock.set(new Date().toISOString())
  const base = await t.app.listen({ port: 0, host: '127.0.0.1' })
  return Object.assign(t, { base })
}

let n = 0
/** A staff account to sign in with through the UI. */
/**
 * A newsroom server and a Chromium for one test file: started before its tests (`use` receives
 * them), closed after. Call it at the top of the file's describe block.
 */
export function newsroomInChromium(use: (started: { t: Newsroom; browser: Browser }) => void, env: Record<string, string> = {}): void {
  let t: Newsroom | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    t = await startNewsroom(env)
    browser = await launchChromium()
    use({ t, browser })
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await t?.close()
  })
}

export async function makeStaff(t: Newsroom, role: Role, name = `${role} ${++n}`) {
  const email = `${role}-${++n}@newsroom.test`
  const user = await t.services.users.createUser({ email, name, role, password: PASSWORD, locales: [] }, systemActor)
  return { ...user, email }
}

/** A browser context as a Ukrainian newsroom uses it: Ukrainian interface (from the browser's language). */
export async function newsroomPage(
  browser: Browser,
  viewport: { width: number; height: number } = LAPTOP,
  /** Only for injecting axe-core: the app's CSP (rightly) refuses inline scripts. */
  { bypassCSP = false } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'uk-UA', timezoneId: 'Europe/Kyiv', bypassCSP })
  const page = await context.newPage()
  page.on('pageerror', (err) => {
    throw err // an exception in the app fails the test
  })
  return { context, page }
}

export async function signIn(page: Page, base: string, email: string, password = PASSWORD): Promise<void> {
  await page.goto(`${base}/newsroom/`)
  await page.getByLabel('Електронна пошта').fill(email)
  await page.getByLabel('Пароль').fill(password)
  await page.getByRole('button', { name: 'Увійти' }).click()
  await page.getByRole('heading', { name: 'Стіл', level: 1 }).waitFor()
}

/** Waits until the editor says everything is saved (the autosave indicator). */
export async function saved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor()
}

export const bodyEditor = (page: Page): Locator => page.locator('.ProseMirror')

/** Saves the page as test-artifacts/<name>.png and checks nothing overflows sideways. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} overflows sideways`).toBe(true)
}

/**
 * Two editors open the same version: the first adds `firstTypes` to the end of the body and it
 * saves; the second then changes the lead to `secondLead`, which the server refuses as stale, and
 * the second sees the conflict dialog (returned, not yet waited for).
 */
export async function conflictingEdits(
  browser: Browser,
  t: Newsroom,
  storyId: string,
  edits: { firstTypes: string; secondLead: string; names?: [string, string] },
) {
  const [first, second] = [await makeStaff(t, 'editor', edits.names?.[0]), await makeStaff(t, 'editor', edits.names?.[1])]
  const url = `${t.base}/newsroom/stories/${storyId}/uk`
  const a = await newsroomPage(browser, LAPTOP)
  const b = await newsroomPage(browser, TABLET)
  await signIn(a.page, t.base, first.email)
  await signIn(b.page, t.base, second.email)
  await a.page.goto(url)
  await b.page.goto(url)
  await bodyEditor(a.page).click()
  await a.page.keyboard.press('ControlOrMeta+End')
  await a.page.keyboard.type(edits.firstTypes)
  await saved(a.page)
  await b.page.getByLabel('Лід').fill(edits.secondLead)
  return { a, b, dialog: b.page.getByRole('dialog', { name: 'Цю версію зберіг хтось інший' }) }
}
