import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { makeStory, paragraphs } from '../src/testing/factories.js'
import { axeViolations, browserAvailable } from './browser.js'
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

describe.skipIf(!browserAvailable())('the live preview and embeds in the editor, in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  newsroomInChromium((started) => ({ t, browser } = started))

  it('previews the unpublished page beside the text and follows each save; embeds show as readers get them', async () => {
    const author = await makeStaff(t, 'author', 'Марта Авторка')
    const { version } = await makeStory(
      t.services,
      { headline: 'Міст через Дніпро', lead: 'Будівництво почнеться навесні.', body: paragraphs('Перший абзац.') },
      { userId: author.id, role: 'author', locales: [] },
    )
    // The app's own CSP stays on: the preview frame and the player must load under it.
    const { context, page } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, author.email)
    await page.goto(`${t.base}/newsroom/stories/${version.storyId}/uk`)

    // An address no provider can play is refused in the dialog, with the providers named.
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.getByRole('button', { name: 'Вбудувати' }).click()
    const embedDialog = page.getByRole('dialog')
    await embedDialog.getByRole('textbox').fill('https://example.com/video/1')
    await embedDialog.getByRole('button', { name: 'Застосувати' }).click()
    await embedDialog.getByRole('alert').getByText('Цю адресу не можна вбудувати. Вкажіть адресу допису чи відео з YouTube').waitFor()
    await embedDialog.getByRole('textbox').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ')
    await embedDialog.getByRole('button', { name: 'Застосувати' }).click()
    const embed = page.locator('.story-embed')
    await embed.getByText('З YouTube:').waitFor()
    expect(await embed.locator('iframe').getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
    await saved(page)

    // The preview: the public page of a draft, at a phone's width, marked as a preview.
    await page.getByRole('button', { name: 'Перегляд' }).click()
    const pane = page.getByRole('region', { name: 'Попередній перегляд публічної сторінки' })
    const preview = page.frameLocator('iframe[title="Попередній перегляд публічної сторінки"]')
    await preview.getByRole('heading', { level: 1, name: 'Міст через Дніпро' }).waitFor()
    await preview.getByText('Попередній перегляд: так сторінка виглядатиме для читачів.').waitFor()
    expect(await preview.locator('.body figure.embed-youtube iframe').count()).toBe(1)
    expect(await pane.locator('iframe').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(390)
    expect(await page.locator('.editor-side').isHidden()).toBe(true)

    // It follows the text: a new headline shows after the autosave.
    await page.getByLabel('Заголовок', { exact: true }).fill('Міст через Дніпро відкриють у 2028 році')
    await saved(page)
    await preview.getByRole('heading', { level: 1, name: 'Міст через Дніпро відкриють у 2028 році' }).waitFor()
    await pane.getByText(/Показано редакцію 3/).waitFor()

    // A laptop's width is drawn scaled down to fit the pane.
    await pane.getByLabel('Ноутбук').check()
    const frame = pane.locator('iframe')
    await expect.poll(() => frame.evaluate((el) => el.style.width)).toBe('1280px')
    expect(await frame.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThan(1280)
    await screenshot(page, 'newsroom-preview-laptop')
    // On a tablet the preview goes under the text, and nothing spills sideways.
    await page.setViewportSize(TABLET)
    await pane.getByLabel('Телефон').check()
    await screenshot(page, 'newsroom-preview-tablet')

    // Hiding the preview brings the side column back, with what it held.
    await page.getByRole('button', { name: 'Сховати перегляд' }).click()
    await page.locator('.editor-side').waitFor()
    // The public site still has no such page: the preview showed an unpublished draft.
    const publicPage = await fetch(`${t.base}/news/${version.slug}-${version.storyId}`)
    expect(publicPage.status).toBe(404)
    await context.close()

    // axe-core is injected as a script, which the CSP rightly refuses: a second context without it.
    const checked = await newsroomPage(browser, LAPTOP, { bypassCSP: true })
    await signIn(checked.page, t.base, author.email)
    await checked.page.goto(`${t.base}/newsroom/stories/${version.storyId}/uk`)
    await checked.page.getByRole('button', { name: 'Перегляд' }).click()
    await checked.page
      .frameLocator('iframe[title="Попередній перегляд публічної сторінки"]')
      .getByRole('heading', { level: 1, name: 'Міст через Дніпро відкриють у 2028 році' })
      .waitFor()
    expect(await axeViolations(checked.page)).toEqual([])
    await checked.context.close()
  })
})
