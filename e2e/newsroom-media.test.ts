import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { StoryWithVersions } from '../newsroom/src/api/types.js'
import { systemActor } from '../src/shared/roles.js'
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

/**
 * A picture of a street (sky, sun, houses) with film grain, so it does not compress to nothing and
 * an upload takes long enough to watch; `hue` tells pictures apart in screenshots.
 */
const photo = (width: number, height: number, hue = 210) =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 300 200" preserveAspectRatio="none">
      <defs>
        <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,45%)"/><stop offset="1" stop-color="hsl(${hue},50%,85%)"/></linearGradient>
        <filter id="grain" x="0" y="0" width="1" height="1"><feTurbulence type="fractalNoise" baseFrequency="2.5" numOctaves="2"/><feColorMatrix type="saturate" values="0"/><feComponentTransfer><feFuncA type="linear" slope="0.35"/></feComponentTransfer><feBlend in="SourceGraphic" mode="multiply"/></filter>
      </defs>
      <g filter="url(#grain)">
        <rect width="300" height="200" fill="url(#sky)"/>
        <circle cx="230" cy="50" r="22" fill="hsl(45,95%,70%)"/>
        <rect x="20" y="90" width="60" height="110" fill="hsl(20,40%,40%)"/><rect x="90" y="110" width="50" height="90" fill="hsl(35,35%,55%)"/>
        <rect x="150" y="80" width="70" height="120" fill="hsl(0,30%,35%)"/><rect x="230" y="120" width="60" height="80" fill="hsl(90,20%,40%)"/>
        <rect x="0" y="185" width="300" height="15" fill="hsl(0,0%,25%)"/>
      </g>
    </svg>`),
  )
    .jpeg({ quality: 92 })
    .toBuffer()

/** Drops files on an element as a person dragging them from the desktop would: dragenter, dragover, drop with a DataTransfer. */
async function dropFiles(page: Page, selector: string, files: { name: string; mimeType: string; data: Buffer }[]) {
  await page.locator(selector).evaluate(
    (zone, list) => {
      const transfer = new DataTransfer()
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
        transfer.items.add(new File([bytes], f.name, { type: f.mimeType }))
      }
      for (const type of ['dragenter', 'dragover', 'drop'])
        zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }))
    },
    files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.data.toString('base64') })),
  )
}

describe.skipIf(!browserAvailable())('the newsroom media library in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  newsroomInChromium((started) => ({ t, browser } = started))

  it('lets an author upload a lead image and a body image from the picker, see refusals beside their files, describe the images and use them in a story', {
    timeout: 90_000,
  }, async () => {
    const author = await makeStaff(t, 'author')
    const { context, page } = await newsroomPage(browser, LAPTOP)
    await signIn(page, t.base, author.email)
    await page.getByRole('link', { name: 'Новий матеріал' }).click()
    await page.getByLabel('Заголовок').fill('Майдан прикрасили до свят')

    // Lead image: three files through the file button; one is not a picture, one is too big.
    await page.getByRole('button', { name: 'Вибрати головне фото' }).click()
    const picker = page.getByRole('dialog', { name: 'Вибрати головне фото' })
    // The upload goes out slowly enough to watch its progress bar move.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 64 * 1024 })
    // From disk: the browser reads the files itself (a 26 MB payload sent through the protocol would take seconds).
    const folder = mkdtempSync(join(tmpdir(), 'vistka-uploads-'))
    writeFileSync(join(folder, 'maidan.jpg'), await photo(1400, 900))
    writeFileSync(join(folder, 'notes.jpg'), 'these are notes, not a photo')
    writeFileSync(join(folder, 'huge.jpg'), Buffer.alloc(26 * 1024 * 1024, 1))
    await picker.getByLabel('Виберіть файли').setInputFiles(['maidan.jpg', 'notes.jpg', 'huge.jpg'].map((f) => join(folder, f)))
    await picker.getByRole('progressbar', { name: 'Завантаження maidan.jpg' }).waitFor()
    await page.waitForFunction(() => {
      const bar = document.querySelector('progress')
      return bar !== null && bar.value > 0 && bar.value < 100 // part of the file has gone out, not all of it
    })
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
    const uploads = picker.getByRole('list', { name: 'Завантаження' })
    await uploads.getByRole('listitem').filter({ hasText: 'maidan.jpg' }).filter({ hasText: 'Завантажено' }).waitFor()
    // The refusal is shown beside its file, in the server's words.
    await uploads
      .getByRole('listitem')
      .filter({ hasText: 'notes.jpg' })
      .filter({ hasText: 'Не завантажено: Цей файл не є підтримуваним зображенням' })
      .waitFor()
    await uploads
      .getByRole('listitem')
      .filter({ hasText: 'huge.jpg' })
      .filter({ hasText: 'Не завантажено: Файл більший за 25 МБ' })
      .waitFor()
    rmSync(folder, { recursive: true })

    await screenshot(page, 'newsroom-media-picker-uploaded-laptop')
    await picker.getByRole('button', { name: 'Відомості про зображення maidan.jpg' }).click()
    const details = page.getByRole('dialog', { name: 'Зображення: maidan.jpg' })
    await details.getByLabel('Опис (alt)').fill('Ялинка на Майдані Незалежності')
    await details.getByLabel('Підпис', { exact: true }).fill('Головна ялинка країни')
    await screenshot(page, 'newsroom-media-describe-laptop')
    await details.getByRole('button', { name: 'Зберегти' }).click()
    await details.getByRole('status').filter({ hasText: 'Збережено' }).waitFor()
    await details.getByRole('button', { name: 'Закрити' }).click()
    await picker.getByRole('button', { name: 'Вибрати зображення Ялинка на Майдані Незалежності' }).click()
    await picker.waitFor({ state: 'detached' })
    await page.getByRole('img', { name: 'Ялинка на Майдані Незалежності' }).waitFor()
    await page.getByRole('button', { name: 'Створити й відкрити редактор' }).click()

    // Body image: dropped on the picker's drop zone, described, inserted.
    await bodyEditor(page).click()
    await page.keyboard.type('Святкове містечко відкрилося в суботу.')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Зображення' }).click()
    const bodyPicker = page.getByRole('dialog', { name: 'Вставити зображення з медіатеки' })
    await dropFiles(page, 'section.drop-zone', [{ name: 'market.png', mimeType: 'image/png', data: await photo(400, 300, 20) }])
    await bodyPicker.getByRole('list', { name: 'Завантаження' }).getByText('Завантажено').waitFor()
    await bodyPicker.getByRole('button', { name: 'Відомості про зображення market.png' }).click()
    const marketDetails = page.getByRole('dialog', { name: 'Зображення: market.png' })
    await marketDetails.getByLabel('Опис (alt)').fill('Ярмарок біля Михайлівського собору')
    await marketDetails.getByRole('button', { name: 'Зберегти' }).click()
    await marketDetails.getByRole('status').filter({ hasText: 'Збережено' }).waitFor()
    await marketDetails.getByRole('button', { name: 'Закрити' }).click()
    await bodyPicker.getByRole('button', { name: 'Вставити зображення Ярмарок біля Михайлівського собору' }).click()
    await bodyPicker.waitFor({ state: 'detached' })
    await page.keyboard.type('Ярмарок працюватиме до Водохреща.')
    await saved(page)

    const described = async (alt: string) => {
      const [m] = await t.services.media.listMedia({ limit: 2, q: alt })
      if (!m) throw new Error(`no image described “${alt}”`)
      return m
    }
    const lead = await described('Ялинка на Майдані Незалежності')
    const market = await described('Ярмарок біля Михайлівського собору')
    expect(lead.texts.uk).toEqual({ alt: 'Ялинка на Майдані Незалежності', caption: 'Головна ялинка країни' })
    expect(lead.createdBy).toBe(author.id)
    // The editor draws the library's picture with its alt text: a 400 px image has no 480 px file, only its own.
    const inEditor = bodyEditor(page).locator(`figure[data-media-id="${market.id}"] img`)
    await expect.poll(() => inEditor.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
    expect(await inEditor.getAttribute('alt')).toBe('Ярмарок біля Михайлівського собору')
    // The side column's lead image, read from the library by id, shows its own file too.
    const leadThumb = page.getByRole('region', { name: 'Спільне для всіх мов' }).locator('.lead-image img')
    await expect.poll(() => leadThumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
    await screenshot(page, 'newsroom-media-author-inserted-laptop')

    // What the admin API now holds for the story, read with the author's own session.
    const storyId = new URL(page.url()).pathname.split('/')[3] as string
    const stored = (await (await page.request.get(`${t.base}/api/admin/v1/stories/${storyId}`)).json()) as StoryWithVersions
    expect(stored.story.leadMediaId).toBe(lead.id)
    const version = stored.versions[0] as StoryWithVersions['versions'][number]
    expect(version.body.content.map((b) => b.type)).toEqual(['paragraph', 'image', 'paragraph'])
    expect(version.body.content[1]).toEqual({ type: 'image', attrs: { mediaId: market.id } })

    // Once published, readers see both pictures with the texts written in the picker.
    await t.services.stories.transition(version.id, { to: 'published' }, systemActor)
    await t.cacheSettled()
    await page.goto(`${t.base}/news/${version.slug}-${storyId}`)
    const leadFigure = page.locator(`figure:has(img[src*="${lead.id}"])`).first()
    expect(await leadFigure.locator('img').getAttribute('alt')).toBe('Ялинка на Майдані Незалежності')
    expect(await leadFigure.textContent()).toContain('Головна ялинка країни')
    expect(await page.locator(`figure img[src*="${market.id}"]`).getAttribute('alt')).toBe('Ярмарок біля Михайлівського собору')
    await screenshot(page, 'newsroom-media-public-page-laptop')
    await context.close()
  })

  it('lets an editor find an image on the Media screen, caption it in every language, set its focal point, upload again after the network was down, and delete another', async () => {
    const editor = await makeStaff(t, 'editor')
    const upload = async (name: string, uk: { caption: string; alt: string }, hue: number) =>
      t.services.media.createImage({ data: await photo(1200, 800, hue), originalName: name, texts: { uk } }, systemActor)
    const square = await upload('square.jpg', { caption: 'Софійська площа', alt: 'Площа з дзвіницею' }, 260)
    const spare = await upload('spare.jpg', { caption: 'Зайвий знімок', alt: 'Дубль' }, 120)

    const { context, page } = await newsroomPage(browser, TABLET, { bypassCSP: true })
    await signIn(page, t.base, editor.email)
    await page.getByRole('link', { name: 'Медіатека' }).click()
    await page.getByRole('heading', { name: 'Медіатека', level: 1 }).waitFor()
    await page.getByRole('searchbox', { name: 'Пошук у медіатеці' }).fill('дзвіницею')
    const grid = page.getByRole('list', { name: 'Зображення' })
    await grid.getByRole('button', { name: 'Відомості про зображення Площа з дзвіницею' }).waitFor()
    await expect.poll(() => grid.getByRole('listitem').count()).toBe(1)
    expect(await axeViolations(page), 'media screen').toEqual([])

    await grid.getByRole('button', { name: 'Відомості про зображення Площа з дзвіницею' }).click()
    const details = page.getByRole('dialog', { name: 'Зображення: square.jpg' })
    await details.getByRole('tab', { name: /Англійська/ }).click()
    await details.getByLabel('Опис (alt)').fill('A square with a bell tower')
    await details.getByLabel('Підпис', { exact: true }).fill('Sofiiska Square')
    // Arrow keys move between the language tabs, as in any tab list.
    await details.getByRole('tab', { name: /Англійська/ }).press('ArrowRight')
    expect(await details.getByRole('tab', { name: /Російська/ }).getAttribute('aria-selected')).toBe('true')
    await details.getByLabel('Опис (alt)').fill('Площадь с колокольней')
    await details.getByLabel('Підпис', { exact: true }).fill('Софийская площадь')
    await details.getByLabel('Автор або агенція').fill('Vistka / Олег Петренко')
    // The focal point: a click on the picture's right third, then exactly through the number field.
    const picture = details.getByRole('button', { name: /Фокус на знімку/ })
    const box = (await picture.boundingBox()) as { x: number; y: number; width: number; height: number }
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.25)
    expect(Number(await details.getByLabel('По ширині (%)').inputValue())).toBeCloseTo(75, -1)
    await details.getByLabel('По висоті (%)').fill('30')
    await details.getByRole('status').filter({ hasText: 'Є незбережені зміни' }).waitFor()
    // Closing now would lose the edits: the dialog asks, and staying keeps them.
    await page.keyboard.press('Escape')
    await details.getByRole('alert').filter({ hasText: 'Зміни не збережено' }).waitFor()
    await details.getByRole('button', { name: 'Редагувати далі' }).click()
    expect(await details.getByLabel('Опис (alt)').inputValue()).toBe('Площадь с колокольней')
    expect(await axeViolations(page), 'image details').toEqual([])
    await details.getByRole('button', { name: 'Зберегти' }).click()
    await details.getByRole('status').filter({ hasText: 'Збережено' }).waitFor()

    const stored = await t.services.media.getMedia(square.id)
    expect(stored.texts).toEqual({
      uk: { caption: 'Софійська площа', alt: 'Площа з дзвіницею' },
      en: { caption: 'Sofiiska Square', alt: 'A square with a bell tower' },
      ru: { caption: 'Софийская площадь', alt: 'Площадь с колокольней' },
    })
    expect(stored.credit).toBe('Vistka / Олег Петренко')
    expect(stored.focalX).toBeGreaterThan(0.65)
    expect(stored.focalX).toBeLessThan(0.85)
    expect(stored.focalY).toBeCloseTo(0.3)
    await screenshot(page, 'newsroom-media-details-tablet')
    await details.getByRole('button', { name: 'Закрити' }).click()

    await page.getByRole('searchbox', { name: 'Пошук у медіатеці' }).fill('')
    // The whole library again, loaded before the network goes down (a list asked for offline would fail instead).
    await grid.getByRole('button', { name: 'Відомості про зображення Дубль' }).waitFor()
    // With the network down an upload fails in place, and goes through when sent again.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
    await page
      .getByLabel('Виберіть файли')
      .setInputFiles({ name: 'offline.jpg', mimeType: 'image/jpeg', buffer: await photo(800, 500, 160) })
    const row = page.getByRole('list', { name: 'Завантаження' }).getByRole('listitem').filter({ hasText: 'offline.jpg' })
    await row.filter({ hasText: 'Не завантажено: сервер недоступний' }).waitFor()
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
    await row.getByRole('button', { name: 'Надіслати offline.jpg ще раз' }).click()
    await row.filter({ hasText: 'Завантажено' }).waitFor()
    await grid.getByRole('button', { name: 'Відомості про зображення offline.jpg' }).waitFor()
    // The grid is worked with the keyboard: arrow keys move from card to card, End to the last.
    const cards = grid.locator('button.media-card-main')
    const last = (await cards.count()) - 1
    const focused = (i: number) => cards.nth(i).evaluate((el) => el === document.activeElement)
    await cards.nth(0).focus()
    await page.keyboard.press('ArrowRight')
    expect(await focused(1)).toBe(true)
    await page.keyboard.press('End')
    expect(await focused(last)).toBe(true)
    await grid.getByRole('button', { name: 'Відомості про зображення Дубль' }).click()
    const spareDetails = page.getByRole('dialog', { name: 'Зображення: spare.jpg' })
    await spareDetails.getByRole('button', { name: 'Видалити зображення' }).click()
    await spareDetails.getByRole('button', { name: 'Так, видалити' }).click()
    await spareDetails.waitFor({ state: 'detached' })
    await grid.getByRole('button', { name: 'Відомості про зображення Дубль' }).waitFor({ state: 'detached' })
    await expect(t.services.media.getMedia(spare.id)).rejects.toThrow()
    await grid.getByRole('button', { name: 'Відомості про зображення Площа з дзвіницею' }).waitFor()
    await screenshot(page, 'newsroom-media-screen-tablet')
    await context.close()
  })
})
