import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifySignature } from '../src/outbound/signature.js'
import { startReceiver } from '../src/testing/webhook-receiver.js'
import { axeViolations, browserAvailable } from './browser.js'
import { LAPTOP, makeStaff, type Newsroom, newsroomInChromium, newsroomPage, screenshot, signIn, TABLET } from './newsroom-fixture.js'

describe.skipIf(!browserAvailable())('the newsroom’s integrations screen in Chromium', () => {
  let t: Newsroom
  let browser: Browser
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  newsroomInChromium((started) => ({ t, browser } = started), { WEBHOOKS_ALLOW_PRIVATE: 'true' })
  beforeAll(async () => {
    receiver = await startReceiver()
  })
  afterAll(() => receiver.close())

  it('lets an admin make a Content API key that works, revoke it, and add a webhook that receives a signed test', {
    timeout: 90_000,
  }, async () => {
    const admin = await makeStaff(t, 'admin')
    const { context, page } = await newsroomPage(browser, LAPTOP, { bypassCSP: true })
    await signIn(page, t.base, admin.email)
    await page.getByRole('link', { name: 'Інтеграції' }).click()
    await page.getByRole('heading', { name: 'Інтеграції', level: 1 }).waitFor()

    const newKey = page.getByRole('form', { name: 'Новий ключ' })
    await newKey.getByLabel('Хто ним користується').fill('Мобільний застосунок')
    await newKey.getByRole('button', { name: 'Створити ключ' }).click()
    const key = await newKey.getByRole('textbox', { name: 'Ключ:' }).inputValue()
    expect(key).toMatch(/^vck_/)
    const api = (k: string) => fetch(`${t.base}/api/content/v1/site`, { headers: { authorization: `Bearer ${k}` } })
    expect((await api(key)).status).toBe(200)
    const keys = page.getByRole('list', { name: 'Ключі Content API' })
    await keys.getByRole('button', { name: 'Відкликати ключ «Мобільний застосунок»' }).click()
    await page.getByRole('button', { name: 'Так, відкликати' }).click()
    await keys.getByText('Відкликано').waitFor()
    expect((await api(key)).status).toBe(401)

    const newHook = page.getByRole('form', { name: 'Новий вебхук' })
    await newHook.getByLabel('Адреса (URL)').fill(`${receiver.url}/vistka`)
    await newHook.getByLabel('Для чого він').fill('Телеграм-бот')
    await newHook.getByRole('button', { name: 'Додати вебхук' }).click()
    const secret = await newHook.getByRole('textbox', { name: 'Секрет для підпису:' }).inputValue()
    expect(secret).toMatch(/^whsec_/)
    expect(await axeViolations(page), 'integrations screen').toEqual([])

    const hooks = page.getByRole('list', { name: 'Вебхуки' })
    await hooks.getByRole('button', { name: 'Надіслати тест' }).click()
    await hooks.getByText('Тест поставлено в чергу').waitFor()
    await t.deliveries.runDue()
    await hooks.getByRole('button', { name: 'Оновити' }).click()
    await hooks.getByRole('table').getByText('доставлено').waitFor()
    const [got] = receiver.received
    expect(got?.json.event).toBe('ping')
    expect(verifySignature(secret, got?.body ?? '', String(got?.headers['vistka-signature']), Math.floor(Date.now() / 1000))).toBe(true)
    await hooks.getByRole('button', { name: 'Надіслати знову' }).click()
    await t.deliveries.runDue()
    expect(receiver.received.map((r) => r.json.id)).toEqual([got?.json.id, got?.json.id])
    await screenshot(page, 'newsroom-integrations-laptop')
    await page.setViewportSize(TABLET)
    await screenshot(page, 'newsroom-integrations-tablet')
    await context.close()
  })
})
