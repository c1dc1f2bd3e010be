import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isEmptyText } from '../db/packed-text.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import { type Actor, systemActor } from '../shared/roles.js'
import type { Topic } from '../taxonomy/taxonomy.types.js'
import { makeActor, makeStory, makeTopic, paragraphs } from '../testing/factories.js'
import { refusal } from '../testing/refusal.js'
import { storedRenderingText } from '../testing/stored-rendering.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { findBodiesMentioning } from './rendered-body.repository.js'

describe.each(testDialects())('edits of live versions awaiting approval on %s', (dialect) => {
  let ctx: TestContext
  let author: Actor
  let editor: Actor
  beforeEach(async () => {
    ctx = await createTestContext(dialect)
    author = await makeActor(ctx.services, 'author')
    editor = await makeActor(ctx.services, 'editor')
  })
  afterEach(() => ctx.close())

  const stories = () => ctx.services.stories
  const row = (id: string) => ctx.database.db.selectFrom('story_versions').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

  /** The author's story, published: revision 1 is live. */
  async function liveStory(status: 'published' | 'scheduled' = 'published') {
    const { story, version } = await makeStory(ctx.services, { headline: 'Живий заголовок', body: paragraphs('Живий текст') }, author)
    const request = status === 'published' ? ({ to: 'published' } as const) : ({ to: 'scheduled', at: '2026-11-24T09:00:00.000Z' } as const)
    await stories().transition(version.id, request, systemActor)
    return { story, version: await stories().getVersion(version.id) }
  }

  it('keeps an author’s save of their published version as pending text, and the live text as readers see it', async () => {
    const { version } = await liveStory()
    const before = await row(version.id)
    ctx.clock.advance(60_000)
    const events = ctx.events.length
    const saved = await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { headline: 'Новий заголовок' } }, author)
    expect(saved).toMatchObject({ headline: 'Новий заголовок', revision: 2, liveRevision: 1, updatedBy: author.userId })
    expect(saved.pending).toEqual({ revision: 2, savedBy: author.userId, savedByName: 'author name', savedAt: saved.updatedAt })
    const after = await row(version.id)
    expect(after).toMatchObject({ headline: 'Живий заголовок', updated_at: before.updated_at, revision: 2, live_revision: 1 })
    expect(ctx.events.length).toBe(events) // nothing readers see changed
    expect((await ctx.services.revisions.listRevisions(version.id, systemActor)).map((r) => r.number)).toEqual([2, 1])
    // A later save builds on the pending text, a stale one is still refused.
    const again = await stories().saveVersion({ versionId: version.id, baseRevision: 2, changes: { lead: 'Новий лід' } }, author)
    expect(again).toMatchObject({ headline: 'Новий заголовок', lead: 'Новий лід', revision: 3, pending: { revision: 3 } })
    const stale = await refusal(stories().saveVersion({ versionId: version.id, baseRevision: 2, changes: { lead: 'X' } }, author))
    expect(stale).toMatchObject({ kind: 'Conflict', key: 'stale_revision', params: { current: 3, base: 2, savedBy: author.userId } })
    expect(await stories().getVersion(version.id)).toMatchObject({ headline: 'Новий заголовок', pending: { revision: 3 } })
  })

  it('lets an editor approve the pending text: it goes live with a new address, the old one redirecting', async () => {
    const { version } = await liveStory()
    await stories().saveVersion(
      { versionId: version.id, baseRevision: 1, changes: { slug: 'nova-adresa', body: paragraphs('Нове') } },
      author,
    )
    const approved = await stories().approvePending(version.id, 2, editor)
    expect(approved).toMatchObject({ slug: 'nova-adresa', revision: 2, liveRevision: 2, pending: null, updatedBy: editor.userId })
    expect(await row(version.id)).toMatchObject({ slug: 'nova-adresa', live_revision: 2 })
    expect(storedRenderingText(await row(version.id))).toContain('Нове')
    const old = await ctx.database.db.selectFrom('slug_history').selectAll().where('slug', '=', version.slug).executeTakeFirst()
    expect(old?.story_id).toBe(version.storyId)
    expect(ctx.events.at(-1)).toEqual({ name: 'story.updated', payload: { storyId: version.storyId, locale: 'uk' } })
    const audit = await ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'story_version.approve').execute()
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ liveRevisionBefore: 1, liveRevisionAfter: 2, savedBy: author.userId })
  })

  it('refuses approval with nothing pending, a stale revision, an unknown version, or from the author', async () => {
    const { version } = await liveStory()
    expect(await refusal(stories().approvePending(version.id, 1, editor))).toMatchObject({ kind: 'Conflict', key: 'nothing_pending' })
    await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { lead: 'Чекає' } }, author)
    expect(await refusal(stories().approvePending(version.id, 1, editor))).toMatchObject({
      kind: 'Conflict',
      key: 'stale_revision',
      params: { current: 2, base: 1 },
    })
    expect(await refusal(stories().approvePending('zzzzzzzzzzzz', 2, editor))).toMatchObject({ kind: 'NotFound' })
    expect(await refusal(stories().approvePending(version.id, 2, author))).toMatchObject({
      kind: 'Forbidden',
      key: 'pending_review_forbidden',
    })
    expect(await refusal(stories().discardPending(version.id, 2, author))).toMatchObject({ kind: 'Forbidden' })
    expect((await row(version.id)).lead).toBe(version.lead)
  })

  it('discards pending text: the live text is the working text again, and the dropped revision stays in the history', async () => {
    const { version } = await liveStory()
    await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { headline: 'Відкинуто' } }, author)
    const events = ctx.events.length
    const kept = await stories().discardPending(version.id, 2, editor)
    expect(kept).toMatchObject({ headline: 'Живий заголовок', revision: 3, liveRevision: 1, pending: null })
    expect(ctx.events.length).toBe(events)
    const history = await ctx.services.revisions.listRevisions(version.id, systemActor)
    expect(history.map((r) => [r.number, r.headline, r.note])).toEqual([
      [3, 'Живий заголовок', 'discard:2'],
      [2, 'Відкинуто', ''],
      [1, 'Живий заголовок', ''],
    ])
    // The author's editor, still on revision 2, learns that its text was dropped instead of saving it back.
    const stale = await refusal(stories().saveVersion({ versionId: version.id, baseRevision: 2, changes: { lead: 'X' } }, author))
    expect(stale).toMatchObject({ key: 'stale_revision' })
    expect(await refusal(stories().discardPending(version.id, 3, editor))).toMatchObject({ key: 'nothing_pending' })
  })

  it('saves an editor’s edit of a version with pending text live, pending changes included', async () => {
    const { version } = await liveStory()
    await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { lead: 'Лід автора' } }, author)
    const saved = await stories().saveVersion({ versionId: version.id, baseRevision: 2, changes: { headline: 'Редактор' } }, editor)
    expect(saved).toMatchObject({ headline: 'Редактор', lead: 'Лід автора', revision: 3, liveRevision: 3, pending: null })
    expect(await row(version.id)).toMatchObject({ headline: 'Редактор', lead: 'Лід автора' })
  })

  it('keeps a restore by the author as pending text too', async () => {
    const { version } = await liveStory()
    await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { headline: 'Друга' } }, editor)
    const restored = await stories().restoreRevision({ versionId: version.id, number: 1, baseRevision: 2 }, author)
    expect(restored).toMatchObject({ headline: 'Живий заголовок', revision: 3, liveRevision: 2, pending: { revision: 3 } })
    expect((await row(version.id)).headline).toBe('Друга')
  })

  it('makes the pending text the text of a version taken off the site, so nothing is lost', async () => {
    const { version } = await liveStory()
    await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { body: paragraphs('Після зняття') } }, author)
    const unpublished = await stories().transition(version.id, { to: 'unpublished' }, editor)
    expect(unpublished).toMatchObject({ status: 'unpublished', revision: 2, liveRevision: 2, pending: null })
    expect(storedRenderingText(await row(version.id))).toContain('Після зняття')
  })

  it('refuses to approve an address another story took meanwhile, yet takes the version off the site with its live address', async () => {
    const { version } = await liveStory()
    await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { slug: 'zaniata', lead: 'Новий' } }, author)
    await makeStory(ctx.services, { headline: 'Інша', slug: 'zaniata' })
    expect(await refusal(stories().approvePending(version.id, 2, editor))).toMatchObject({ kind: 'Conflict', key: 'slug_taken' })
    const off = await stories().transition(version.id, { to: 'unpublished' }, editor)
    expect(off).toMatchObject({ status: 'unpublished', slug: version.slug, lead: 'Новий', pending: null })
  })

  it('publishes the approved text of a scheduled version at its time, not the text awaiting approval', async () => {
    const { version } = await liveStory('scheduled')
    await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { headline: 'Не схвалено' } }, author)
    ctx.clock.set('2026-11-24T09:00:01.000Z')
    await stories().publishScheduled(version.id, '2026-11-24T09:00:00.000Z')
    expect(await row(version.id)).toMatchObject({ status: 'published', headline: 'Живий заголовок' })
    expect(await stories().getVersion(version.id)).toMatchObject({ headline: 'Не схвалено', pending: { revision: 2 } })
  })

  it('marks translations outdated by the source’s live text only: an edit awaiting approval marks nothing until approved', async () => {
    const { version } = await liveStory()
    const en = await ctx.services.translations.createTranslation(
      { storyId: version.storyId, sourceLocale: 'uk', targetLocale: 'en', headline: 'Live' },
      systemActor,
    )
    await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { lead: 'Чекає' } }, author)
    expect(await ctx.services.translations.listOutdatedTranslations({}, systemActor)).toEqual([])
    expect(await stories().listVersions({ outdated: true, limit: 10 }, systemActor)).toEqual([])
    // A translation started now starts from the live text and its revision.
    const ru = await ctx.services.translations.createTranslation(
      { storyId: version.storyId, sourceLocale: 'uk', targetLocale: 'ru' },
      systemActor,
    )
    expect(ru).toMatchObject({ sourceRevision: 1, lead: version.lead })
    await stories().approvePending(version.id, 2, editor)
    const outdated = await ctx.services.translations.listOutdatedTranslations({}, systemActor)
    expect(outdated.map((o) => [o.versionId, o.currentSourceRevision]).sort()).toEqual(
      [
        [en.id, 2],
        [ru.id, 2],
      ].sort(),
    )
  })

  it('lists versions with edits awaiting approval for the desk', async () => {
    const { version } = await liveStory()
    await liveStory()
    expect(await stories().listVersions({ pending: true, limit: 10 }, systemActor)).toEqual([])
    const saved = await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { lead: 'Чекає' } }, author)
    const listed = await stories().listVersions({ pending: true, limit: 10 }, systemActor)
    expect(listed.map((v) => [v.id, v.pendingSince])).toEqual([[version.id, saved.pending?.savedAt]])
  })

  describe('revision snapshots', () => {
    /** Which snapshots store their body, and which leave it to the version's row (migration 0024). */
    const stored = async (versionId: string) =>
      (
        await ctx.database.db
          .selectFrom('story_revisions')
          .select(['number', 'body'])
          .where('version_id', '=', versionId)
          .orderBy('number')
          .execute()
      ).map((r) => `${r.number}:${isEmptyText(r.body) ? 'live' : 'own'}`)
    const quoting = (speakerId: string, text: string): RichTextDoc => ({
      type: 'doc',
      content: [
        {
          type: 'blockquote',
          attrs: { speakerId, attribution: null },
          content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
        },
      ],
    })
    const texts = async (versionId: string, numbers: number[]) =>
      Promise.all(numbers.map(async (n) => (await ctx.services.revisions.getRevision(versionId, n, systemActor)).body))

    it('keeps one winner’s text, snapshot and mentions when fifty saves of the same revision arrive at once', async () => {
      const speakers = []
      for (let i = 0; i < 51; i++) speakers.push(await makeTopic(ctx.services, 'person'))
      const [first, ...rest] = speakers as [Topic, ...Topic[]]
      const { version } = await makeStory(ctx.services, { headline: 'Цитата', body: quoting(first.id, 'Перша') }, editor)
      const saves = await Promise.allSettled(
        rest.map((s, i) =>
          stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { body: quoting(s.id, `Текст ${i}`) } }, editor),
        ),
      )
      const won = saves.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []))
      expect(won).toHaveLength(1)
      for (const r of saves) if (r.status === 'rejected') expect(r.reason).toMatchObject({ kind: 'Conflict', key: 'stale_revision' })
      const winner = won[0] as number
      expect(await stored(version.id)).toEqual(['1:own', '2:live'])
      expect(await texts(version.id, [1, 2])).toEqual([quoting(first.id, 'Перша'), quoting((rest[winner] as Topic).id, `Текст ${winner}`)])
      const mentions = await ctx.database.db.selectFrom('body_mentions').select('ref_id').where('version_id', '=', version.id).execute()
      expect(mentions.map((m) => m.ref_id)).toEqual([(rest[winner] as Topic).id])
    })

    it('lists what the live text names: a pending edit’s speaker once approved, not before, not after a discard', async () => {
      const [a, b, c] = [
        await makeTopic(ctx.services, 'person'),
        await makeTopic(ctx.services, 'person'),
        await makeTopic(ctx.services, 'person'),
      ]
      const { version } = await makeStory(ctx.services, { headline: 'Цитата', body: quoting(a.id, 'Перша') }, author)
      await stories().transition(version.id, { to: 'published' }, systemActor)
      const naming = async (id: string) => (await findBodiesMentioning(ctx.database.db, id)).map((found) => found.id)
      await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { body: quoting(b.id, 'Друга') } }, author)
      expect([await naming(a.id), await naming(b.id)]).toEqual([[version.id], []]) // pending: readers still see a's quote
      await stories().approvePending(version.id, 2, editor)
      expect([await naming(a.id), await naming(b.id)]).toEqual([[], [version.id]])
      await stories().saveVersion({ versionId: version.id, baseRevision: 2, changes: { body: quoting(c.id, 'Третя') } }, author)
      await stories().discardPending(version.id, 3, editor)
      expect([await naming(b.id), await naming(c.id)]).toEqual([[version.id], []])
    })

    it('stores the live text once and keeps every revision through saves, a pending edit, its approval and a discard', async () => {
      const { version } = await makeStory(ctx.services, { headline: 'Перший', body: paragraphs('Текст 1') }, author)
      expect(await stored(version.id)).toEqual(['1:live'])
      await stories().saveVersion({ versionId: version.id, baseRevision: 1, changes: { body: paragraphs('Текст 2') } }, author)
      expect(await stored(version.id)).toEqual(['1:own', '2:live'])
      await stories().transition(version.id, { to: 'published' }, systemActor)
      // The author's edit of a live version waits for approval: readers keep revision 2.
      await stories().saveVersion({ versionId: version.id, baseRevision: 2, changes: { body: paragraphs('Текст 3') } }, author)
      expect(await stored(version.id)).toEqual(['1:own', '2:live', '3:own'])
      await stories().approvePending(version.id, 3, editor)
      expect(await stored(version.id)).toEqual(['1:own', '2:own', '3:own'])
      await stories().saveVersion({ versionId: version.id, baseRevision: 3, changes: { body: paragraphs('Текст 4') } }, author)
      await stories().discardPending(version.id, 4, editor)
      await stories().saveVersion({ versionId: version.id, baseRevision: 5, changes: { body: paragraphs('Текст 6') } }, editor)
      expect(await stored(version.id)).toEqual(['1:own', '2:own', '3:own', '4:own', '5:own', '6:live'])
      const expected = ['Текст 1', 'Текст 2', 'Текст 3', 'Текст 4', 'Текст 3', 'Текст 6'].map((t) => paragraphs(t))
      expect(await texts(version.id, [1, 2, 3, 4, 5, 6])).toEqual(expected)
      expect((await stories().getVersion(version.id)).body).toEqual(paragraphs('Текст 6'))
    })

    it('copies the live text into its snapshot before any write changes the version’s row', async () => {
      const { version } = await makeStory(ctx.services, { headline: 'Перший', body: paragraphs('Текст 1') }, author)
      // Code that writes the row without a new revision (none does today) cannot lose revision 1.
      await ctx.database.db
        .updateTable('story_versions')
        .set({ body: JSON.stringify(paragraphs('Інше')) })
        .where('id', '=', version.id)
        .execute()
      expect(await stored(version.id)).toEqual(['1:own'])
      expect(await texts(version.id, [1])).toEqual([paragraphs('Текст 1')])
      // Nor can a row that moves to another live revision with the same text.
      const { version: other } = await makeStory(ctx.services, { headline: 'Другий', body: paragraphs('Текст') }, author)
      await ctx.database.db.updateTable('story_versions').set({ live_revision: 2 }).where('id', '=', other.id).execute()
      expect(await stored(other.id)).toEqual(['1:own'])
      expect(await texts(other.id, [1])).toEqual([paragraphs('Текст')])
    })

    it('leaves the snapshot to the row while nothing changes its text (publishing, withdrawing)', async () => {
      const { version } = await makeStory(ctx.services, { headline: 'Перший', body: paragraphs('Текст 1') }, author)
      await stories().transition(version.id, { to: 'published' }, systemActor)
      await stories().transition(version.id, { to: 'unpublished' }, systemActor)
      expect(await stored(version.id)).toEqual(['1:live'])
    })
  })
})
