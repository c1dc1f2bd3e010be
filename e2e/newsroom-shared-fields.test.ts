import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../src/shared/roles.js'
import { paragraphs } from '../src/testing/factories.js'
import { axeViolations, browserAvailable } from './browser.js'
import {
  ARTIFACTS,
  LAPTOP,
  makeStaff,
  type Newsroom,
  newsroomInChromium,
  newsroomPage,
  saved,
  screenshot,
  signIn,
} from './newsroom-fixture.js'

/** The narrow tablet width the sidebar must still work at. */
const NARROW = { width: 800, height: 1100 } as const

/** A picture of the editor's side column alone, to look at the fields closely. */
async function sidebarShot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.locator('.editor-side').screenshot({ path: join(ARTIFACTS, `${name}.png`) })
}
let n = 0

describe.skipIf(!browserAvailable())('shared fields and the address in the newsroom editor, in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  newsroomInChromium((started) => ({ t, browser } = started))

  /** A published Ukrainian story in Politics with an English translation, and the topics to move it to. */
  async function publishedStory() {
    const i = ++n // each test's topics have addresses of their own
    const section = (slug: string, uk: string, en: string) =>
      t.services.taxonomy.createTopic({ kind: 'section', names: { uk: { name: uk, slug }, en: { name: en, slug } } }, systemActor)
    const politics = await section(`polityka-${i}`, `Політика ${i}`, `Politics ${i}`)
    const sport = await section(`sport-${i}`, `Спорт ${i}`, `Sport ${i}`)
    const tag = await t.services.taxonomy.createTopic(
      { kind: 'tag', names: { uk: { name: `Футбол ${i}`, slug: `futbol-${i}` } } },
      systemActor,
    )
    const { story, versions } = await t.services.stories.createStory(
      { locale: 'uk', headline: `Динамо виграло кубок ${i}`, body: paragraphs('Текст матеріалу'), sectionId: politics.id },
      systemActor,
    )
    const uk = await t.services.stories.transition(versions[0]!.id, { to: 'published' }, systemActor)
    await t.services.stories.createStory({ locale: 'uk', headline: 'Інша новина', slug: `zainiata-adresa-${i}` }, systemActor)
    await t.services.translations.createTranslation(
      { storyId: story.id, sourceLocale: 'uk', targetLocale: 'en', headline: 'Dynamo won the cup' },
      systemActor,
    )
    return { story, uk, sport, tag, i }
  }

  it('lets an editor change the section, add a tag, mark it breaking and move its address, and readers see it', {
    timeout: 90_000,
  }, async () => {
    const { story, uk, sport, tag, i } = await publishedStory()
    const editor = await makeStaff(t, 'editor')
    const { context, page } = await newsroomPage(browser, LAPTOP, { bypassCSP: true })
    await signIn(page, t.base, editor.email)
    await page.goto(`${t.base}/newsroom/stories/${story.id}/uk`)
    const shared = page.getByRole('region', { name: 'Спільне для всіх мов' })
    const sharedSaved = () => shared.locator('[data-shared-state="saved"]').waitFor()
    const stored = async () => (await t.services.stories.getStory(story.id)).story

    await shared.getByLabel('Рубрика').selectOption({ label: `Спорт ${i}` })
    await expect.poll(async () => (await stored()).sectionId).toBe(sport.id)
    await sharedSaved()
    await shared.getByLabel('Теги / Люди').selectOption([{ label: `Футбол ${i}` }])
    await expect.poll(async () => (await stored()).topicIds).toEqual([tag.id])
    await shared.getByLabel('Терміново').check()
    await expect.poll(async () => (await stored()).isBreaking).toBe(true)
    await sharedSaved()
    expect(await shared.getByRole('status').textContent()).toBe('Збережено')
    expect(await axeViolations(page), 'editor sidebar with shared fields').toEqual([])
    await sidebarShot(page, 'newsroom-shared-fields-sidebar-laptop')

    // Readers see the new section and tag on the published page at once.
    const oldPath = `/news/${uk.slug}-${story.id}`
    await t.cacheSettled()
    await page.goto(`${t.base}${oldPath}`)
    await page.locator(`main a[href="/section/sport-${i}"]`).first().waitFor()
    await page.locator(`main a[href="/tag/futbol-${i}"]`).first().waitFor()

    // Someone else changes the flags meanwhile: the next change here is refused, and the current values come back.
    await page.goto(`${t.base}/newsroom/stories/${story.id}/uk`)
    await shared.getByLabel('Рубрика').waitFor() // the editor has loaded the story as it is now
    await t.services.stories.updateStory(story.id, { isImportant: true }, systemActor)
    // click(), not uncheck(): the refusal can bring the box back checked before uncheck() would look at it.
    await shared.getByLabel('Терміново').click()
    await shared.getByText('Тим часом ці поля змінив хтось інший').waitFor()
    expect(await shared.getByLabel('Важливо').isChecked()).toBe(true)
    expect(await shared.getByLabel('Терміново').isChecked()).toBe(true)
    expect((await stored()).isBreaking).toBe(true)

    // A new address; the old one now redirects to it. One another story has is refused in the server's words, in place.
    const address = page.getByLabel('Адреса', { exact: true })
    await address.fill('Not A Slug')
    await page.getByText('Використовуйте лише малі латинські літери').waitFor()
    await address.fill(`zainiata-adresa-${i}`)
    await address.blur()
    await page.getByText(`Інший матеріал мовою uk уже має частину адреси «zainiata-adresa-${i}». Оберіть іншу.`).first().waitFor()
    expect(await address.getAttribute('aria-invalid')).toBe('true')
    await address.fill('dynamo-kubok')
    await page.getByText(`Стара адреса ${oldPath} переспрямовуватиме на нову.`).waitFor()
    await page.getByText(`/news/dynamo-kubok-${story.id}`).waitFor()
    await address.blur()
    await saved(page)
    await t.cacheSettled()
    await context.close()
    // A reader who follows the old address (in a browser that has not cached that page) lands on the new one.
    const reader = await newsroomPage(browser, LAPTOP)
    await reader.page.goto(`${t.base}${oldPath}`)
    expect(new URL(reader.page.url()).pathname).toBe(`/news/dynamo-kubok-${story.id}`)
    // The headline carries the breaking mark set above.
    expect(await reader.page.getByRole('heading', { level: 1 }).textContent()).toBe(`ТерміновоДинамо виграло кубок ${i}`)
    await reader.context.close()

    // The tablet width: the sidebar goes under the text and still fits.
    const narrow = await newsroomPage(browser, NARROW)
    await signIn(narrow.page, t.base, editor.email)
    await narrow.page.goto(`${t.base}/newsroom/stories/${story.id}/uk`)
    await narrow.page.getByRole('region', { name: 'Спільне для всіх мов' }).getByLabel('Рубрика').waitFor()
    await screenshot(narrow.page, 'newsroom-shared-fields-editor-tablet')
    await sidebarShot(narrow.page, 'newsroom-shared-fields-sidebar-tablet')
    await narrow.context.close()
  })

  it('shows a translator the shared fields read-only', { timeout: 60_000 }, async () => {
    const { story, i } = await publishedStory()
    const translator = await t.services.users.createUser(
      {
        email: 'translator-shared@newsroom.test',
        name: 'Перекладачка',
        role: 'translator',
        password: 'newsroom browser test password',
        locales: ['en'],
      },
      systemActor,
    )
    const { context, page } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, translator.email)
    await page.goto(`${t.base}/newsroom/stories/${story.id}/en`)
    await page.getByText('Змінювати це можуть лише редактор або автор матеріалу.').waitFor()
    expect(await page.locator('.editor-side select').count()).toBe(0)
    expect(await page.locator('.editor-side input[type="checkbox"]').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Вибрати головне фото' }).count()).toBe(0)
    expect(await page.locator('.editor-side dd').first().textContent()).toBe(`Політика ${i}`)
    await screenshot(page, 'newsroom-shared-fields-translator-laptop')
    await context.close()
  })
})
