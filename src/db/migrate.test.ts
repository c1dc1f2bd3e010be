import { type Kysely, Migrator, sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { parseBody } from '../richtext/rendered-body.js'
import { searchBackendFor } from '../search/backends.js'
import { parseQuery } from '../search/query.js'
import { rankingTerms } from '../search/ranking.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import { readerBody, renderUnrenderedBodies } from '../stories/rendered-bodies.js'
import { findBodiesMentioning } from '../stories/rendered-body.repository.js'
import { toStoryVersion } from '../stories/version.repository.js'
import { storedRenderingText } from '../testing/stored-rendering.js'
import { createTestDatabase, testDialects } from '../testing/test-database.js'
import type { Database, Dialect } from './database.js'
import { migrateToLatest } from './migrate.js'
import { migrationProvider } from './migrations/index.js'
import { packBody, unpackText } from './packed-text.js'

const TABLES = [
  'api_tokens',
  'audit_log',
  'author_locales',
  'authors',
  'body_mentions',
  'change_log',
  'content_keys',
  'imported_ids',
  'jobs',
  'login_attempts',
  'media',
  'media_locales',
  'pending_revisions',
  'redirects',
  'sessions',
  'slug_history',
  'stories',
  'story_authors',
  'story_page_part_tags',
  'story_page_parts',
  'story_revisions',
  'story_topics',
  'story_versions',
  'topic_locales',
  'topics',
  'users',
  'webhook_attempts',
  'webhook_deliveries',
  'webhook_snapshots',
  'webhooks',
]

/** The schema of a migration's time, as its tests write to it. */
type OldSchema = Kysely<Record<string, Record<string, unknown>>>

/** Runs `test` on a new database of `dialect` migrated up to `migration` (and no further), then drops it. */
async function onDatabaseAt(
  dialect: Dialect,
  migration: string,
  test: (db: OldSchema, database: Database) => Promise<void>,
): Promise<void> {
  const database = await createTestDatabase(dialect, { empty: true })
  try {
    expect((await new Migrator({ db: database.db, provider: migrationProvider }).migrateTo(migration)).error).toBeUndefined()
    await test(database.db as unknown as OldSchema, database)
  } finally {
    await database.close()
  }
}

describe.each(testDialects())('migrations on %s', (dialect) => {
  let database: Database
  afterEach(() => database?.close())

  it('creates every table of the schema', async () => {
    database = await createTestDatabase(dialect)
    const tables = (await database.db.introspection.getTables()).map((t) => t.name).sort()
    // The search index differs by dialect (search.test.ts covers it): FTS5 tables or a tsvector table.
    // PostgreSQL finds stored pages by their tags through an index (migration 0029), not a table of them.
    const expected = dialect === 'sqlite' ? TABLES : TABLES.filter((name) => name !== 'story_page_part_tags')
    expect(tables.filter((name) => !name.startsWith('search_'))).toEqual(expected)
    expect(tables).toContain(dialect === 'sqlite' ? 'search_fts' : 'search_documents')
  })

  it('applies nothing the second time', async () => {
    database = await createTestDatabase(dialect)
    expect((await migrateToLatest(database.db)).applied).toEqual([])
  })

  it('enforces foreign keys', async () => {
    database = await createTestDatabase(dialect)
    const now = new Date().toISOString()
    const insert = database.db.insertInto('story_versions').values({
      id: 'aaaaaaaaaaaa',
      story_id: 'missingstory',
      locale: 'uk',
      status: 'draft',
      headline: 'x',
      slug: 'x',
      body: '{}',
      body_parts: '',
      revision: 1,
      created_at: now,
      updated_at: now,
    })
    await expect(insert.execute()).rejects.toThrow(/foreign key/i)
  })

  it('keeps one version per story and language and one slug per language', async () => {
    database = await createTestDatabase(dialect)
    const now = new Date().toISOString()
    await database.db.insertInto('stories').values({ id: 'story0000001', created_at: now, updated_at: now }).execute()
    const version = (id: string, locale: string, slug: string) => ({
      id,
      story_id: 'story0000001',
      locale,
      status: 'draft',
      headline: 'x',
      slug,
      body: '{}',
      body_parts: '',
      revision: 1,
      created_at: now,
      updated_at: now,
    })
    await database.db
      .insertInto('story_versions')
      .values(version('version00001', 'uk', 'a'))
      .execute()
    await expect(
      database.db
        .insertInto('story_versions')
        .values(version('version00002', 'uk', 'b'))
        .execute(),
    ).rejects.toThrow(/unique/i)
    await expect(
      database.db
        .insertInto('story_versions')
        .values(version('version00003', 'uk', 'a'))
        .execute(),
    ).rejects.toThrow(/unique/i)
    const { count } = await database.db.selectFrom('story_versions').select(sql<number>`count(*)`.as('count')).executeTakeFirstOrThrow()
    expect(Number(count)).toBe(1)
  })
})

describe('0007_search_keys', () => {
  it('gives versions and media that existed before it their folded search keys', async () => {
    await onDatabaseAt('sqlite', '0006_api_tokens', async (db, database) => {
      const now = new Date().toISOString()
      await db.insertInto('stories').values({ id: 'story0000001', created_at: now, updated_at: now }).execute()
      await db
        .insertInto('story_versions')
        .values({
          ...{ id: 'version00001', story_id: 'story0000001', locale: 'uk', status: 'draft', slug: 'x', revision: 1 },
          ...{ headline: 'ОБСТРІЛ Харкова', lead: 'Ранок', body: '{}', body_html: '', body_text: '', created_at: now, updated_at: now },
        })
        .execute()
      await db
        .insertInto('media')
        .values({
          ...{ id: 'media0000001', kind: 'image', original_name: 'Kharkiv.JPG', mime_type: 'image/jpeg', width: 1, height: 1 },
          ...{ bytes: 1, storage_key: 'o/x', credit: 'Укрінформ', created_at: now, updated_at: now },
        })
        .execute()
      await db.insertInto('media_locales').values({ media_id: 'media0000001', locale: 'en', caption: 'Shelling', alt: '' }).execute()
      expect((await migrateToLatest(database.db)).applied).toContain('0007_search_keys')
      const version = await database.db.selectFrom('story_versions').select('search_key').executeTakeFirstOrThrow()
      const media = await database.db.selectFrom('media').select('search_key').executeTakeFirstOrThrow()
      expect(version.search_key).toBe('обстріл харкова • ранок')
      expect(media.search_key).toBe('kharkiv.jpg • укрінформ • shelling')
    })
  })
})

describe('0014_rendered_bodies', () => {
  it('leaves stored bodies with addresses in them to be rendered again, without them, after it', async () => {
    await onDatabaseAt('sqlite', '0013_search_queue', async (db, database) => {
      const now = new Date().toISOString()
      const linked = 'story0000002'
      const doc = {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'раніше', marks: [{ type: 'storyLink', attrs: { storyId: linked } }] }] },
        ],
      }
      await db.insertInto('stories').values({ id: 'story0000001', created_at: now, updated_at: now }).execute()
      await db
        .insertInto('story_versions')
        .values({
          ...{ id: 'version00001', story_id: 'story0000001', locale: 'en', status: 'published', slug: 'x', revision: 1 },
          ...{ headline: 'Links', lead: '', body: JSON.stringify(doc), body_text: 'раніше', created_at: now, updated_at: now },
          body_html: `<p><a href="/en/news/${linked}" data-story-id="${linked}">раніше</a></p>`,
        })
        .execute()
      expect((await migrateToLatest(database.db)).applied).toContain('0014_rendered_bodies')
      const row = () => database.db.selectFrom('story_versions').select(['body', 'body_parts']).executeTakeFirstOrThrow()
      expect((await row()).body_parts).toHaveLength(0)
      // Until `vistka serve` renders it, a reader's request renders it on the fly.
      const onTheFly = await readerBody(database.db, { locale: 'en', body: doc as RichTextDoc, renderedBody: null })
      expect(onTheFly).toEqual(['<p>', { link: linked }, 'раніше', { end: linked }, '</p>'])

      expect(await renderUnrenderedBodies(database.db)).toBe(1)
      expect(parseBody(storedRenderingText(await row()))).toEqual(onTheFly)
      expect(await renderUnrenderedBodies(database.db)).toBe(0)
    })
  })
})

