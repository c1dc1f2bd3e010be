import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { buildSiteWorld } from '../site/site.fixtures.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { startReceiver } from '../testing/webhook-receiver.js'
import { ABANDONED_AFTER_MS } from './deliver.js'
import { DELIVER_JOB } from './webhook-queue.js'

describe.each(testDialects())('a delivery try cut off after its claim on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  beforeEach(async () => {
    t = await createTestApp(dialect, { WEBHOOKS_ALLOW_PRIVATE: 'true' })
    receiver = await startReceiver()
  })
  afterEach(async () => {
    await t.close()
    await receiver.close()
  })

  it('is taken over once no try could still be under way, and sent once', async () => {
    const hook = await t.services.webhooks.createWebhook({ url: `${receiver.url}/hook`, events: ['story.published'] }, systemActor)
    await (await buildSiteWorld(t.services)).story({ uk: 'Обірвана спроба' })
    await t.cacheSettled()
    // The claim of the first try was written (attempts 0 → 1) and then the database went away
    // before the try was recorded: the job runner will run the same job again.
    await t.database.db
      .updateTable('webhook_deliveries')
      .set({ attempts: 1, status: 'sending', updated_at: t.clock().toISOString() })
      .execute()
    const runAll = async () => {
      while ((await t.deliveries.runDue()) > 0) {}
    }
    await runAll()
    expect(receiver.received).toHaveLength(0) // it may still be under way elsewhere: not sent twice
    const [job] = await t.database.db.selectFrom('jobs').select(['status', 'last_error']).where('kind', '=', DELIVER_JOB).execute()
    expect(job).toMatchObject({ status: 'pending', last_error: expect.stringContaining('trying again later') })

    t.clock.advance(ABANDONED_AFTER_MS + 1000)
    await runAll()
    expect(receiver.received).toHaveLength(1)
    const [log] = await t.services.webhooks.listDeliveries(hook.id, { limit: 10 }, systemActor)
    expect(log).toMatchObject({ status: 'delivered' })
    expect(log?.attempts).toHaveLength(1)
    t.clock.advance(3_600_000)
    await runAll()
    expect(receiver.received).toHaveLength(1)
  })
})
