import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { makeStory, paragraphs } from '../src/testing/factories.js'
import { browserAvailable } from './browser.js'
import {
  bodyEditor,
  LAPTOP,
  makeStaff,
  type Newsroom,
  newsroomInChromium,
  newsroomPage,
  saved,
  screenshot,
  signIn,
  TABLET,
} from './newsroom-fixture.js'

describe.skipIf(!browserAvailable())('a version’s history in the newsroom, in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  newsroomInChromium((started) => ({ t, browser } = started))

  it('shows who saved each revision and when, compares any two picked revisions and restores one', async () => {
    const olena = await makeStaff(t, 'editor', 'Олена Редакторка')
    const petro = await makeStaff(t, 'editor', 'Петро Випусковий')
    const hanna = await makeStaff(t, 'editor', 'Ганна Коректорка')
    const { version } = await makeStory(
      t.services,
      { headline: 'Ціни на хліб', body: paragraphs('Перший абзац.') },
      { userId: petro.id, role: 'editor', locales: [] },
    )
    await t.services.stories.saveVersion(
      { versionId: version.id, baseRevision: 1, changes: { headline: 'Ціни на хліб зросли' }, note: 'точніший заголовок' },
      { userId: hanna.id, role: 'editor', locales: [] },
    )

    const { context, page } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, olena.email)
    await page.goto(`${t.base}/newsroom/stories/${version.storyId}/uk`)
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Другий абзац.')
    await saved(page)

    // The timeline: newest first, each save with its author's name (or "you") and note.
    await page.getByText('Редакції', { exact: true }).click()
    const timeline = page.locator('.revision-timeline > li')
    await timeline.getByText('Редакція 3 (чинна)').waitFor()
    expect(await timeline.nth(0).textContent()).toContain('автор: ви')
    expect(await timeline.nth(1).textContent()).toContain('автор: Ганна Коректорка · точніший заголовок')
    expect(await timeline.nth(2).textContent()).toContain('автор: Петро Випусковий')

    // At first the latest save is compared with the one before it.
    const compare = page.getByRole('group', { name: 'Порівняти дві редакції' })
    await compare.getByText('Що змінилося від редакції 2 до редакції 3:').waitFor()
    expect(await compare.locator('.source-changes .added').textContent()).toContain('Другий абзац.')

    // Any two: the first revision against the second shows only the headline change.
    await compare.getByLabel('Від', { exact: true }).selectOption('1')
    await compare.getByLabel('До', { exact: true }).selectOption('2')
    await compare.getByText('Що змінилося від редакції 1 до редакції 2:').waitFor()
    expect(await compare.locator('.source-changes').textContent()).toContain('Заголовок: «Ціни на хліб» → «Ціни на хліб зросли»')
    expect(await compare.locator('.source-changes .added').count()).toBe(0)
    await compare.getByLabel('До', { exact: true }).selectOption('1')
    await compare.getByText('Виберіть дві різні редакції, щоб порівняти.').waitFor()

    // From the keyboard: a revision's own Compare button compares it with the current text.
    await page.getByRole('button', { name: 'Порівняти редакцію 1 з чинним текстом' }).focus()
    await page.keyboard.press('Enter')
    await compare.getByText('Що змінилося від редакції 1 до редакції 3:').waitFor()
    expect(await compare.getByLabel('Від', { exact: true }).inputValue()).toBe('1')
    expect(await compare.locator('.source-changes').textContent()).toContain('Другий абзац.')
    await screenshot(page, 'newsroom-revisions-compared-laptop')

    await page.getByRole('button', { name: 'Відновити редакцію 1' }).click()
    await page.getByText('Редакцію 1 відновлено; тепер це редакція 4').waitFor()
    expect(await bodyEditor(page).textContent()).toBe('Перший абзац.')
    await compare.getByText('Що змінилося від редакції 1 до редакції 3:').waitFor()
    await timeline.getByText('Редакція 4 (чинна)').waitFor()
    expect(await timeline.nth(0).textContent()).toContain('відновлено з редакції 1')
    await page.setViewportSize(TABLET)
    await screenshot(page, 'newsroom-revisions-restored-tablet')
    await context.close()
  })
})