describe('0022_derived_body_text', () => {
  it('drops the stored plain text, which is then made from the body, and an edit of the body still queues the story for indexing', async () => {
    await onDatabaseAt('sqlite', '0021_imported_ids', async (db, database) => {
      const now = new Date().toISOString()
      const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Нічні маршрути' }] }] }
      await db.insertInto('stories').values({ id: 'story0000001', created_at: now, updated_at: now }).execute()
      await db
        .insertInto('story_versions')
        .values({
          ...{ id: 'version00001', story_id: 'story0000001', locale: 'uk', status: 'draft', slug: 'x', revision: 1 },
          ...{ headline: 'Тролейбуси', lead: '', body: JSON.stringify(doc), body_parts: '', body_text: 'Нічні маршрути' },
          ...{ created_at: now, updated_at: now },
        })
        .execute()
      expect((await migrateToLatest(database.db)).applied).toContain('0022_derived_body_text')
      const columns = await sql<{ name: string }>`SELECT name FROM pragma_table_info('story_versions')`.execute(database.db)
      expect(columns.rows.map((c) => c.name)).not.toContain('body_text')
      const pendingColumns = await sql<{ name: string }>`SELECT name FROM pragma_table_info('pending_revisions')`.execute(database.db)
      expect(pendingColumns.rows.map((c) => c.name)).not.toContain('body_text')
      const row = await database.db.selectFrom('story_versions').selectAll().executeTakeFirstOrThrow()
      expect(toStoryVersion(row).bodyText).toBe('Нічні маршрути')

      await sql`DELETE FROM search_queue`.execute(database.db)
      await database.db
        .updateTable('story_versions')
        .set({ body: JSON.stringify({ ...doc, content: [] }) })
        .execute()
      const queued = await sql<{ story_id: string }>`SELECT story_id FROM search_queue`.execute(database.db)
      expect(queued.rows).toEqual([{ story_id: 'story0000001' }])
    })
  })
})

