import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../src/shared/roles.js'
import { makeStory, paragraphs } from '../src/testing/factories.js'
import { browserAvailable } from './browser.js'
import { LAPTOP, type Newsroom, newsroomInChromium, newsroomPage, PASSWORD, screenshot, signIn, TABLET } from './newsroom-fixture.js'

describe.skipIf(!browserAvailable())('translations to do on the desk, in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  newsroomInChromium((started) => ({ t, browser } = started))

  it('lists per language the stories without a translation and the outdated ones, pages through them and starts a translation', async () => {
    const translator = await t.services.users.createUser(
      { email: 'work@newsroom.test', name: 'Перекладач', role: 'translator', password: PASSWORD, locales: ['en', 'ru'] },
      systemActor,
    )
    // Nine older stories in Ukrainian only, so the Russian list needs a second page.
    for (let i = 1; i <= 9; i++) {
      await makeStory(t.services, { headline: `Давня замітка ${i}` })
      t.clock.advance(1000)
    }
    const upToDate = await makeStory(t.services, { headline: 'Погода на вихідні', body: paragraphs('Сонячно.') })
    await t.services.translations.createTranslation(
      { storyId: upToDate.story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'Weekend weather' },
      systemActor,
    )
    t.clock.advance(1000)
    const outdated = await makeStory(t.services, {
      headline: 'Нова лінія метро',
      body: {
        type: 'doc',
        content: [
          ...paragraphs('Перший абзац.').content,
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Станції' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: paragraphs('Виноградар').content }] },
          { type: 'blockquote', attrs: { attribution: 'інженерка метро' }, content: paragraphs('Відкриємо вчасно.').content },
          { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
        ],
      },
    })
    await t.services.translations.createTranslation(
      { storyId: outdated.story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'New metro line' },
      systemActor,
    )
    await t.services.stories.saveVersion(
      { versionId: outdated.version.id, baseRevision: 1, changes: { lead: 'Відкриття перенесли на весну.' } },
      systemActor,
    )
    t.clock.advance(1000)
    const missing = await makeStory(t.services, { headline: 'Мер відкрив міст', body: paragraphs('Текст.') })

    const { context, page } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, translator.email)
    const work = page.getByRole('region', { name: 'Потрібні переклади' })
    const rows = work.locator('.versions > li')
    // English first: the interface is Ukrainian, and translators work away from it.
    expect(await work.getByLabel('Потрібні переклади: Мова').inputValue()).toBe('en')
    await work.getByRole('link', { name: 'Мер відкрив міст' }).waitFor()
    expect(await work.getByRole('link', { name: 'New metro line' }).textContent()).toBe('New metro line')
    expect(await rows.filter({ hasText: 'New metro line' }).textContent()).toContain('джерело змінилося після перекладу')
    expect(await rows.filter({ hasText: 'Мер відкрив міст' }).textContent()).toContain('ще немає версії EN')
    expect(await work.getByRole('link', { name: 'Погода на вихідні' }).count()).toBe(0)
    expect(await work.getByRole('link', { name: 'Weekend weather' }).count()).toBe(0)

    // Only the outdated ones, then Russian: every story lacks it, ten a page.
    await work.getByLabel('Потрібні переклади: Показати').selectOption('outdated')
    await rows.filter({ hasText: 'Мер відкрив міст' }).waitFor({ state: 'detached' })
    expect(await rows.count()).toBe(1)
    await work.getByLabel('Потрібні переклади: Показати').selectOption('')
    await work.getByLabel('Потрібні переклади: Мова').selectOption('ru')
    await work.getByRole('link', { name: 'Погода на вихідні' }).waitFor()
    expect(await rows.count()).toBe(10)
    await work.getByRole('button', { name: 'Показати ще' }).click()
    await work.getByRole('link', { name: 'Давня замітка 1', exact: true }).waitFor()
    expect(await rows.count()).toBe(12)
    expect(await work.getByRole('button', { name: 'Показати ще' }).count()).toBe(0)

    // Back to English: start the missing translation from its row, from the keyboard.
    await work.getByLabel('Потрібні переклади: Мова').selectOption('en')
    await work.getByRole('button', { name: '+ EN Почати переклад EN: «Мер відкрив міст»' }).focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/newsroom/stories/${missing.story.id}/en`)
    await page.getByText('Перекладено з UK, редакція 1.').waitFor()

    // The desk no longer lists it; the outdated one opens with what changed in the source.
    await page.getByRole('link', { name: 'Стіл', exact: true }).first().click()
    await work.getByRole('link', { name: 'New metro line' }).waitFor()
    expect(await work.getByRole('link', { name: 'Мер відкрив міст' }).count()).toBe(0)
    await screenshot(page, 'newsroom-translation-work-laptop')
    await page.setViewportSize(TABLET)
    await screenshot(page, 'newsroom-translation-work-tablet')
    await work.getByRole('link', { name: 'New metro line' }).click()
    // Its source reads as text beside the translation, not as JSON, with the changed lead marked.
    const source = page.locator('.source-column.outdated')
    await source.locator('.src-block.changed', { hasText: 'Відкриття перенесли на весну.' }).waitFor()
    expect(await source.locator('h3').textContent()).toBe('Станції')
    expect(await source.locator('li').textContent()).toBe('Виноградар')
    expect(await source.locator('blockquote').textContent()).toBe('Відкриємо вчасно.— інженерка метро')
    expect(await source.getByRole('link', { name: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }).count()).toBe(1)
    await screenshot(page, 'newsroom-translation-work-source-tablet')
    await context.close()
  })
})
