import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseBody } from '../richtext/rendered-body.js'
import { systemActor } from '../shared/roles.js'
import { makeStory, paragraphs } from '../testing/factories.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { packBytes, packText, unpackBytes, unpackText } from './packed-text.js'

const longText = Array.from({ length: 80 }, (_, i) => `Абзац ${i}: Київрада продовжила нічні маршрути тролейбусів.`)

describe.each(testDialects())('long text as stored on %s', (dialect) => {
  let ctx: TestContext
  beforeEach(async () => {
    ctx = await createTestContext(dialect)
  })
  afterEach(() => ctx.close())

  const stored = (id: string) =>
    ctx.database.db.selectFrom('story_versions').select(['body', 'body_parts']).where('id', '=', id).executeTakeFirstOrThrow()

  it('keeps a long body, its rendering and its revision whole, deflated where the database does not compress', async () => {
    const body = paragraphs(...longText)
    const { version } = await makeStory(ctx.services, { headline: 'Довгий текст', body })
    // Revision 1's snapshot leaves its body to the version's row (migration 0024) until a save moves past it.
    await ctx.services.stories.saveVersion({ versionId: version.id, baseRevision: 1, changes: { headline: 'Довгий текст 2' } }, systemActor)
    const row = await stored(version.id)
    const revision = await ctx.database.db
      .selectFrom('story_revisions')
      .select('body')
      .where('version_id', '=', version.id)
      .where('number', '=', 1)
      .executeTakeFirstOrThrow()
    if (dialect === 'sqlite') {
      // Stored as bytes, a fraction of the text's size.
      for (const packed of [row.body, row.body_parts, revision.body]) expect(packed).toBeInstanceOf(Uint8Array)
      for (const packed of [row.body, row.body_parts])
        expect((packed as Uint8Array).length).toBeLessThan(Buffer.byteLength(unpackText(packed)) / 2)
    } else {
      // PostgreSQL compresses long values itself (TOAST): it stores text.
      for (const text of [row.body, row.body_parts, revision.body]) expect(typeof text).toBe('string')
    }
    const read = await ctx.services.stories.getVersion(version.id)
    expect(read.body).toEqual(body)
    expect(read.bodyText).toContain('Абзац 79: Київрада')
    expect((await ctx.services.revisions.getRevision(version.id, 1, systemActor)).body).toEqual(body)
  })

  it('reads text stored before it was packed, and packs what is saved after', async () => {
    const { version } = await makeStory(ctx.services, { headline: 'Старий текст', body: paragraphs(...longText) })
    const plain = unpackText((await stored(version.id)).body_parts)
    const json = JSON.stringify(paragraphs(...longText))
    await ctx.database.db.updateTable('story_versions').set({ body: json, body_parts: plain }).where('id', '=', version.id).execute()
    await sql`update story_revisions set body = ${JSON.stringify(paragraphs(...longText))} where version_id = ${version.id}`.execute(
      ctx.database.db,
    )
    const read = await ctx.services.stories.getVersion(version.id)
    expect(read.renderedBody).toEqual(parseBody(plain))
    expect(read.body).toEqual(paragraphs(...longText))
    expect((await ctx.services.revisions.getRevision(version.id, 1, systemActor)).body).toEqual(paragraphs(...longText))

    const saved = await ctx.services.stories.saveVersion(
      { versionId: version.id, baseRevision: 1, changes: { body: paragraphs(...longText, 'Новий абзац.') } },
      systemActor,
    )
    expect(saved.bodyText).toContain('Новий абзац.')
    const after = await stored(version.id)
    for (const column of [after.body, after.body_parts]) expect(typeof column).toBe(dialect === 'sqlite' ? 'object' : 'string')
  })

  it('stores short text as it is', () => {
    expect(packText(ctx.database.db, 'Коротко')).toBe('Коротко')
    expect(unpackText('Коротко')).toBe('Коротко')
  })
})

describe('packed bytes', () => {
  it('round-trips, and passes through bytes stored before packing', () => {
    const page = Buffer.from(`<!doctype html><p>${longText.join('</p><p>')}</p>`)
    const packed = packBytes(page)
    expect(packed.length).toBeLessThan(page.length / 3)
    expect(unpackBytes(packed).equals(page)).toBe(true)
    expect(unpackBytes(page).equals(page)).toBe(true)
    expect(unpackBytes(new Uint8Array(page)).equals(page)).toBe(true)
  })
})
