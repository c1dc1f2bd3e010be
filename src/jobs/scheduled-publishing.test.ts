import SQLite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'
import { systemActor } from '../shared/roles.js'
import { makeStory } from '../testing/factories.js'
import { createTestApp } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { enqueueJob } from './job.repository.js'
import { backoffMs, createJobRunner } from './job.runner.js'

describe.each(testDialects())('scheduled publishing on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeEach(async () => {
    t = await createTestApp(dialect)
  })
  afterEach(() => t.close())

  const jobs = () => t.database.db.selectFrom('jobs').selectAll().execute()

  it('publishes a scheduled version at its time, with its planned time, once', async () => {
    const { version } = await makeStory(t.services)
    await t.services.stories.transition(version.id, { to: 'scheduled', at: '2026-11-24T09:00:00.000Z' }, systemActor)
    expect(await t.jobs.runDue()).toBe(0) // not due yet
    t.clock.set('2026-11-24T09:00:01.000Z')
    expect(await t.jobs.runDue()).toBe(1)
    expect(await t.services.stories.getVersion(version.id)).toMatchObject({ status: 'published', publishedAt: '2026-11-24T09:00:00.000Z' })
    expect((await jobs()).map((j) => j.status)).toEqual(['done'])
    expect(await t.jobs.runDue()).toBe(0)
  })

  it('goes live on its own once started, with nobody signed in', async () => {
    const { version } = await makeStory(t.services)
    await t.services.stories.transition(version.id, { to: 'scheduled', at: '2026-11-24T09:00:00.000Z' }, systemActor)
    const runner = createJobRunner({
      db: t.database.db,
      dialect,
      clock: t.clock,
      handlers: {
        publish_version: async (p) => void (await t.services.stories.publishScheduled(String(p.versionId), String(p.scheduledAt))),
      },
      onError: (err) => {
        throw err
      },
      pollMs: 20,
    })
    runner.start()
    try {
      t.clock.set('2026-11-24T09:00:00.000Z')
      for (let i = 0; i < 250 && (await t.services.stories.getVersion(version.id)).status !== 'published'; i++)
        await new Promise((r) => setTimeout(r, 20))
      expect((await t.services.stories.getVersion(version.id)).status).toBe('published')
    } finally {
      await runner.stop()
    }
  })

  it('publishes at the new time after a reschedule, and not at the old one', async () => {
    const { version } = await makeStory(t.services)
    await t.services.stories.transition(version.id, { to: 'scheduled', at: '2026-11-24T09:00:00.000Z' }, systemActor)
    await t.services.stories.transition(version.id, { to: 'scheduled', at: '2026-11-24T10:00:00.000Z' }, systemActor)
    t.clock.set('2026-11-24T09:30:00.000Z')
    await t.jobs.runDue()
    expect((await t.services.stories.getVersion(version.id)).status).toBe('scheduled')
    t.clock.set('2026-11-24T10:00:00.500Z')
    await t.jobs.runDue()
    expect(await t.services.stories.getVersion(version.id)).toMatchObject({ status: 'published', publishedAt: '2026-11-24T10:00:00.000Z' })
  })

  it('does nothing for a version sent back to draft before its time', async () => {
    const { version } = await makeStory(t.services)
    await t.services.stories.transition(version.id, { to: 'scheduled', at: '2026-11-24T09:00:00.000Z' }, systemActor)
    await t.services.stories.transition(version.id, { to: 'draft' }, systemActor)
    t.clock.set('2026-11-24T09:01:00.000Z')
    await t.jobs.runDue()
    expect((await t.services.stories.getVersion(version.id)).status).toBe('draft')
  })

  it('retries a failing job with backoff, keeps its error, and gives up after the last try', async () => {
    const errors: string[] = []
    const runner = createJobRunner({
      db: t.database.db,
      dialect,
      clock: t.clock,
      handlers: { flaky: async () => Promise.reject(new Error('the wire service is down')) },
      onError: (err) => errors.push((err as Error).message),
      maxAttempts: 2,
    })
    await enqueueJob(t.database.db, { kind: 'flaky', payload: {}, runAt: '2026-11-24T08:00:00.000Z', at: '2026-11-24T08:00:00.000Z' })
    expect(await runner.runDue()).toBe(1)
    let [job] = await jobs()
    expect(job).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'the wire service is down',
      run_at: '2026-11-24T08:00:05.000Z',
    })
    expect(await runner.runDue()).toBe(0) // backing off
    t.clock.advance(backoffMs(1))
    expect(await runner.runDue()).toBe(1)
    ;[job] = await jobs()
    expect(job).toMatchObject({ status: 'failed', attempts: 2 })
    expect(errors).toEqual(['the wire service is down', 'the wire service is down'])
  })

  it('on stop, finishes the job it is running and gives back the rest of its batch, untried, for another process', async () => {
    let release: () => void = () => {}
    const started: string[] = []
    const runner = createJobRunner({
      db: t.database.db,
      dialect,
      clock: t.clock,
      handlers: {
        slow: async (payload) => {
          started.push(String(payload.n))
          await new Promise<void>((resolve) => {
            release = resolve
          })
        },
      },
      onError: (err) => {
        throw err
      },
    })
    for (const n of [1, 2, 3]) {
      await enqueueJob(t.database.db, {
        kind: 'slow',
        payload: { n },
        runAt: `2026-11-24T08:00:0${n}.000Z`,
        at: '2026-11-24T08:00:00.000Z',
      })
    }
    t.clock.set('2026-11-24T08:00:10.000Z')
    const running = runner.runDue()
    while (started.length === 0) await new Promise((r) => setTimeout(r, 5))
    const stopped = runner.stop()
    release()
    await stopped
    expect(await running).toBe(1)
    expect(started).toEqual(['1'])
    const byN = (await jobs()).sort((a, b) => a.run_at.localeCompare(b.run_at))
    expect(byN.map((j) => [j.status, j.attempts, j.locked_by])).toEqual([
      ['done', 1, runner.worker],
      ['pending', 0, null],
      ['pending', 0, null],
    ])
    expect(await runner.runDue()).toBe(0) // a stopped runner claims nothing
    const next = createJobRunner({ db: t.database.db, dialect, clock: t.clock, handlers: { slow: async () => {} }, onError: () => {} })
    expect(await next.runDue()).toBe(2)
  })

  it('publishes exactly once when two servers share the database', async () => {
    const second = await buildApp(loadConfig({ MEDIA_DIR: t.mediaDir, LOG_LEVEL: 'silent' }), {
      database: openDatabase(t.location),
      clock: t.clock,
      logger: false,
    })
    try {
      const published: string[] = []
      t.events.on('story.published', ({ storyId }) => published.push(`first:${storyId}`))
      second.events.on('story.published', ({ storyId }) => published.push(`second:${storyId}`))
      const scheduled = []
      for (let i = 0; i < 10; i++) {
        const { version } = await makeStory(t.services)
        await t.services.stories.transition(version.id, { to: 'scheduled', at: '2026-11-24T09:00:00.000Z' }, systemActor)
        scheduled.push(version.id)
      }
      t.clock.set('2026-11-24T09:00:02.000Z')
      const ran = await Promise.all([t.jobs.runDue(), second.jobs.runDue(), t.jobs.runDue(), second.jobs.runDue()])
      expect(ran.reduce((a, b) => a + b, 0)).toBe(10)
      expect(published).toHaveLength(10)
      const audit = await t.database.db
        .selectFrom('audit_log')
        .select('entity_id')
        .where('action', '=', 'story_version.published')
        .execute()
      expect(audit.map((a) => a.entity_id).sort()).toEqual([...scheduled].sort())
    } finally {
      await second.close()
    }
  })

  it.skipIf(dialect !== 'sqlite')(
    'puts a job that failed while the database was away back for its retry, instead of leaving it locked for minutes',
    async () => {
      const { version } = await makeStory(t.services)
      await t.services.stories.transition(version.id, { to: 'scheduled', at: '2026-11-24T09:00:00.000Z' }, systemActor)
      const file = t.location.dialect === 'sqlite' ? t.location.file : ''
      const other = new SQLite(file) // another process holding the write lock: the database is away for writes
      const errors: unknown[] = []
      const runner = createJobRunner({
        db: t.database.db,
        dialect,
        clock: t.clock,
        handlers: {
          publish_version: async () => {
            other.exec('begin immediate')
            throw new Error('the database went away mid-job')
          },
        },
        onError: (err) => errors.push(err),
      })
      t.clock.set('2026-11-24T09:00:01.000Z')
      expect(await runner.runDue()).toBe(1)
      expect(errors.map((e) => (e as { code?: string }).code ?? (e as Error).message)).toEqual([
        'the database went away mid-job',
        'SQLITE_BUSY',
      ])
      other.exec('rollback')
      other.close()
      expect((await jobs()).map((j) => j.status)).toEqual(['running']) // left locked: failJob could not write

      expect(await runner.runDue()).toBe(0) // the next poll puts it back for its retry…
      expect(await jobs()).toMatchObject([{ status: 'pending', locked_by: null, last_error: 'the database went away mid-job' }])
      t.clock.advance(backoffMs(1))
      expect(await t.jobs.runDue()).toBe(1) // …and it runs after its backoff, not after the stale-lock wait
      expect((await t.services.stories.getVersion(version.id)).status).toBe('published')
    },
    30_000,
  )
})
