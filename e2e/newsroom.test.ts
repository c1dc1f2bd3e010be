import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/shared/roles.js'
import { makeStory, makeTopic, paragraphs } from '../src/testing/factories.js'
import { browserAvailable, launchChromium } from './browser.js'
import {
  bodyEditor,
  conflictingEdits,
  LAPTOP,
  makeStaff,
  type Newsroom,
  newsroomPage,
  PASSWORD,
  saved,
  screenshot,
  signIn,
  startNewsroom,
  TABLET,
} from './newsroom-fixture.js'

describe.skipIf(!browserAvailable())('the newsroom app in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  let earlier: Awaited<ReturnType<typeof makeStory>>
  let speaker: Awaited<ReturnType<typeof makeTopic>>
  let photo: { id: string }

  beforeAll(async () => {
    t = await startNewsroom()
    speaker = await makeTopic(t.services, 'person', { uk: { name: 'Олена Марчук' }, en: { name: 'Olena Marchuk' } })
    // An earlier story to link to, found through the editor's story search.
    earlier = await makeStory(t.services, { headline: 'Міст Патона закрили на ремонт', body: paragraphs('Ремонт триватиме рік.') })
    await t.services.stories.transition(earlier.version.id, { to: 'published' }, systemActor)
    photo = await t.services.media.createImage(
      {
        data: await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 90, b: 140 } } })
          .jpeg()
          .toBuffer(),
        originalName: 'bridge.jpg',
        credit: 'Vistka',
        texts: { uk: { caption: 'Міст Патона', alt: 'Пішохідний міст уночі' } },
      },
      systemActor,
    )
    await t.cacheSettled()
    browser = await launchChromium()
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await t?.close()
  })

  it('lets an author write a story with a heading, a quote, an image and an internal link and submit it, and an editor publish it', async () => {
    const author = await makeStaff(t, 'author')
    const editor = await makeStaff(t, 'editor')
    const headline = 'Мости Києва відкриють для пішоходів'

    const { context: authorContext, page } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, author.email)
    await page.getByRole('link', { name: 'Новий матеріал' }).click()
    await page.getByLabel('Заголовок').fill(headline)
    await page.getByRole('button', { name: 'Вибрати головне фото' }).click()
    await page.getByRole('button', { name: 'Вибрати зображення Пішохідний міст уночі' }).click()
    await page.getByRole('button', { name: 'Створити й відкрити редактор' }).click()
    await bodyEditor(page).click()
    await page.keyboard.type('Раніше повідомлялося, що ')
    await page.getByRole('button', { name: 'Посилання на матеріал' }).click()
    await page.getByRole('searchbox', { name: 'Пошук матеріалів' }).fill('Патона')
    await page.getByRole('button', { name: 'Послатися на «Міст Патона закрили на ремонт»' }).click()
    await page.keyboard.type('.')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Зображення' }).click()
    await page.getByRole('button', { name: 'Вставити зображення Пішохідний міст уночі' }).click()
    await page.getByRole('button', { name: 'H2 Підзаголовок' }).click()
    await page.keyboard.type('Що зміниться')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Пішохідні зони з’являться на трьох мостах.')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Цитата' }).click()
    await page.keyboard.type('Місто має належати людям.')
    await page.getByLabel('Мовець').selectOption({ label: 'Олена Марчук' })
    await saved(page)
    await page.getByRole('button', { name: 'Надіслати на перевірку' }).click()
    await page.locator('.workflow .status', { hasText: 'На перевірці' }).waitFor()

    const [version] = (await t.services.stories.listVersions({ limit: 5, q: 'пішоходів' }, systemActor)) as {
      id: string
      storyId: string
    }[]
    const stored = await t.services.stories.getVersion(version!.id)
    expect(stored.status).toBe('in_review')
    expect(stored.body.content.map((b) => b.type)).toEqual(['paragraph', 'image', 'heading', 'paragraph', 'blockquote'])
    expect(JSON.stringify(stored.body)).toContain(`"storyLink","attrs":{"storyId":"${earlier.story.id}"}`)
    expect(stored.body.content[1]).toEqual({ type: 'image', attrs: { mediaId: photo.id } })
    expect((await t.services.stories.getStory(stored.storyId)).story.leadMediaId).toBe(photo.id)
    expect(stored.body.content[4]).toMatchObject({ type: 'blockquote', attrs: { speakerId: speaker.id } })
    await screenshot(page, 'newsroom-author-submitted-laptop')
    await authorContext.close()

    // The editor works on a tablet: finds the story on the desk, publishes it, opens the public page.
    const { context: editorContext, page: desk } = await newsroomPage(browser, TABLET)
    await signIn(desk, t.base, editor.email)
    await desk.getByRole('region', { name: 'Чекають на перевірку' }).getByRole('link', { name: headline }).click()
    await desk.getByRole('button', { name: 'Опублікувати' }).click()
    await desk.locator('.workflow .status', { hasText: 'Опубліковано' }).waitFor()
    await screenshot(desk, 'newsroom-editor-published-tablet')
    const publicPage = await desk.getByRole('link', { name: 'Відкрити публічну сторінку' }).getAttribute('href')
    await t.cacheSettled()
    await desk.goto(t.base + publicPage)
    expect(await desk.textContent('h1')).toBe(headline)
    expect(await desk.locator('article blockquote, blockquote').first().textContent()).toContain('Місто має належати людям.')
    expect(await desk.locator(`a[href$="-${earlier.story.id}"]`).first().textContent()).toBe('Міст Патона закрили на ремонт')
    expect(await desk.locator(`figure img[src*="${photo.id}"]`).count()).toBe(2) // the lead photo and the one in the text
    expect(await desk.locator(`figure img[src*="${photo.id}"]`).first().getAttribute('alt')).toBe('Пішохідний міст уночі')
    await screenshot(desk, 'newsroom-public-page-tablet')
    await editorContext.close()
  })

  it('shows both versions when two people save the same version, and loses neither', async () => {
    const { version } = await makeStory(t.services, {
      headline: 'Рада ухвалила бюджет',
      lead: 'Старий лід',
      body: paragraphs('Перший абзац.'),
    })
    const { a, b, dialog } = await conflictingEdits(browser, t, version.storyId, {
      firstTypes: ' Додала перша.',
      secondLead: 'Новий лід від другого',
      names: ['Ірина Коваль', 'Павло Гнатюк'],
    })
    await dialog.waitFor()
    expect(await dialog.getByRole('region', { name: 'Ваша версія' }).textContent()).toContain('Новий лід від другого')
    expect(await dialog.getByRole('region', { name: /Їхня версія/ }).textContent()).toContain('Перший абзац. Додала перша.')
    await screenshot(b.page, 'newsroom-conflict-tablet')

    await dialog.getByRole('button', { name: 'Залишити мою як нову редакцію' }).click()
    await dialog.waitFor({ state: 'detached' })
    await saved(b.page)
    const now = await t.services.stories.getVersion(version.id)
    expect(now.lead).toBe('Новий лід від другого')
    const history = await Promise.all(
      (await t.services.revisions.listRevisions(version.id, systemActor)).map((r) =>
        t.services.revisions.getRevision(version.id, r.number, systemActor),
      ),
    )
    expect(history.some((r) => JSON.stringify(r.body).includes('Додала перша.'))).toBe(true)
    expect(await b.page.getByRole('status').filter({ hasText: 'Вашу версію збережено поверх їхньої' }).count()).toBe(1)
    await screenshot(b.page, 'newsroom-conflict-resolved-tablet')
    await a.context.close()
    await b.context.close()
  })

  it('keeps unsaved text when the session ends mid-edit, asks to sign in again, then saves it', async () => {
    const author = await makeStaff(t, 'author')
    const { context, page } = await newsroomPage(browser, LAPTOP)
    await page.goto(`${t.base}/newsroom/`)
    await page.getByLabel('Електронна пошта').fill(author.email)
    await page.getByLabel('Пароль').fill('not the password')
    await page.getByRole('button', { name: 'Увійти' }).click()
    await page.getByRole('alert').filter({ hasText: 'Неправильна' }).waitFor() // the refusal is shown in place
    await signIn(page, t.base, author.email)
    await page.getByRole('link', { name: 'Новий матеріал' }).click()
    await page.getByLabel('Заголовок').fill('Сеанс закінчився посеред роботи')
    await page.getByRole('button', { name: 'Створити й відкрити редактор' }).click()
    await bodyEditor(page).click()
    await page.keyboard.type('Перше речення.')
    await saved(page)

    await context.clearCookies() // the session is gone, as after 8 idle hours
    await page.keyboard.type(' Друге речення, ще не збережене.')
    const dialog = page.getByRole('dialog', { name: 'Ваш сеанс завершився' })
    await dialog.waitFor()
    expect(await bodyEditor(page).textContent()).toContain('Друге речення, ще не збережене.')
    await dialog.getByLabel('Пароль').fill(PASSWORD) // the email is already filled in
    await dialog.getByRole('button', { name: 'Увійти' }).click()
    await dialog.waitFor({ state: 'detached' })
    await saved(page)
    const [row] = await t.services.stories.listVersions({ limit: 1, q: 'Сеанс закінчився' }, systemActor)
    expect((await t.services.stories.getVersion(row!.id)).bodyText).toContain('Друге речення, ще не збережене.')
    await screenshot(page, 'newsroom-session-renewed-laptop')
    await context.close()
  })
})