describe.each(testDialects())('0023_body_mentions on %s', (dialect) => {
  it('lists the images and speakers every existing body names, which then find the bodies to render again', async () => {
    await onDatabaseAt(dialect, '0022_derived_body_text', async (db, database) => {
      const now = new Date().toISOString()
      const image = { type: 'image', attrs: { mediaId: 'media0000001' } }
      const quote = { type: 'blockquote', attrs: { speakerId: 'topic0000001' }, content: [{ type: 'paragraph' }] }
      const bodies = {
        version00001: { type: 'doc', content: [image, quote, image] },
        version00002: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'media0000001' }] }] },
      }
      await db.insertInto('stories').values({ id: 'story0000001', created_at: now, updated_at: now }).execute()
      for (const [id, doc] of Object.entries(bodies)) {
        const locale = id === 'version00001' ? 'uk' : 'en'
        await db
          .insertInto('story_versions')
          .values({
            ...{ id, story_id: 'story0000001', locale, status: 'published', slug: 'x', revision: 1 },
            ...{ headline: 'Тролейбуси', lead: '', body: JSON.stringify(doc), body_parts: '', created_at: now, updated_at: now },
          })
          .execute()
      }
      expect((await migrateToLatest(database.db)).applied).toContain('0023_body_mentions')
      const mentions = await database.db.selectFrom('body_mentions').selectAll().orderBy('ref_id').execute()
      // A word in the text that looks like an id is not a mention (the LIKE this replaces matched it).
      expect(mentions).toEqual([
        { ref_id: 'media0000001', version_id: 'version00001' },
        { ref_id: 'topic0000001', version_id: 'version00001' },
      ])
      const found = await findBodiesMentioning(database.db, 'topic0000001')
      expect(found.map((b) => [b.id, b.doc])).toEqual([['version00001', bodies.version00001]])
      // Rows written before stay text until they are saved again; deleting a version deletes its mentions.
      await database.db.deleteFrom('story_versions').where('id', '=', 'version00001').execute()
      expect(await database.db.selectFrom('body_mentions').selectAll().execute()).toEqual([])
    })
  })
})

