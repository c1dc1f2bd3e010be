import type { Browser, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { toKyivLocal } from '../newsroom/src/ui/kyiv-time.js'
import { systemActor } from '../src/shared/roles.js'
import { makeStory, paragraphs } from '../src/testing/factories.js'
import { axeViolations, browserAvailable } from './browser.js'
import {
  bodyEditor,
  conflictingEdits,
  LAPTOP,
  makeStaff,
  type Newsroom,
  newsroomInChromium,
  newsroomPage,
  PASSWORD,
  saved,
  screenshot,
  signIn,
  TABLET,
} from './newsroom-fixture.js'

describe.skipIf(!browserAvailable())('newsroom workflow in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  newsroomInChromium((started) => ({ t, browser } = started))

  it('schedules a story at a Kyiv time, lists it on the desk with that time, and it goes live when the time comes', async () => {
    const editor = await makeStaff(t, 'editor')
    const { version } = await makeStory(t.services, { headline: 'Фестиваль відкриється ввечері', body: paragraphs('Програма.') })
    const { context, page } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, editor.email)
    await page.goto(`${t.base}/newsroom/stories/${version.storyId}/uk`)
    await page.getByRole('button', { name: 'Запланувати', exact: true }).click()
    const at = toKyivLocal(new Date(t.clock().getTime() + 10 * 60_000))
    await page.getByLabel('Опублікувати о (за київським часом)').fill(at)
    await page.getByRole('button', { name: 'Запланувати на цей час' }).click()
    await page.locator('.workflow .status', { hasText: 'Заплановано' }).waitFor()
    const time = at.slice(11) // HH:mm, as the desk and the editor show it in Kyiv time
    expect(await page.locator('.workflow').textContent()).toContain(time)

    await page.getByRole('link', { name: 'Стіл', exact: true }).first().click()
    const scheduled = page.getByRole('region', { name: 'Заплановані' })
    await scheduled.getByRole('link', { name: 'Фестиваль відкриється ввечері' }).waitFor()
    expect(await scheduled.textContent()).toContain(`вийде`)
    expect(await scheduled.textContent()).toContain(time)

    t.clock.advance(11 * 60_000) // the scheduled time passes; the job runner publishes with nobody in the browser
    await t.jobs.runDue()
    await page.goto(`${t.base}/newsroom/stories/${version.storyId}/uk`)
    await page.locator('.workflow .status', { hasText: 'Опубліковано' }).waitFor()
    const publicPage = (await page.getByRole('link', { name: 'Відкрити публічну сторінку' }).getAttribute('href')) as string
    await t.cacheSettled()
    const reader = await context.newPage()
    await reader.goto(t.base + publicPage)
    expect(await reader.textContent('h1')).toBe('Фестиваль відкриється ввечері')
    await screenshot(page, 'newsroom-scheduled-went-live-laptop')
    await context.close()
  })

  it('takes the other version in a conflict and keeps one’s own in the revision history', async () => {
    const { version } = await makeStory(t.services, { headline: 'Мер провів нараду', lead: 'Старий лід', body: paragraphs('Текст.') })
    const { a, b, dialog } = await conflictingEdits(browser, t, version.storyId, {
      firstTypes: ' Доповнення першої.',
      secondLead: 'Лід, який другий потім віддасть',
    })
    await dialog.getByRole('button', { name: 'Взяти їхню' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await bodyEditor(b.page).textContent()).toContain('Доповнення першої.')
    expect(await b.page.getByLabel('Лід').inputValue()).toBe('Старий лід')
    await saved(b.page)

    const now = await t.services.stories.getVersion(version.id)
    expect(now.lead).toBe('Старий лід')
    expect(now.bodyText).toContain('Доповнення першої.')
    const leads = await Promise.all(
      (await t.services.revisions.listRevisions(version.id, systemActor)).map(
        async (r) => (await t.services.revisions.getRevision(version.id, r.number, systemActor)).lead,
      ),
    )
    expect(leads).toContain('Лід, який другий потім віддасть')
    await screenshot(b.page, 'newsroom-conflict-took-theirs-tablet')
    await a.context.close()
    await b.context.close()
  })

  it('lists a version’s revisions, compares an old one with the current text and restores it as a new revision', async () => {
    const editor = await makeStaff(t, 'editor')
    const { version } = await makeStory(t.services, { headline: 'Ціни на хліб', body: paragraphs('Перший варіант.') })
    const { context, page } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, editor.email)
    await page.goto(`${t.base}/newsroom/stories/${version.storyId}/uk`)
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(' Другий.')
    await saved(page)
    await page.getByText('Редакції', { exact: true }).click()
    await page.locator('.revision-timeline').getByText('Редакція 2 (чинна)').waitFor()
    await page.getByRole('button', { name: 'Порівняти редакцію 1 з чинним текстом' }).click()
    const changes = page.locator('.revisions .source-changes')
    await changes.waitFor()
    expect(await changes.locator('.added').textContent()).toContain('Перший варіант. Другий.')
    expect(await changes.locator('.removed').textContent()).toContain('Перший варіант.')
    await page.getByRole('button', { name: 'Відновити редакцію 1' }).click()
    await page.getByText('Редакцію 1 відновлено; тепер це редакція 3').waitFor()
    expect(await bodyEditor(page).textContent()).toBe('Перший варіант.')
    const now = await t.services.stories.getVersion(version.id)
    expect([now.revision, now.bodyText]).toEqual([3, 'Перший варіант.'])
    await screenshot(page, 'newsroom-revision-restored-laptop')
    await context.close()
  })

  it('meets WCAG 2.1 AA on the sign-in page, the desk, a new story and the editor (axe-core)', async () => {
    const editor = await makeStaff(t, 'editor')
    const { version } = await makeStory(t.services, { headline: 'Перевірка доступності', body: paragraphs('Текст.') })
    const { context, page } = await newsroomPage(browser, LAPTOP, { bypassCSP: true })
    await page.goto(`${t.base}/newsroom/`)
    await page.getByLabel('Електронна пошта').waitFor()
    expect(await axeViolations(page), 'sign-in').toEqual([])
    await signIn(page, t.base, editor.email)
    expect(await axeViolations(page), 'desk').toEqual([])
    await page.getByRole('link', { name: 'Новий матеріал' }).click()
    await page.getByLabel('Заголовок').waitFor()
    expect(await axeViolations(page), 'new story').toEqual([])
    await page.goto(`${t.base}/newsroom/stories/${version.storyId}/uk`)
    await bodyEditor(page).waitFor()
    expect(await axeViolations(page), 'editor').toEqual([])
    await screenshot(page, 'newsroom-editor-laptop')
    await context.close()
  })

  it('keeps text typed while the server is unreachable across a reload, and saves it when it is back', async () => {
    const editor = await makeStaff(t, 'editor')
    const { version } = await makeStory(t.services, { headline: 'Світло відключать за графіком', body: paragraphs('Графік.') })
    const { context, page } = await newsroomPage(browser, TABLET)
    page.on('dialog', (d) => void d.accept()) // "leave the page with unsaved changes?": yes
    await signIn(page, t.base, editor.email)
    await page.goto(`${t.base}/newsroom/stories/${version.storyId}/uk`)
    const cutOff = (route: Route) => (route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue())
    await page.route('**/api/admin/v1/story-versions/*', cutOff)
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(' Черги оновлено.')
    await page.locator('[data-save-state="failed"]').waitFor()
    expect(await page.getByRole('status').filter({ hasText: 'Сервер недоступний' }).count()).toBe(1)

    await page.reload()
    await page.getByText('Відновлено незбережений текст із цього браузера.').waitFor()
    expect(await bodyEditor(page).textContent()).toContain('Черги оновлено.')
    await page.unroute('**/api/admin/v1/story-versions/*', cutOff)
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+s')
    await saved(page)
    expect((await t.services.stories.getVersion(version.id)).bodyText).toContain('Графік. Черги оновлено.')
    await screenshot(page, 'newsroom-offline-text-kept-tablet')
    await context.close()
  })

  it('goes on saving after the person signs in again in another tab (a new session and CSRF token)', async () => {
    const editor = await makeStaff(t, 'editor')
    const { version } = await makeStory(t.services, { headline: 'Два вікна', body: paragraphs('Початок.') })
    const { context, page } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, editor.email)
    await page.goto(`${t.base}/newsroom/stories/${version.storyId}/uk`)
    // Another tab of the same browser signs in: the cookie now names a new session with its own token.
    const again = await context.request.post(`${t.base}/api/admin/v1/session`, { data: { email: editor.email, password: PASSWORD } })
    expect(again.status()).toBe(200)
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(' Продовження.')
    await saved(page)
    expect((await t.services.stories.getVersion(version.id)).bodyText).toContain('Початок. Продовження.')
    await screenshot(page, 'newsroom-second-sign-in-laptop')
    await context.close()
  })

  it('opens a version the user may not change read-only, with no workflow buttons', async () => {
    const contributor = await makeStaff(t, 'contributor')
    const { version } = await makeStory(t.services, { headline: 'Чужий матеріал', body: paragraphs('Не ваш текст.') })
    const { context, page } = await newsroomPage(browser, TABLET)
    await signIn(page, t.base, contributor.email)
    await page.goto(`${t.base}/newsroom/stories/${version.storyId}/uk`)
    await page.getByText('Ви можете читати цю версію, але не змінювати').waitFor()
    expect(await bodyEditor(page).getAttribute('contenteditable')).toBe('false')
    expect(await page.getByLabel('Заголовок', { exact: true }).getAttribute('readonly')).not.toBeNull()
    expect(await page.getByRole('toolbar').count()).toBe(0)
    expect(await page.locator('.workflow button').count()).toBe(0)
    await screenshot(page, 'newsroom-read-only-tablet')
    await context.close()
  })

  it('switches the interface to English and remembers it', async () => {
    const author = await makeStaff(t, 'author')
    const { context, page } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, author.email)
    await page.getByLabel('Мова інтерфейсу').selectOption('en')
    await page.getByRole('heading', { name: 'Desk', level: 1 }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.reload()
    await page.getByRole('heading', { name: 'Desk', level: 1 }).waitFor()
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(1)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('heading', { name: 'Sign in to the newsroom' }).waitFor()
    await screenshot(page, 'newsroom-signed-out-english-laptop')
    await context.close()
  })
})
