import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseBody } from '../richtext/rendered-body.js'
import { systemActor } from '../shared/roles.js'
import { makeStory, paragraphs } from '../testing/factories.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { packAgainst, packBytes, packText, unpackAgainst, unpackBytes, unpackText } from './packed-text.js'

const longText = Array.from({ length: 80 }, (_, i) => `Абзац ${i}: Київрада продовжила нічні маршрути тролейбусів.`)

/** Paragraphs of made-up words (a seeded generator): text that, unlike longText, does not deflate to almost nothing by itself. */
function prose(paragraphCount: number): string[] {
  const letters = 'абвгдеєжзиіїйклмнопрстуфхцчшщьюя'
  let seed = 20_261_207
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return Math.floor(seed / 65_536) % n
  }
  const word = () => Array.from({ length: 2 + next(9) }, () => letters[next(letters.length)]).join('')
  return Array.from({ length: paragraphCount }, () => `${Array.from({ length: 30 }, word).join(' ')}.`)
}

describe.each(testDialects())('long text as stored on %s', (dialect) => {
  let ctx: TestContext
  beforeEach(async () => {
    ctx = await createTestContext(dialect)
  })
  afterEach(() => ctx.close())

  const stored = (id: string) =>
    ctx.database.db.selectFrom('story_versions').select(['body', 'body_parts']).where('id', '=', id).executeTakeFirstOrThrow()

  it('keeps a long body, its rendering and its revision whole, deflated on both databases', async () => {
    const body = paragraphs(...longText, ...prose(20))
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
    const json = unpackText(row.body)
    const rendering = unpackAgainst(row.body_parts, json) as string
    expect(rendering).toContain('Абзац 79: Київрада')
    // The rendering is packed against the JSON it renders, on both databases (decision 025): its
    // words are the JSON's, so it takes a small part of what it takes deflated on its own.
    expect(row.body_parts).toBeInstanceOf(Uint8Array)
    expect((row.body_parts as Uint8Array).length).toBeLessThan(packBytes(Buffer.from(rendering)).length / 4)
    // The JSON is stored deflated, a fraction of the text's size, on both databases (on PostgreSQL
    // since decision 027: zlib keeps it smaller than TOAST's pglz would).
    for (const packed of [row.body, revision.body]) expect(packed).toBeInstanceOf(Uint8Array)
    expect((row.body as Uint8Array).length).toBeLessThan(Buffer.byteLength(json) / 2)
    expect(unpackText(revision.body)).toBe(json)
    const read = await ctx.services.stories.getVersion(version.id)
    expect(read.body).toEqual(body)
    expect(read.bodyText).toContain('Абзац 79: Київрада')
    expect((await ctx.services.revisions.getRevision(version.id, 1, systemActor)).body).toEqual(body)
  })

  it('reads text stored before it was packed, and packs what is saved after', async () => {
    const { version } = await makeStory(ctx.services, { headline: 'Старий текст', body: paragraphs(...longText) })
    const before = await stored(version.id)
    const plain = unpackAgainst(before.body_parts, unpackText(before.body)) as string
    const json = JSON.stringify(paragraphs(...longText))
    // As stored before: the text whole (on PostgreSQL, the text column's bytes after migrations 0028 and 0031).
    const whole = (text: string) => (dialect === 'sqlite' ? text : Buffer.from(text))
    await ctx.database.db
      .updateTable('story_versions')
      .set({ body: whole(json), body_parts: whole(plain) })
      .where('id', '=', version.id)
      .execute()
    await sql`update story_revisions set body = ${whole(json)} where version_id = ${version.id}`.execute(ctx.database.db)
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
    expect(after.body).toBeInstanceOf(Uint8Array)
    expect((after.body as Uint8Array).length).toBeLessThan(Buffer.byteLength(unpackText(after.body)) / 2)
    expect(unpackAgainst(after.body_parts, unpackText(after.body))).toContain('Новий абзац.')
  })

  it('renders again a rendering packed against text since replaced, and stores nothing half-read', async () => {
    const { version } = await makeStory(ctx.services, { headline: 'Підмінений текст', body: paragraphs(...longText) })
    const other = await makeStory(ctx.services, { headline: 'Інший текст', body: paragraphs('Зовсім інший абзац.') })
    // A raw write puts another version's rendering beside this body: packed against other JSON.
    const foreign = await stored(other.version.id)
    await ctx.database.db.updateTable('story_versions').set({ body_parts: foreign.body_parts }).where('id', '=', version.id).execute()
    const read = await ctx.services.stories.getVersion(version.id)
    expect(read.renderedBody).toBeNull()
    const page = await ctx.services.stories.getVersion(version.id)
    expect(page.bodyText).toContain('Абзац 79: Київрада')
  })

  it('reads an empty rendering as none, as stored by either database', async () => {
    const { version } = await makeStory(ctx.services, { headline: 'Ще не показаний', body: paragraphs(...longText) })
    await ctx.database.db.updateTable('story_versions').set({ body_parts: '' }).where('id', '=', version.id).execute()
    const row = await stored(version.id)
    expect(row.body_parts.length).toBe(0)
    expect((await ctx.services.stories.getVersion(version.id)).renderedBody).toBeNull()
  })

  it('stores short text as it is', () => {
    expect(packText(ctx.database.db, 'Коротко')).toBe('Коротко')
    expect(unpackText('Коротко')).toBe('Коротко')
  })
})

describe('text packed against its source', () => {
  const words = prose(40)
  const source = JSON.stringify(paragraphs(...words))
  const rendering = `<p>${words.join('</p><p>')}</p>`

  it('round-trips with the same source, and is a fraction of the text packed alone', () => {
    const packed = packAgainst(rendering, source)
    expect(unpackAgainst(packed, source)).toBe(rendering)
    expect(packed.length).toBeLessThan(packBytes(Buffer.from(rendering)).length / 4)
  })

  it('is null with another source, so the caller renders again', () => {
    expect(unpackAgainst(packAgainst(rendering, source), `${source} `)).toBeNull()
  })

  it('reads text stored whole or packed alone as it is, and keeps empty text empty', () => {
    expect(packAgainst('', source)).toBe('')
    expect(unpackAgainst(rendering, source)).toBe(rendering)
    expect(unpackAgainst(Buffer.from(rendering), source)).toBe(rendering)
    expect(unpackAgainst(packBytes(Buffer.from(rendering)), source)).toBe(rendering)
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
