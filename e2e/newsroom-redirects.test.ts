import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../src/shared/roles.js'
import { paragraphs } from '../src/testing/factories.js'
import { axeViolations, browserAvailable } from './browser.js'
import { LAPTOP, makeStaff, type Newsroom, newsroomInChromium, newsroomPage, screenshot, signIn, TABLET } from './newsroom-fixture.js'

/** A phone held upright: the screen must still read without sideways scrolling. */
const PHONE = { width: 390, height: 844 } as const

describe.skipIf(!browserAvailable())('the newsroom’s redirects screen in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  newsroomInChromium((started) => ({ t, browser } = started))

  const publicAnswer = (path: string) => fetch(`${t.base}${path}`, { redirect: 'manual' })

  it('lets an editor send an old address to a story, which readers then get as a 301; change it, and delete it', {
    timeout: 90_000,
  }, async () => {
    const { story, versions } = await t.services.stories.createStory(
      { locale: 'uk', headline: 'Уряд ухвалив бюджет', body: paragraphs('Текст') },
      systemActor,
    )
    await t.services.stories.transition(versions[0]?.id as string, { to: 'published' }, systemActor)
    await t.cacheSettled()
    const storyPath = `/news/${versions[0]?.slug}-${story.id}`
    const oldPath = '/2024/03/%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82/'
    expect((await publicAnswer(oldPath)).status).toBe(404)

    const editor = await makeStaff(t, 'editor')
    const { context, page } = await newsroomPage(browser, LAPTOP, { bypassCSP: true })
    await signIn(page, t.base, editor.email)
    await page.getByRole('link', { name: 'Переспрямування' }).click()
    await page.getByRole('heading', { name: 'Переспрямування', level: 1 }).waitFor()
    await page.getByText('Переспрямувань ще немає.').waitFor()

    const form = page.getByRole('form', { name: 'Нове переспрямування' })
    await form.getByLabel('Стара адреса').fill(`https://old.example.com${oldPath}`)
    await form.getByRole('button', { name: 'Вибрати матеріал…' }).click()
    const picker = page.getByRole('dialog', { name: 'Веде на' })
    await picker.getByRole('searchbox').fill('бюджет')
    await picker.getByRole('button', { name: 'Послатися на «Уряд ухвалив бюджет»' }).click()
    await form.getByLabel('Мова').waitFor()
    expect(await form.getByLabel('Мова').inputValue()).toBe('uk')
    await form.getByRole('button', { name: 'Додати переспрямування' }).click()
    await form.getByText('Переспрямування з /2024/03/бюджет додано.').waitFor()

    const table = page.getByRole('table', { name: 'Старі адреси' })
    const row = table.getByRole('row').filter({ hasText: '/2024/03/бюджет' })
    await row.getByRole('link', { name: 'Уряд ухвалив бюджет' }).waitFor()
    await row.getByText('Редакція').waitFor()
    expect(await axeViolations(page), 'redirects screen').toEqual([])

    const moved = await publicAnswer(oldPath)
    expect(moved.status).toBe(301)
    expect(moved.headers.get('location')).toBe(storyPath)

    // The same address again is refused, with the server's reason under the form.
    await form.getByLabel('Стара адреса').fill('/2024/03/бюджет')
    await form.getByRole('radio', { name: 'адресу (URL)' }).check()
    await form.getByLabel('URL або шлях сайту').fill('https://example.org/')
    await form.getByRole('button', { name: 'Додати переспрямування' }).click()
    await form.getByRole('alert').getByText('Переспрямування з /2024/03/бюджет уже є.').waitFor()

    // Edit: lead it to a URL instead.
    await row.getByRole('button', { name: 'Змінити /2024/03/бюджет' }).click()
    const edit = page.getByRole('form', { name: 'Змінити /2024/03/бюджет' })
    await edit.getByRole('radio', { name: 'адресу (URL)' }).check()
    await edit.getByLabel('URL або шлях сайту').fill('https://example.org/budget-2025')
    await edit.getByRole('button', { name: 'Зберегти' }).click()
    await table.getByRole('link', { name: 'https://example.org/budget-2025' }).waitFor()
    expect((await publicAnswer(oldPath)).headers.get('location')).toBe('https://example.org/budget-2025')

    await page.setViewportSize(PHONE)
    await screenshot(page, 'newsroom-redirects-phone')
    await page.setViewportSize(TABLET)
    await screenshot(page, 'newsroom-redirects-tablet')
    await page.setViewportSize(LAPTOP)
    await screenshot(page, 'newsroom-redirects-laptop')

    await table.getByRole('button', { name: 'Видалити /2024/03/бюджет' }).click()
    await page.getByRole('button', { name: 'Так, видалити' }).click()
    await page.getByText('Переспрямувань ще немає.').waitFor()
    expect((await publicAnswer(oldPath)).status).toBe(404)
    await context.close()
  })

  it('is not in an author’s masthead, and its address tells them they may not use it', { timeout: 60_000 }, async () => {
    const author = await makeStaff(t, 'author')
    const { context, page } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, author.email)
    expect(await page.getByRole('link', { name: 'Переспрямування' }).count()).toBe(0)
    await page.goto(`${t.base}/newsroom/redirects`)
    await page.getByRole('heading', { name: 'Цей екран вам недоступний' }).waitFor()
    await context.close()
  })
})