describe.each(testDialects())('0026_search_ranking on %s', (dialect) => {
  it('finds documents written before it, queues every story to be indexed again, and keeps ranking entries with each new document', async () => {
    await onDatabaseAt(dialect, '0025_page_part_freshness', async (db, database) => {
      const now = new Date().toISOString()
      const terms = { headline: 'тролейбус', topics: '', lead: 'маршрут', body: 'нічн маршрут нічн' }
      await db.insertInto('stories').values({ id: 'story0000001', created_at: now, updated_at: now }).execute()
      await db
        .insertInto('story_versions')
        .values({
          ...{ id: 'version00001', story_id: 'story0000001', locale: 'uk', status: 'published', slug: 'x', revision: 1 },
          ...{ headline: 'Тролейбуси', lead: 'Маршрути', body: '{"type":"doc"}', body_parts: '', created_at: now, updated_at: now },
        })
        .execute()
      // The document as the write of its time stored it.
      if (dialect === 'sqlite') {
        await sql`INSERT INTO search_writes (version_id, story_id, locale, status, visible_from, fresh_at, headline, topics, lead, body)
          VALUES ('version00001', 'story0000001', 'uk', 'published', ${now}, 20000, ${terms.headline}, '', ${terms.lead}, ${terms.body})`.execute(
          db,
        )
      } else {
        await sql`INSERT INTO search_documents (version_id, story_id, locale, status, visible_from, terms, headline_terms, fresh_at)
          VALUES ('version00001', 'story0000001', 'uk', 'published', ${now},
            to_tsvector('simple', ${`${terms.headline} ${terms.lead} ${terms.body}`}), ${terms.headline}, 20000)`.execute(db)
      }
      await sql`DELETE FROM search_queue`.execute(db)

      expect((await migrateToLatest(database.db)).applied).toContain('0026_search_ranking')
      const queued = await sql<{ story_id: string }>`SELECT story_id FROM search_queue`.execute(db)
      expect(queued.rows).toEqual([{ story_id: 'story0000001' }])
      const backend = searchBackendFor(database.db)
      const search = (q: string) =>
        backend.search(database.db, { all: parseQuery(q, 'uk') }, { locales: ['uk'] }, { now, limit: 10, offset: 0 })
      // Without ranking entries the old document is still found, its words counted once in the body.
      const before = await search('нічні маршрути')
      expect(before.map((h) => h.versionId)).toEqual(['version00001'])

      const document = { versionId: 'version00001', storyId: 'story0000001', locale: 'uk', status: 'published', visibleFrom: now }
      await backend.write(database.db, [{ ...document, freshAt: 20000, ...terms }])
      const stored =
        dialect === 'sqlite'
          ? await db.selectFrom('search_ranking').select('terms as ranking').execute()
          : await db.selectFrom('search_documents').select('ranking').execute()
      expect(stored.map((r) => Buffer.from(r.ranking as Uint8Array))).toEqual([rankingTerms('маршрут', 'нічн маршрут нічн')])
      // Rewritten, it ranks by what its lead and body hold: the lead's word and the body's repeat count more.
      const after = await search('нічні маршрути')
      expect(after.map((h) => h.versionId)).toEqual(['version00001'])
      expect(after[0]!.score).toBeGreaterThan(before[0]!.score)
      if (dialect === 'sqlite') {
        // A document removed takes its ranking entries with it.
        await db.deleteFrom('search_rows').execute()
        expect(await db.selectFrom('search_ranking').selectAll().execute()).toEqual([])
      }
    })
  })
})

describe.each(testDialects())('0028_renderings_as_bytes on %s', (dialect) => {
  it('keeps renderings stored as text readable, still finds the unrendered, and packs what is rendered after it', async () => {
    await onDatabaseAt(dialect, '0027_search_phrase_pairs', async (db, database) => {
      const now = new Date().toISOString()
      const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Нічні маршрути \\ «тролейбусів»' }] }] }
      // A backslash: text read as bytea's escape format would lose it.
      const parts = JSON.stringify(['<p>Нічні маршрути \\ «тролейбусів»</p>'])
      await db.insertInto('stories').values({ id: 'story0000001', created_at: now, updated_at: now }).execute()
      for (const [id, locale, rendered] of [
        ['version00001', 'uk', parts],
        ['version00002', 'en', ''],
      ] as const) {
        await db
          .insertInto('story_versions')
          .values({
            ...{ id, story_id: 'story0000001', locale, status: 'published', slug: 'x', revision: 1 },
            ...{ headline: 'Тролейбуси', lead: '', body: JSON.stringify(doc), body_parts: rendered, created_at: now, updated_at: now },
          })
          .execute()
      }
      expect((await migrateToLatest(database.db)).applied).toContain('0028_renderings_as_bytes')
      const row = (id: string) => database.db.selectFrom('story_versions').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
      expect(toStoryVersion(await row('version00001')).renderedBody).toEqual(parseBody(parts))
      // The unrendered one is still found (by the partial index made again for bytes), and rendered packed against its JSON.
      expect(await renderUnrenderedBodies(database.db)).toBe(1)
      const rendered = await row('version00002')
      expect(rendered.body_parts).toBeInstanceOf(Uint8Array)
      expect(parseBody(storedRenderingText(rendered)).join('')).toContain('Нічні маршрути \\ «тролейбусів»')
      expect(toStoryVersion(rendered).renderedBody).toEqual(
        await readerBody(database.db, { locale: 'en', body: doc as RichTextDoc, renderedBody: null }),
      )
    })
  })
})

