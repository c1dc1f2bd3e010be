import type { ExpressionBuilder, Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { StoryRow } from './story.table.js'
import type { Story, StoryKind } from './story.types.js'

export const toStory = (r: StoryRow, topicIds: string[], authorIds: string[]): Story => ({
  id: r.id,
  kind: r.kind as StoryKind,
  menuPosition: r.menu_position,
  sectionId: r.section_id,
  leadMediaId: r.lead_media_id,
  isBreaking: r.is_breaking === 1,
  isImportant: r.is_important === 1,
  topicIds,
  authorIds,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export async function findStory(db: Kysely<DB>, id: string): Promise<Story | undefined> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const [topics, authors] = await Promise.all([
    db.selectFrom('story_topics').select('topic_id').where('story_id', '=', id).orderBy('position').execute(),
    db.selectFrom('story_authors').select('author_id').where('story_id', '=', id).orderBy('position').execute(),
  ])
  return toStory(
    row,
    topics.map((t) => t.topic_id),
    authors.map((a) => a.author_id),
  )
}

export interface StoryFields {
  sectionId: string | null
  leadMediaId: string | null
  isBreaking: boolean
  isImportant: boolean
}

export type NewStory = { id: string; createdBy: string | null; at: string; kind?: StoryKind; menuPosition?: number | null } & StoryFields

const storyRow = (story: NewStory) => ({
  id: story.id,
  kind: story.kind ?? 'story',
  menu_position: story.menuPosition ?? null,
  section_id: story.sectionId,
  lead_media_id: story.leadMediaId,
  is_breaking: story.isBreaking ? 1 : 0,
  is_important: story.isImportant ? 1 : 0,
  created_by: story.createdBy,
  created_at: story.at,
  updated_at: story.at,
})

export async function insertStory(db: Kysely<DB>, story: NewStory): Promise<void> {
  await db.insertInto('stories').values(storyRow(story)).execute()
}

/** Rows a statement in the bulk import's inserts: well under both databases' parameter limits. */
const ROWS_A_STATEMENT = 500

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_A_STATEMENT) await insert(rows.slice(i, i + ROWS_A_STATEMENT))
}

/** New stories with their topics and bylines (in order), in a few statements: the bulk import. */
export async function insertStories(
  db: Kysely<DB>,
  stories: readonly (NewStory & { topicIds: readonly string[]; authorIds: readonly string[] })[],
): Promise<void> {
  await insertChunked(stories, (chunk) => db.insertInto('stories').values(chunk.map(storyRow)).execute())
  const topics = stories.flatMap((s) => s.topicIds.map((topic_id, position) => ({ story_id: s.id, topic_id, position })))
  await insertChunked(topics, (chunk) => db.insertInto('story_topics').values(chunk).execute())
  const authors = stories.flatMap((s) => s.authorIds.map((author_id, position) => ({ story_id: s.id, author_id, position })))
  await insertChunked(authors, (chunk) => db.insertInto('story_authors').values(chunk).execute())
}

/**
 * Writes the shared fields, and each version's copy of the section. With `expectedUpdatedAt`, only
 * if the story is still as the editor loaded it (optimistic lock: the same SQL on both dialects).
 */
export async function updateStoryFields(
  db: Kysely<DB>,
  id: string,
  fields: Partial<StoryFields>,
  at: string,
  expectedUpdatedAt?: string,
): Promise<boolean> {
  let update = db
    .updateTable('stories')
    .set({
      ...(fields.sectionId !== undefined && { section_id: fields.sectionId }),
      ...(fields.leadMediaId !== undefined && { lead_media_id: fields.leadMediaId }),
      ...(fields.isBreaking !== undefined && { is_breaking: fields.isBreaking ? 1 : 0 }),
      ...(fields.isImportant !== undefined && { is_important: fields.isImportant ? 1 : 0 }),
      updated_at: at,
    })
    .where('id', '=', id)
  if (expectedUpdatedAt !== undefined) update = update.where('updated_at', '=', expectedUpdatedAt)
  const result = await update.executeTakeFirst()
  if (result.numUpdatedRows !== 1n) return false
  if (fields.sectionId !== undefined) {
    await db.updateTable('story_versions').set({ section_id: fields.sectionId }).where('story_id', '=', id).execute()
  }
  return true
}

/** The story's section, which each version carries a copy of. */
export async function findSectionId(db: Kysely<DB>, storyId: string): Promise<string | null> {
  const row = await db.selectFrom('stories').select('section_id').where('id', '=', storyId).executeTakeFirst()
  return row?.section_id ?? null
}

/** Replaces the story's topics (or authors) with the given list, keeping its order. */
export async function replaceStoryTopics(db: Kysely<DB>, storyId: string, topicIds: readonly string[]): Promise<void> {
  await db.deleteFrom('story_topics').where('story_id', '=', storyId).execute()
  if (topicIds.length) {
    await db
      .insertInto('story_topics')
      .values(topicIds.map((topic_id, position) => ({ story_id: storyId, topic_id, position })))
      .execute()
  }
}

export async function replaceStoryAuthors(db: Kysely<DB>, storyId: string, authorIds: readonly string[]): Promise<void> {
  await db.deleteFrom('story_authors').where('story_id', '=', storyId).execute()
  if (authorIds.length) {
    await db
      .insertInto('story_authors')
      .values(authorIds.map((author_id, position) => ({ story_id: storyId, author_id, position })))
      .execute()
  }
}

export async function anyStoryExists(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('stories').select('id').limit(1).executeTakeFirst()) !== undefined
}

/** Whether a story is a page (About us, Contacts), which has its own address and rules. */
export async function findStoryKind(db: Kysely<DB>, id: string): Promise<StoryKind | undefined> {
  const row = await db.selectFrom('stories').select('kind').where('id', '=', id).executeTakeFirst()
  return row?.kind as StoryKind | undefined
}

/** The footer position after every page's: a new page goes last. */
export async function nextMenuPosition(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.max('menu_position').as('last'))
    .where('kind', '=', 'page')
    .executeTakeFirst()
  return Number(row?.last ?? 0) + 1
}

/** Puts pages in this footer order (the ids given first, in order; others after, as they were). */
export async function setMenuPositions(db: Kysely<DB>, orderedIds: readonly string[], at: string): Promise<void> {
  for (const [i, id] of orderedIds.entries()) {
    await db
      .updateTable('stories')
      .set({ menu_position: i + 1, updated_at: at })
      .where('id', '=', id)
      .where('kind', '=', 'page')
      .execute()
  }
}

/** Every page's id, in footer order. */
export async function listPageIds(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('stories').select('id').where('kind', '=', 'page').orderBy('menu_position').orderBy('id').execute()
  return rows.map((r) => r.id)
}

/** Versions of stories, not of pages (About us, Contacts): what lists, feeds, sitemaps of news and search show. */
export const ofStories = (eb: ExpressionBuilder<DB, 'story_versions'>) =>
  eb('story_versions.story_id', 'not in', eb.selectFrom('stories').select('stories.id').where('stories.kind', '=', 'page'))
