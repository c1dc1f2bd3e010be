import type { Browser, Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../src/shared/roles.js'
import { makeStory } from '../src/testing/factories.js'
import { axeViolations, browserAvailable } from './browser.js'
import {
  LAPTOP,
  makeStaff,
  type Newsroom,
  newsroomInChromium,
  newsroomPage,
  PASSWORD,
  screenshot,
  signIn,
  TABLET,
} from './newsroom-fixture.js'

/** Fills the name field of each language in a names form (new topic, new author, rename). */
async function fillNames(form: Locator, names: Record<string, string>, label = 'Назва') {
  for (const [language, name] of Object.entries(names)) await form.getByLabel(`${label} (${language})`).fill(name)
}

describe.skipIf(!browserAvailable())('the newsroom’s topics, authors and accounts screens in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  newsroomInChromium((started) => ({ t, browser } = started))

  it('lets an editor create and rename a tag that the new-story picker then offers, and manage authors, with refusals in place', {
    timeout: 90_000,
  }, async () => {
    const editor = await makeStaff(t, 'editor')
    // A byline on a published story, which the server will not let go.
    const credited = await t.services.taxonomy.createAuthor({ names: { uk: { name: 'Петро Друкований' } } }, systemActor)
    const { version } = await makeStory(t.services, { authorIds: [credited.id] })
    await t.services.stories.transition(version.id, { to: 'published' }, systemActor)

    const { context, page } = await newsroomPage(browser, LAPTOP, { bypassCSP: true })
    await signIn(page, t.base, editor.email)
    await page.getByRole('link', { name: 'Теми' }).click()
    await page.getByRole('heading', { name: 'Теми', level: 1 }).waitFor()
    await page.getByRole('tab', { name: 'Теги' }).click()
    const newTag = page.getByRole('form', { name: 'Новий тег' })
    await fillNames(newTag, { Українська: 'Енергетика', Англійська: 'Energy', Російська: 'Энергетика' })
    await newTag.getByRole('button', { name: 'Створити' }).click()
    await newTag.getByRole('status').filter({ hasText: '«Енергетика» створено.' }).waitFor()
    const tags = page.getByRole('list', { name: 'Теги' })
    const row = tags.getByRole('listitem').filter({ hasText: 'Енергетика' })
    expect(await row.textContent()).toContain('/enerhetyka')
    expect(await row.textContent()).toContain('Energy/energy')
    expect(await axeViolations(page), 'topics screen').toEqual([])

    // Rename in two languages; the addresses stay as they were (links to the tag keep working).
    await tags.getByRole('button', { name: 'Змінити Енергетика' }).click()
    const rename = page.getByRole('form', { name: 'Назви: Енергетика' })
    await fillNames(rename, { Українська: 'Енергосистема', Англійська: 'Power grid' })
    await rename.getByRole('button', { name: 'Зберегти' }).click()
    await rename.waitFor({ state: 'detached' })
    const renamed = tags.getByRole('listitem').filter({ hasText: 'Енергосистема' })
    expect(await renamed.textContent()).toContain('Power grid/energy')
    const stored = (await t.services.taxonomy.listTopics('tag'))[0]
    expect(stored?.names).toMatchObject({
      uk: { name: 'Енергосистема', slug: 'enerhetyka' },
      en: { name: 'Power grid', slug: 'energy' },
      ru: { name: 'Энергетика' },
    })

    // The new-story form offers the tag under its new name.
    await page.getByRole('link', { name: 'Новий матеріал' }).click()
    await page.getByLabel('Теги / Люди').locator('option', { hasText: 'Енергосистема' }).waitFor({ state: 'attached' })

    // Authors: one created with names in two languages; one the server refuses to delete, and says why beside it.
    await page.getByRole('link', { name: 'Автори' }).click()
    const newAuthor = page.getByRole('form', { name: 'Новий автор' })
    await fillNames(newAuthor, { Українська: 'Оксана Гнатюк', Англійська: 'Oksana Hnatiuk' }, 'Ім’я')
    await newAuthor.getByRole('button', { name: 'Створити' }).click()
    const authors = page.getByRole('list', { name: 'Автори' })
    await authors.getByRole('listitem').filter({ hasText: 'Oksana Hnatiuk' }).waitFor()
    await authors.getByRole('button', { name: 'Видалити Петро Друкований' }).click()
    await authors.getByRole('button', { name: 'Так, видалити' }).click()
    await authors
      .getByRole('listitem')
      .filter({ hasText: 'Петро Друкований' })
      .getByRole('alert')
      .filter({ hasText: 'опублікованих або запланованих' })
      .waitFor()
    expect(await axeViolations(page), 'authors screen').toEqual([])
    expect((await t.services.taxonomy.listAuthors()).map((a) => a.names.uk?.name).sort()).toEqual(['Оксана Гнатюк', 'Петро Друкований'])
    await screenshot(page, 'newsroom-admin-authors-laptop')
    await context.close()
  })

  it('lets an editor move a section down the menu and merge one tag into another, whose stories then carry it', {
    timeout: 60_000,
  }, async () => {
    const editor = await makeStaff(t, 'editor')
    const topic = (kind: 'section' | 'tag', name: string, position = 0) =>
      t.services.taxonomy.createTopic({ kind, position, names: { uk: { name } } }, systemActor)
    const [news, opinion, sport] = [
      await topic('section', 'Новини', 0),
      await topic('section', 'Думки', 1),
      await topic('section', 'Спорт', 2),
    ]
    const duplicate = await topic('tag', 'Вибори-2026')
    const kept = await topic('tag', 'Вибори')
    const { story } = await makeStory(t.services, { topicIds: [duplicate.id] })

    const { context, page } = await newsroomPage(browser, TABLET)
    await signIn(page, t.base, editor.email)
    await page.getByRole('link', { name: 'Теми' }).click()
    const sections = page.getByRole('list', { name: 'Рубрики' })
    await sections.getByRole('button', { name: 'Перемістити Новини нижче' }).click()
    await expect
      .poll(async () => (await t.services.taxonomy.listTopics('section')).map((x) => x.id))
      .toEqual([opinion.id, news.id, sport.id])
    expect(await sections.getByRole('button', { name: 'Перемістити Думки вище' }).isDisabled()).toBe(true)

    await page.getByRole('tab', { name: 'Теги' }).click()
    const tags = page.getByRole('list', { name: 'Теги' })
    await tags.getByRole('button', { name: 'Об’єднати Вибори-2026 з іншою темою' }).click()
    await tags.getByLabel('Влити «Вибори-2026» у').selectOption({ label: 'Вибори' })
    await tags.getByRole('button', { name: 'Об’єднати', exact: true }).click()
    await tags.getByRole('listitem').filter({ hasText: 'Вибори-2026' }).waitFor({ state: 'detached' })
    expect((await t.services.stories.getStory(story.id)).story.topicIds).toEqual([kept.id])
    await screenshot(page, 'newsroom-admin-merged-tablet')
    await context.close()
  })

  it('lets an admin create a translator limited to English, widen their languages and disable them; an author sees none of these screens', {
    timeout: 90_000,
  }, async () => {
    const admin = await makeStaff(t, 'admin', 'Ганна Адмін')
    const { context, page } = await newsroomPage(browser, TABLET, { bypassCSP: true })
    await signIn(page, t.base, admin.email)
    await page.getByRole('link', { name: 'Облікові записи' }).click()
    const form = page.getByRole('form', { name: 'Новий обліковий запис' })
    await form.getByLabel('Електронна пошта').fill('iryna@newsroom.test')
    await form.getByLabel('Ім’я').fill('Ірина Перекладачка')
    await form.getByLabel('Початковий пароль').fill(PASSWORD)
    await form.getByLabel('Роль', { exact: true }).selectOption({ label: 'перекладач' })
    await form.getByLabel('Англійська').check()
    await form.getByRole('button', { name: 'Створити обліковий запис' }).click()
    await form.getByRole('status').filter({ hasText: 'Обліковий запис iryna@newsroom.test створено.' }).waitFor()
    const accounts = page.getByRole('list', { name: 'Облікові записи' })
    const row = accounts.getByRole('listitem').filter({ hasText: 'iryna@newsroom.test' })
    expect(await row.textContent()).toContain('Англійська')
    expect(await axeViolations(page), 'accounts screen').toEqual([])
    // The admin's own row offers no Disable.
    expect(await accounts.getByRole('button', { name: 'Вимкнути Ганна Адмін' }).count()).toBe(0)

    await accounts.getByRole('button', { name: 'Змінити Ірина Перекладачка' }).click()
    const change = page.getByRole('form', { name: 'Змінити Ірина Перекладачка' })
    await change.getByLabel('Російська').check()
    await change.getByRole('button', { name: 'Зберегти' }).click()
    await change.waitFor({ state: 'detached' })
    await row.filter({ hasText: 'Англійська, Російська' }).waitFor()
    const translator = (await t.services.users.listUsers(systemActor)).find((u) => u.email === 'iryna@newsroom.test')
    expect(translator).toMatchObject({ role: 'translator', locales: ['en', 'ru'], disabledAt: null })

    await accounts.getByRole('button', { name: 'Вимкнути Ірина Перекладачка' }).click()
    await accounts.getByRole('button', { name: 'Так, вимкнути' }).click()
    await row.filter({ hasText: 'Вимкнено' }).waitFor()
    await row.getByRole('button', { name: 'Увімкнути Ірина Перекладачка' }).waitFor()

    // The disabled account can no longer sign in.
    const other = await newsroomPage(browser, LAPTOP)
    await other.page.goto(`${t.base}/newsroom/`)
    await other.page.getByLabel('Електронна пошта').fill('iryna@newsroom.test')
    await other.page.getByLabel('Пароль').fill(PASSWORD)
    await other.page.getByRole('button', { name: 'Увійти' }).click()
    await other.page.getByRole('alert').filter({ hasText: 'Цей обліковий запис вимкнено' }).waitFor()
    await other.context.close()
    await context.close()

    // An author has no links to these screens, and typing the address gets a plain refusal.
    const author = await makeStaff(t, 'author')
    const seen = await newsroomPage(browser, TABLET)
    await signIn(seen.page, t.base, author.email)
    const nav = seen.page.getByRole('navigation')
    await nav.getByRole('link', { name: 'Медіатека' }).waitFor()
    for (const name of ['Теми', 'Автори', 'Облікові записи']) expect(await nav.getByRole('link', { name }).count(), name).toBe(0)
    await seen.page.goto(`${t.base}/newsroom/users`)
    await seen.page.getByRole('heading', { name: 'Цей екран вам недоступний', level: 1 }).waitFor()
    await seen.page.goto(`${t.base}/newsroom/topics`)
    await seen.page.getByRole('heading', { name: 'Цей екран вам недоступний', level: 1 }).waitFor()
    await screenshot(seen.page, 'newsroom-admin-author-refused-tablet')
    await seen.context.close()
  })
})
