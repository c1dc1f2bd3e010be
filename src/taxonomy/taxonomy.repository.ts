import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { Author, AuthorName, Topic, TopicKind, TopicName } from './taxonomy.types.js'

export async function findTopicsByIds(db: Kysely<DB>, ids: readonly string[]): Promise<Topic[]> {
  if (ids.length === 0) return []
  const [rows, names] = await Promise.all([
    db.selectFrom('topics').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('topic_locales').selectAll().where('topic_id', 'in', ids).execute(),
  ])
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as TopicKind,
    position: r.position,
    names: Object.fromEntries(
      names.filter((n) => n.topic_id === r.id).map((n) => [n.locale, { name: n.name, slug: n.slug, description: n.description }]),
    ),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }))
}

export async function listTopicIds(db: Kysely<DB>, kind: TopicKind): Promise<string[]> {
  const rows = await db.selectFrom('topics').select('id').where('kind', '=', kind).orderBy('position').orderBy('created_at').execute()
  return rows.map((r) => r.id)
}

/** Names of topics in one language, for rendering (e.g. a quote's speaker). */
export async function findTopicNames(db: Kysely<DB>, ids: readonly string[], locale: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('topic_locales')
    .select(['topic_id', 'name'])
    .where('topic_id', 'in', ids)
    .where('locale', '=', locale)
    .execute()
  return new Map(rows.map((r) => [r.topic_id, r.name]))
}

export async function insertTopic(db: Kysely<DB>, t: { id: string; kind: TopicKind; position: number; at: string }): Promise<void> {
  await db.insertInto('topics').values({ id: t.id, kind: t.kind, position: t.position, created_at: t.at, updated_at: t.at }).execute()
}

export async function upsertTopicNames(db: Kysely<DB>, topicId: string, kind: TopicKind, names: Record<string, TopicName>): Promise<void> {
  const rows = Object.entries(names).map(([locale, n]) => ({ topic_id: topicId, locale, kind, ...n }))
  if (rows.length === 0) return
  await db
    .insertInto('topic_locales')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['topic_id', 'locale']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        slug: eb.ref('excluded.slug'),
        description: eb.ref('excluded.description'),
      })),
    )
    .execute()
}

/** The topic of a kind that uses a slug in a language: slug uniqueness checks and public pages. */
export async function findTopicIdBySlug(db: Kysely<DB>, kind: TopicKind, locale: string, slug: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('topic_locales')
    .select('topic_id')
    .where('kind', '=', kind)
    .where('locale', '=', locale)
    .where('slug', '=', slug)
    .executeTakeFirst()
  return row?.topic_id
}

export async function touchTopic(db: Kysely<DB>, id: string, at: string, position?: number): Promise<void> {
  await db
    .updateTable('topics')
    .set({ updated_at: at, ...(position !== undefined && { position }) })
    .where('id', '=', id)
    .execute()
}

export async function findAuthorsByIds(db: Kysely<DB>, ids: readonly string[]): Promise<Author[]> {
  if (ids.length === 0) return []
  const [rows, names] = await Promise.all([
    db.selectFrom('authors').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('author_locales').selectAll().where('author_id', 'in', ids).execute(),
  ])
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    names: Object.fromEntries(names.filter((n) => n.author_id === r.id).map((n) => [n.locale, { name: n.name, slug: n.slug, bio: n.bio }])),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }))
}

export async function insertAuthor(db: Kysely<DB>, a: { id: string; userId: string | null; at: string }): Promise<void> {
  await db.insertInto('authors').values({ id: a.id, user_id: a.userId, created_at: a.at, updated_at: a.at }).execute()
}

export async function upsertAuthorNames(db: Kysely<DB>, authorId: string, names: Record<string, AuthorName>): Promise<void> {
  const rows = Object.entries(names).map(([locale, n]) => ({ author_id: authorId, locale, ...n }))
  if (rows.length === 0) return
  await db
    .insertInto('author_locales')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['author_id', 'locale'])
        .doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), slug: eb.ref('excluded.slug'), bio: eb.ref('excluded.bio') })),
    )
    .execute()
}

export async function findAuthorIdBySlug(db: Kysely<DB>, locale: string, slug: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('author_locales')
    .select('author_id')
    .where('locale', '=', locale)
    .where('slug', '=', slug)
    .executeTakeFirst()
  return row?.author_id
}

export async function listAuthorIds(db: Kysely<DB>): Promise<string[]> {
  return (await db.selectFrom('authors').select('id').orderBy('created_at').execute()).map((r) => r.id)
}

/** Re-points every story of one topic to another (skipping stories that have both); returns the stories touched. */
export async function moveTopicLinks(db: Kysely<DB>, fromId: string, intoId: string): Promise<string[]> {
  const links = await db.selectFrom('story_topics').select(['story_id', 'position']).where('topic_id', '=', fromId).execute()
  const already = new Set(
    (await db.selectFrom('story_topics').select('story_id').where('topic_id', '=', intoId).execute()).map((r) => r.story_id),
  )
  const moving = links.filter((l) => !already.has(l.story_id))
  if (moving.length)
    await db
      .insertInto('story_topics')
      .values(moving.map((l) => ({ story_id: l.story_id, topic_id: intoId, position: l.position })))
      .execute()
  await db.deleteFrom('story_topics').where('topic_id', '=', fromId).execute()
  // Stories whose section was the merged topic move to the surviving one.
  await db.updateTable('stories').set({ section_id: intoId }).where('section_id', '=', fromId).execute()
  await db.updateTable('story_versions').set({ section_id: intoId }).where('section_id', '=', fromId).execute()
  return links.map((l) => l.story_id)
}

export async function deleteTopic(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('topics').where('id', '=', id).execute() // links cascade; sections become null
}

/** Stories that show a topic: tagged with it, or in it as their section. */
export async function findStoriesOfTopic(db: Kysely<DB>, topicId: string): Promise<string[]> {
  const [linked, inSection] = await Promise.all([
    db.selectFrom('story_topics').select('story_id').where('topic_id', '=', topicId).execute(),
    db.selectFrom('stories').select('id').where('section_id', '=', topicId).execute(),
  ])
  return [...new Set([...linked.map((l) => l.story_id), ...inSection.map((s) => s.id)])]
}

export async function touchAuthor(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable('authors').set({ updated_at: at }).where('id', '=', id).execute()
}

export async function deleteAuthor(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('authors').where('id', '=', id).execute() // draft bylines cascade
}

/** Each language version of each story with the author's byline, with its workflow state. */
export async function findAuthorCredits(db: Kysely<DB>, authorId: string): Promise<{ storyId: string; status: string }[]> {
  return db
    .selectFrom('story_authors as sa')
    .innerJoin('story_versions as v', 'v.story_id', 'sa.story_id')
    .select(['sa.story_id as storyId', 'v.status'])
    .where('sa.author_id', '=', authorId)
    .execute()
}
