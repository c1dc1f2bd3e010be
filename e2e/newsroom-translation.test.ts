import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../src/shared/roles.js'
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

    // The editor changes the Ukrainian source's headline and adds a paragraph: the English version is flagged.
    await ed.page.goto(`${t.base}/newsroom/stories/${story.id}/uk`)
    await ed.page.getByLabel('Заголовок', { exact: true }).fill('Мости Києва відкриють для пішоходів уночі')
    await bodyEditor(ed.page).click()
    await ed.page.keyboard.press('ControlOrMeta+End')
    await ed.page.keyboard.press('Enter')
    await ed.page.keyboard.type('Новий абзац про нічні години.')
    await saved(ed.page)
    const now = (await t.services.stories.getVersion(uk.id)).revision // two saves or one, as autosave groups them
    await ed.page.getByRole('link', { name: 'Стіл', exact: true }).first().click()
    await ed.page
      .getByRole('region', { name: 'Потрібні переклади' })
      .getByRole('link', { name: 'Kyiv bridges to open to pedestrians' })
      .click()

    // The workspace: the current source, read-only, above the translation on a tablet, each change marked where it stands.
    await ed.page.setViewportSize({ width: 800, height: 1180 })
    const source = ed.page.getByRole('region', { name: `Джерело: Українська · редакція ${now} лише читання` })
    await source.locator('.src-block.added').waitFor()
    expect(await source.getByRole('textbox').count()).toBe(0)
    expect(await source.textContent()).toContain('Перекладено з UK, редакція 1.')
    expect(await source.getByText('Змін від редакції 1: 2').count()).toBe(1)
    const added = source.locator('.src-block.added')
    expect(await added.locator('.change-tag').textContent()).toBe('нове')
    expect(await added.textContent()).toContain('Новий абзац про нічні години.')
    const headline = source.locator('.src-block.changed')
    expect(await headline.locator('.change-tag').textContent()).toBe('змінено')
    expect(await headline.locator('.src-content').textContent()).toBe('Мости Києва відкриють для пішоходів уночі')
    expect(await headline.locator('ins').textContent()).toContain('уночі')
    expect(await source.locator('.src-block:not([data-change])').last().textContent()).toBe('Перший абзац.') // unchanged, unmarked
    const [left, right] = [await source.boundingBox(), await ed.page.locator('.editor-main').boundingBox()]
    expect(left && right && left.y + left.height <= right.y).toBe(true)
    expect(await ed.page.getByLabel('Заголовок', { exact: true }).inputValue()).toBe('Kyiv bridges to open to pedestrians')
    // "Next change" walks the marks from the keyboard: the headline first, then the new paragraph.
    await source.getByRole('button', { name: 'Наступна зміна' }).focus()
    await ed.page.keyboard.press('Enter')
    expect(await ed.page.evaluate(() => document.activeElement?.querySelector('.change-tag')?.textContent)).toBe('змінено')
    await ed.page.keyboard.press('Shift+Tab')
    await ed.page.keyboard.press('Shift+Tab')
    await source.getByRole('button', { name: 'Наступна зміна' }).press('Enter')
    expect(await ed.page.evaluate(() => document.activeElement?.querySelector('.change-tag')?.textContent)).toBe('нове')
    await screenshot(ed.page, 'newsroom-translation-outdated-tablet')

    // On a laptop the translator has the source beside the translation; the workspace meets WCAG 2.1 AA.
    const wide = await newsroomPage(browser, LAPTOP, { bypassCSP: true })
    await signIn(wide.page, t.base, translator.email)
    await wide.page.goto(`${t.base}/newsroom/stories/${story.id}/en`)
    const wideSource = wide.page.locator('.source-column.outdated')
    await wideSource.locator('.src-block.added').waitFor()
    const [l, r] = [await wideSource.boundingBox(), await wide.page.locator('.editor-main').boundingBox()]
    expect(l && r && l.x + l.width <= r.x && Math.abs(l.y - r.y) < 2).toBe(true)
    expect(await axeViolations(wide.page), 'translation workspace').toEqual([])
    await screenshot(wide.page, 'newsroom-translation-workspace-laptop')
    await wide.context.close()

    // Marked up to date once reviewed: the source revision is recorded and the marks go away.
    await ed.page.getByRole('button', { name: 'Позначити актуальним' }).click()
    await ed.page.getByText('Відповідає джерелу.').waitFor()
    expect(await source.locator('[data-change]').count()).toBe(0)
    expect(await source.getByRole('button', { name: 'Наступна зміна' }).count()).toBe(0)
    expect(await source.textContent()).toContain(`Перекладено з UK, редакція ${now}.`)
    const en = (await t.services.stories.getStory(story.id)).versions.find((v) => v.locale === 'en')
    expect(en?.sourceRevision).toBe(now)
    await screenshot(ed.page, 'newsroom-translation-up-to-date-tablet')
    await ed.context.close()
    // Three people's sessions, two widths and an axe-core run: longer than one screen's test, on a shared machine.
  }, 90_000)
})
