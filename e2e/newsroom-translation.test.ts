import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { makeStory, paragraphs } from '../src/testing/factories.js'
import { systemActor } from '../src/users/roles.js'
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

describe.skipIf(!browserAvailable())('translating in the newsroom, in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  newsroomInChromium((started) => ({ t, browser } = started))

  it('translates a story into English, publishes both languages linked, and flags the translation when the source changes', async () => {
    const translator = await t.services.users.createUser(
      {
        email: 'translator@newsroom.test',
        name: 'Перекладачка',
        role: 'translator',
        password: 'newsroom browser test password',
        locales: ['en'],
      },
      systemActor,
    )
    const editor = await makeStaff(t, 'editor')
    const { story, version: uk } = await makeStory(t.services, {
      headline: 'Мости Києва відкриють для пішоходів',
      body: paragraphs('Перший абзац.'),
    })
    await t.services.stories.transition(uk.id, { to: 'published' }, systemActor)

    // The translator starts the English version from the Ukrainian one and writes it.
    const tr = await newsroomPage(browser, LAPTOP)
    await signIn(tr.page, t.base, translator.email)
    await tr.page.goto(`${t.base}/newsroom/stories/${story.id}/uk`)
    await tr.page.getByRole('button', { name: /^\+ EN / }).click()
    await tr.page.waitForURL(/\/stories\/[0-9a-z]{12}\/en$/)
    await tr.page.getByText('Перекладено з UK, редакція 1.').waitFor()
    await tr.page.getByLabel('Заголовок', { exact: true }).fill('Kyiv bridges to open to pedestrians')
    await bodyEditor(tr.page).click()
    await tr.page.keyboard.press('ControlOrMeta+a')
    await tr.page.keyboard.type('First paragraph.')
    await saved(tr.page)
    await tr.page.getByRole('button', { name: 'Надіслати на перевірку' }).click()
    await tr.page.locator('.workflow .status', { hasText: 'На перевірці' }).waitFor()
    await tr.context.close()

    // The editor publishes it; the public pages link the two languages.
    const ed = await newsroomPage(browser, TABLET)
    await signIn(ed.page, t.base, editor.email)
    await ed.page
      .getByRole('region', { name: 'Чекають на перевірку' })
      .getByRole('link', { name: 'Kyiv bridges to open to pedestrians' })
      .click()
    await ed.page.getByRole('button', { name: 'Опублікувати' }).click()
    await ed.page.locator('.workflow .status', { hasText: 'Опубліковано' }).waitFor()
    const enPath = (await ed.page.getByRole('link', { name: 'Відкрити публічну сторінку' }).getAttribute('href')) as string
    await t.cacheSettled()
    await ed.page.goto(t.base + enPath)
    expect(await ed.page.textContent('h1')).toBe('Kyiv bridges to open to pedestrians')
    await ed.page.click('ul.langs a[hreflang="uk"]')
    expect(await ed.page.textContent('h1')).toBe('Мости Києва відкриють для пішоходів')
    expect(await ed.page.getAttribute('ul.langs a[hreflang="en"]', 'href')).toBe(enPath)

    // The editor changes the Ukrainian source: the English version is flagged, with what changed.
    await ed.page.goto(`${t.base}/newsroom/stories/${story.id}/uk`)
    await bodyEditor(ed.page).click()
    await ed.page.keyboard.press('ControlOrMeta+End')
    await ed.page.keyboard.press('Enter')
    await ed.page.keyboard.type('Новий абзац про нічні години.')
    await saved(ed.page)
    await ed.page.getByRole('link', { name: 'Стіл', exact: true }).first().click()
    await ed.page
      .getByRole('region', { name: 'Потрібні переклади' })
      .getByRole('link', { name: 'Kyiv bridges to open to pedestrians' })
      .click()
    const source = ed.page.locator('.translation-source.outdated')
    await source.waitFor()
    expect(await source.textContent()).toContain('Джерело відтоді змінилося: тепер редакція 2')
    expect(await source.locator('.added').textContent()).toContain('Новий абзац про нічні години.')
    await screenshot(ed.page, 'newsroom-translation-outdated-tablet')
    await ed.page.getByRole('button', { name: 'Позначити актуальним' }).click()
    await ed.page.getByText('Відповідає джерелу.').waitFor()
    const en = (await t.services.stories.getStory(story.id)).versions.find((v) => v.locale === 'en')
    expect(en?.sourceRevision).toBe(2)
    await screenshot(ed.page, 'newsroom-translation-up-to-date-tablet')
    await ed.context.close()
  })
})