describe.each(testDialects().filter((d) => d === 'postgres'))('0030_search_vectors_lz4 on %s', (dialect) => {
  it('compresses search vectors written after it with lz4, and they are still found', async () => {
    const database = await createTestDatabase(dialect)
    try {
      const words = Array.from({ length: 600 }, (_, i) => `слово${i.toString(36)}`).join(' ')
      const backend = searchBackendFor(database.db)
      const now = new Date().toISOString()
      await database.db.insertInto('stories').values({ id: 'story0000001', created_at: now, updated_at: now }).execute()
      await database.db
        .insertInto('story_versions')
        .values({
          ...{ id: 'version00001', story_id: 'story0000001', locale: 'uk', status: 'published', slug: 'x', revision: 1 },
          ...{ headline: 'Тролейбус', lead: 'Маршрут', body: '{"type":"doc"}', body_parts: '', created_at: now, updated_at: now },
        })
        .execute()
      const document = { versionId: 'version00001', storyId: 'story0000001', locale: 'uk', status: 'published', visibleFrom: now }
      await backend.write(database.db, [{ ...document, freshAt: 20000, headline: 'тролейбус', topics: '', lead: 'маршрут', body: words }])
      const stored = await sql<{ method: string | null }>`SELECT pg_column_compression(terms) AS method FROM search_documents`.execute(
        database.db,
      )
      expect(stored.rows).toEqual([{ method: 'lz4' }])
      const hits = await backend.search(
        database.db,
        { all: parseQuery('слово1z', 'uk') },
        { locales: ['uk'] },
        { now, limit: 10, offset: 0 },
      )
      expect(hits.map((h) => h.versionId)).toEqual(['version00001'])
    } finally {
      await database.close()
    }
  })
})

describe.each(testDialects().filter((d) => d === 'postgres'))('0031_bodies_as_bytes on %s', (dialect) => {
  it('keeps bodies stored as text readable, a live snapshot still kept by its trigger, and an edit still queued for search', async () => {
    await onDatabaseAt(dialect, '0030_search_vectors_lz4', async (db, database) => {
      const now = new Date().toISOString()
      // A backslash and a quote: text read as bytea's escape format would lose them.
      const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
      const first = JSON.stringify(doc('Нічні маршрути \\ «тролейбусів» "1"'))
      await db.insertInto('stories').values({ id: 'story0000001', created_at: now, updated_at: now }).execute()
      const version = { id: 'version00001', story_id: 'story0000001', locale: 'uk', status: 'published', slug: 'x', revision: 2 }
      await db
        .insertInto('story_versions')
        .values({
          ...version,
          live_revision: 2,
          headline: 'Тролейбуси',
          lead: '',
          body: first,
          body_parts: '',
          created_at: now,
          updated_at: now,
        })
        .execute()
      const revision = {
        version_id: 'version00001',
        headline: 'Тролейбуси',
        slug: 'x',
        lead: '',
        seo_title: '',
        seo_description: '',
        created_at: now,
      }
      await db
        .insertInto('story_revisions')
        .values([
          { ...revision, id: 'revision0001', number: 1, body: JSON.stringify(doc('Раніше')) },
          { ...revision, id: 'revision0002', number: 2, body: '' },
        ])
        .execute()
      await db.deleteFrom('search_queue').execute()

      expect((await migrateToLatest(database.db)).applied).toEqual(['0031_bodies_as_bytes'])
      const row = () => database.db.selectFrom('story_versions').selectAll().where('id', '=', 'version00001').executeTakeFirstOrThrow()
      expect((await row()).body).toBeInstanceOf(Uint8Array)
      expect(toStoryVersion(await row()).body).toEqual(doc('Нічні маршрути \\ «тролейбусів» "1"'))
      const snapshots = () => database.db.selectFrom('story_revisions').select(['number', 'body']).orderBy('number').execute()
      expect((await snapshots()).map((r) => unpackText(r.body))).toEqual([JSON.stringify(doc('Раніше')), ''])

      // A new body, written as the application writes it: the live snapshot gets the old one (0024's
      // trigger, made again for bytes), and the story is queued for indexing (0022's).
      await database.db
        .updateTable('story_versions')
        .set({ body: packBody(database.db, JSON.stringify(doc('Новий текст'))), live_revision: 3 })
        .where('id', '=', 'version00001')
        .execute()
      expect((await snapshots()).map((r) => unpackText(r.body))).toEqual([JSON.stringify(doc('Раніше')), first])
      expect(toStoryVersion(await row()).body).toEqual(doc('Новий текст'))
      expect(await db.selectFrom('search_queue').select('story_id').execute()).toEqual([{ story_id: 'story0000001' }])
    })
  })
})
