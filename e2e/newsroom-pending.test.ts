import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../src/shared/roles.js'
import { paragraphs } from '../src/testing/factories.js'
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

describe.skipIf(!browserAvailable())('edits of live stories awaiting approval in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  newsroomInChromium((started) => ({ t, browser } = started))

  it('keeps an author’s edit of their published story off the public page until an editor approves it', { timeout: 90_000 }, async () => {
    const author = await makeStaff(t, 'author', 'Оксана Авторка')
    const editor = await makeStaff(t, 'editor', 'Петро Редактор')
    const actor = { userId: author.id, role: 'author' as const, locales: [] }
    const { story, versions } = await t.services.stories.createStory(
      { locale: 'uk', headline: 'Міст відкриють у травні', body: paragraphs('Будівельники завершують роботи.') },
      actor,
    )
    const version = versions[0]!
    await t.services.stories.transition(version.id, { to: 'published' }, systemActor)
    const publicUrl = `${t.base}/news/${version.slug}-${story.id}`
    const editorUrl = `${t.base}/newsroom/stories/${story.id}/uk`

    // The author opens their live story: told their changes wait, the shared fields are not theirs to change.
    const a = await newsroomPage(browser, TABLET)
    await signIn(a.page, t.base, author.email)
    await a.page.goto(editorUrl)
    await a.page.getByText('Ця версія опублікована. Ваші зміни збережуться й чекатимуть схвалення редактора').waitFor()
    await a.page.locator('[data-shared-state="live-read-only"]').waitFor()
    await bodyEditor(a.page).click()
    await a.page.keyboard.press('ControlOrMeta+End')
    await a.page.keyboard.type(' Відкриття перенесли на червень.')
    await saved(a.page)
    await a.page.locator('[data-pending="awaiting"]', { hasText: 'Ваші зміни чекають схвалення редактора' }).waitFor()
    await screenshot(a.page, 'newsroom-pending-author-tablet')

    // Readers still see the published text.
    await t.cacheSettled()
    const reader = await a.context.newPage()
    await reader.goto(publicUrl)
    expect(await reader.textContent('article')).toContain('Будівельники завершують роботи.')
    expect(await reader.textContent('article')).not.toContain('Відкриття перенесли на червень.')

    // The editor finds it on the desk, sees who changed what, and approves it.
    const e = await newsroomPage(browser, LAPTOP)
    await signIn(e.page, t.base, editor.email)
    const desk = e.page.getByRole('region', { name: 'Зміни на схвалення' })
    await desk.getByRole('link', { name: 'Міст відкриють у травні' }).click()
    const bar = e.page.locator('[data-pending="review"]')
    await bar.getByText('Автор змін: Оксана Авторка').waitFor()
    await bar.getByRole('button', { name: 'Показати, що змінилося' }).click()
    await bar.getByText('Відкриття перенесли на червень.').first().waitFor()
    await screenshot(e.page, 'newsroom-pending-review-laptop')
    await bar.getByRole('button', { name: 'Схвалити й опублікувати' }).click()
    await e.page.getByText('Зміни опубліковано.').waitFor()
    await bar.waitFor({ state: 'detached' })

    await t.cacheSettled()
    // A new reader: the first one's browser may keep the page for its max-age, as any reader's would.
    const later = await (await browser.newContext()).newPage()
    await later.goto(publicUrl)
    expect(await later.textContent('article')).toContain('Відкриття перенесли на червень.')
    await later.context().close()
    await e.page.getByRole('link', { name: 'Стіл', exact: true }).first().click()
    await e.page.getByRole('region', { name: 'Зміни на схвалення' }).getByText('Тут нічого немає.').waitFor()
    await a.context.close()
    await e.context.close()
  })

  it('lets an editor discard an edit awaiting approval: the editor shows the published text again', { timeout: 60_000 }, async () => {
    const contributor = await makeStaff(t, 'contributor', 'Дописувач')
    const editor = await makeStaff(t, 'editor')
    const actor = { userId: contributor.id, role: 'contributor' as const, locales: [] }
    const { story, versions } = await t.services.stories.createStory(
      { locale: 'uk', headline: 'Парк оновлять', lead: 'Опублікований лід', body: paragraphs('Текст.') },
      actor,
    )
    await t.services.stories.transition(versions[0]!.id, { to: 'published' }, systemActor)
    await t.services.stories.saveVersion({ versionId: versions[0]!.id, baseRevision: 1, changes: { lead: 'Лід на схвалення' } }, actor)
    const { page, context } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, editor.email)
    await page.goto(`${t.base}/newsroom/stories/${story.id}/uk`)
    expect(await page.getByLabel('Лід').inputValue()).toBe('Лід на схвалення')
    await page.locator('[data-pending="review"]').getByRole('button', { name: 'Відхилити зміни' }).click()
    await page.getByText('Зміни відхилено').waitFor()
    expect(await page.getByLabel('Лід').inputValue()).toBe('Опублікований лід')
    expect((await t.services.stories.getVersion(versions[0]!.id)).pending).toBeNull()
    await context.close()
  })
})
