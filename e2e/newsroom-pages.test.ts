import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
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

describe.skipIf(!browserAvailable())('the newsroom’s pages in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  newsroomInChromium((started) => ({ t, browser } = started))

  it('lets an editor start pages, write and publish them in the editor, and order the footer readers see', {
    timeout: 90_000,
  }, async () => {
    const editor = await makeStaff(t, 'editor')
    const { context, page } = await newsroomPage(browser, LAPTOP, { bypassCSP: true })
    await signIn(page, t.base, editor.email)

    for (const title of ['Про нас', 'Контакти']) {
      await page.getByRole('link', { name: 'Сторінки' }).click()
      await page.getByRole('heading', { name: 'Сторінки', level: 1 }).waitFor()
      const form = page.getByRole('form', { name: 'Нова сторінка' })
      await form.getByLabel('Назва').fill(title)
      await form.getByRole('button', { name: 'Створити й писати' }).click()
      await page.getByRole('button', { name: 'Опублікувати' }).waitFor()
      // A page has no section, tags or bylines, and its address is /<slug>.
      expect(await page.getByText('Рубрика', { exact: true }).count()).toBe(0)
      await bodyEditor(page).click()
      await page.keyboard.type(`Текст сторінки «${title}».`)
      await saved(page)
      expect(await page.locator('.editor-side code').first().textContent()).toMatch(/^\/[a-z-]+$/)
      await page.getByRole('button', { name: 'Опублікувати' }).click()
      await page.getByText('Опубліковано', { exact: true }).first().waitFor()
    }
    await t.cacheSettled()
    const footer = async () => {
      const html = await (await fetch(`${t.base}/`)).text()
      return [...html.matchAll(/<nav class="footer-pages"[^>]*>(.*?)<\/nav>/g)].flatMap((m) =>
        [...(m[1] ?? '').matchAll(/>([^<]+)<\/a>/g)].map((x) => x[1]),
      )
    }
    expect(await footer()).toEqual(['Про нас', 'Контакти'])
    const about = await fetch(`${t.base}/pro-nas`)
    expect(about.status).toBe(200)
    expect(await about.text()).toContain('Текст сторінки «Про нас».')

    await page.getByRole('link', { name: 'Сторінки' }).click()
    const list = page.getByRole('list', { name: 'У нижньому колонтитулі, в такому порядку' })
    await list.getByRole('link', { name: 'Контакти' }).waitFor()
    expect(await axeViolations(page), 'pages screen').toEqual([])
    await list.getByRole('button', { name: 'Перемістити «Контакти» вище' }).click()
    await list.getByRole('listitem').first().getByRole('link', { name: 'Контакти' }).waitFor()
    await t.cacheSettled()
    await expect.poll(footer).toEqual(['Контакти', 'Про нас'])
    // The desk lists stories, not pages.
    await page.getByRole('link', { name: 'Стіл' }).click()
    await page.getByRole('heading', { name: 'Стіл', level: 1 }).waitFor()
    expect(await page.getByRole('link', { name: 'Про нас' }).count()).toBe(0)
    await page.getByRole('link', { name: 'Сторінки' }).click()
    await list.getByRole('link', { name: 'Контакти' }).waitFor()
    await screenshot(page, 'newsroom-pages-laptop')
    await page.setViewportSize(TABLET)
    await screenshot(page, 'newsroom-pages-tablet')
    // What a reader sees: the page, and the footer with both pages, on a phone.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${t.base}/pro-nas`)
    await page.getByRole('heading', { name: 'Про нас', level: 1 }).waitFor()
    expect(await page.getByRole('navigation', { name: 'Про сайт' }).getByRole('link').allTextContents()).toEqual(['Контакти', 'Про нас'])
    await screenshot(page, 'public-page-phone')
    await context.close()
  })
})
