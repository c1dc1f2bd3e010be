import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Actor, systemActor } from '../shared/roles.js'
import { makeActor, makeStory, paragraphs } from '../testing/factories.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'

describe.each(testDialects())('revision snapshots on %s', (dialect) => {
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
  /** Which snapshots store their body, and which leave it to the version's row (migration 0024). */
  const stored = async (versionId: string) =>
    (
      await ctx.database.db
        .selectFrom('story_revisions')
        .select(['number', 'body'])
        .where('version_id', '=', versionId)
        .orderBy('number')
        .execute()
    ).map((r) => `${r.number}:${r.body === '' ? 'live' : 'own'}`)
  const texts = async (versionId: string, numbers: number[]) =>
    Promise.all(numbers.map(async (n) => (await ctx.services.revisions.getRevision(versionId, n, systemActor)).body))

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
