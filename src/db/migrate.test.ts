import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestDatabase, testDialects } from '../testing/test-database.js'
import type { Database } from './database.js'
import { migrateToLatest } from './migrate.js'

const TABLES = [
  'api_tokens',
  'audit_log',
  'author_locales',
  'authors',
  'jobs',
  'media',
  'media_locales',
  'sessions',
  'slug_history',
  'stories',
  'story_authors',
  'story_revisions',
  'story_topics',
  'story_versions',
  'topic_locales',
  'topics',
  'users',
]

describe.each(testDialects())('migrations on %s', (dialect) => {
  let database: Database
  afterEach(() => database?.close())

  it('creates every table of the schema', async () => {
    database = await createTestDatabase(dialect)
    const tables = (await database.db.introspection.getTables()).map((t) => t.name).sort()
    expect(tables).toEqual(TABLES)
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
      body_html: '',
      body_text: '',
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
      body_html: '',
      body_text: '',
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
