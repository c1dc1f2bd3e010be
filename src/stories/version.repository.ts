import type { Kysely } from 'kysely'
import { isEmptyText, type PackedText, packAgainst, packBody, unpackAgainst, unpackJson, unpackText } from '../db/packed-text.js'
import type { DB } from '../db/schema.js'
import { plainText } from '../richtext/plain-text.js'
import { parseBody, type RenderedBody } from '../richtext/rendered-body.js'
import { searchKey } from '../shared/fold.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import type { VersionStatus } from '../shared/workflow.js'
import { insertMentions, replaceMentions } from './rendered-body.repository.js'
import type { NewStoryVersionRow, StoredContent, StoryRevisionRow, StoryVersionRow } from './story.table.js'
import type { StoryRevision, StoryVersion } from './story.types.js'
import type { WorkflowPatch } from './workflow.js'

/**
 * A stored rendering of the rich text `json`, packed against it (decision 025): null when there is
 * none yet, or when it renders text since replaced (the caller renders it again).
 */
export function storedRendering(parts: PackedText, json: string): RenderedBody | null {
  const text = isEmptyText(parts) ? null : unpackAgainst(parts, json)
  return text === null ? null : parseBody(text)
}

export function toStoryVersion(r: StoryVersionRow): StoryVersion {
  const json = unpackText(r.body)
  const body = JSON.parse(json) as RichTextDoc
  return {
    id: r.id,
    storyId: r.story_id,
    locale: r.locale,
    status: r.status as VersionStatus,
    headline: r.headline,
    slug: r.slug,
    lead: r.lead,
    body,
    renderedBody: storedRendering(r.body_parts, json),
    // Derived when read, not stored (migration 0022).
    bodyText: plainText(body),
    seoTitle: r.seo_title,
    seoDescription: r.seo_description,
    revision: r.revision,
    liveRevision: r.live_revision,
    sourceLocale: r.source_locale,
    sourceRevision: r.source_revision,
    scheduledAt: r.scheduled_at,
    embargoUntil: r.embargo_until,
    publishedAt: r.published_at,
    firstPublishedAt: r.first_published_at,
    unpublishedAt: r.unpublished_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }
}

export const toStoryRevision = (r: StoryRevisionRow): StoryRevision => ({
  versionId: r.version_id,
  number: r.number,
  headline: r.headline,
  slug: r.slug,
  lead: r.lead,
  body: unpackJson(r.body) as RichTextDoc,
  seoTitle: r.seo_title,
  seoDescription: r.seo_description,
  authorId: r.author_id,
  note: r.note,
  createdAt: r.created_at,
})

export async function findVersionById(db: Kysely<DB>, id: string): Promise<StoryVersion | undefined> {
  const row = await db.selectFrom('story_versions').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toStoryVersion(row)
}

export async function findVersion(db: Kysely<DB>, storyId: string, locale: string): Promise<StoryVersion | undefined> {
  const row = await db
    .selectFrom('story_versions')
    .selectAll()
    .where('story_id', '=', storyId)
    .where('locale', '=', locale)
    .executeTakeFirst()
  return row && toStoryVersion(row)
}

export async function findVersionsOfStory(db: Kysely<DB>, storyId: string): Promise<StoryVersion[]> {
  const rows = await db.selectFrom('story_versions').selectAll().where('story_id', '=', storyId).orderBy('created_at').execute()
  return rows.map(toStoryVersion)
}

export async function insertVersion(db: Kysely<DB>, row: NewStoryVersionRow): Promise<void> {
  await insertVersions(db, [row])
}

/**
 * A version's long text columns packed for storing (db/packed-text.ts): the rendering against the
 * JSON it renders (decision 025). A rendering already packed was packed against this same text
 * (a pending edit's, going live) and stays as it is.
 */
export function packedContent<T extends { body: PackedText; body_parts: PackedText }>(
  db: Kysely<DB>,
  content: T,
): Omit<T, 'body' | 'body_parts'> & { body: PackedText; body_parts: PackedText } {
  const parts = content.body_parts
  return {
    ...content,
    body: packBody(db, content.body),
    body_parts: typeof parts === 'string' ? packAgainst(parts, unpackText(content.body)) : parts,
  }
}

/** A write to a version's own columns: the text readers see, and the revision numbers it moves to. */
export interface VersionWrite {
  content?: StoredContent
  revision?: number
  liveRevision?: number
  /** Set when readers' text changes: feeds, sitemaps and pages show it as the time of the last update. */
  updatedAt?: string
  updatedBy?: string | null
}

/**
 * Writes only if the version is still at `expectedRevision`. Optimistic lock: the same SQL on
 * SQLite and Postgres (no FOR UPDATE in SQLite).
 */
export async function updateIfRevision(db: Kysely<DB>, id: string, expectedRevision: number, write: VersionWrite): Promise<boolean> {
  const { content } = write
  const r = await db
    .updateTable('story_versions')
    .set({
      ...(content && packedContent(db, content)),
      ...(content && { search_key: searchKey(content.headline, content.lead) }),
      ...(write.revision !== undefined && { revision: write.revision }),
      ...(write.liveRevision !== undefined && { live_revision: write.liveRevision }),
      ...(write.updatedAt !== undefined && { updated_at: write.updatedAt, updated_by: write.updatedBy ?? null }),
    })
    .where('id', '=', id)
    .where('revision', '=', expectedRevision)
    .executeTakeFirst()
  if (r.numUpdatedRows !== 1n) return false
  if (content) await replaceMentions(db, id, unpackJson(content.body) as RichTextDoc)
  return true
}

/** Applies a workflow move if the version is still in the state it was planned from. */
export async function applyWorkflow(
  db: Kysely<DB>,
  id: string,
  fromStatus: VersionStatus,
  patch: WorkflowPatch,
  at: string,
  by: string | null,
): Promise<boolean> {
  const r = await db
    .updateTable('story_versions')
    .set({
      status: patch.status,
      scheduled_at: patch.scheduledAt,
      published_at: patch.publishedAt,
      first_published_at: patch.firstPublishedAt,
      unpublished_at: patch.unpublishedAt,
      updated_at: at,
      updated_by: by,
    })
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .executeTakeFirst()
  return r.numUpdatedRows === 1n
}

export async function slugTaken(db: Kysely<DB>, locale: string, slug: string, exceptVersionId?: string): Promise<boolean> {
  let q = db.selectFrom('story_versions').select('id').where('locale', '=', locale).where('slug', '=', slug)
  if (exceptVersionId) q = q.where('id', '!=', exceptVersionId)
  return (await q.executeTakeFirst()) !== undefined
}

/** Remembers a slug a story no longer uses, so old links can be redirected to it. */
export async function rememberOldSlug(db: Kysely<DB>, locale: string, slug: string, storyId: string, at: string): Promise<void> {
  await db
    .insertInto('slug_history')
    .values({ locale, slug, story_id: storyId, created_at: at })
    .onConflict((oc) => oc.columns(['locale', 'slug']).doUpdateSet({ story_id: storyId, created_at: at }))
    .execute()
}

export async function findStoryIdByOldSlug(db: Kysely<DB>, locale: string, slug: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('slug_history')
    .select('story_id')
    .where('locale', '=', locale)
    .where('slug', '=', slug)
    .executeTakeFirst()
  return row?.story_id
}

export type NewRevisionRow = Omit<StoryRevisionRow, 'note' | 'body'> & {
  note?: string
  body: string
  /**
   * The snapshot of the text the version's own row now holds as its live revision (a new
   * version, a save that goes live). Its body is then not stored twice: the snapshot keeps '' and
   * is read from the version's row until a trigger copies it back (migration 0024).
   */
  live?: boolean
}

/**
 * The snapshot's columns as stored. A live revision's body is stored empty (as '' or as no
 * bytes): never a document, whose JSON is never empty.
 */
const revisionValues = (db: Kysely<DB>, { live, ...row }: NewRevisionRow) => ({
  ...row,
  body: packBody(db, live ? '' : row.body),
})

export async function insertRevision(db: Kysely<DB>, row: NewRevisionRow): Promise<void> {
  await db.insertInto('story_revisions').values(revisionValues(db, row)).execute()
}

/** Rows a statement: far below SQLite's 32,766 bound parameters and PostgreSQL's 65,535 at ~25 columns a row. */
const ROWS_A_STATEMENT = 200

/** Many new versions in a few statements (the bulk import). */
export async function insertVersions(db: Kysely<DB>, rows: readonly NewStoryVersionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_A_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_A_STATEMENT)
    await db
      .insertInto('story_versions')
      .values(chunk.map((row) => ({ ...packedContent(db, row), search_key: searchKey(row.headline, row.lead ?? '') })))
      .execute()
  }
  await insertMentions(
    db,
    rows.map((row) => ({ id: row.id, doc: unpackJson(row.body) as RichTextDoc })),
  )
}

/** Many first revisions in a few statements (the bulk import). */
export async function insertRevisions(db: Kysely<DB>, rows: readonly NewRevisionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_A_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_A_STATEMENT)
    await db
      .insertInto('story_revisions')
      .values(chunk.map((row) => revisionValues(db, row)))
      .execute()
  }
}

export async function findRevision(db: Kysely<DB>, versionId: string, number: number): Promise<StoryRevision | undefined> {
  const row = await db
    .selectFrom('story_revisions as r')
    .innerJoin('story_versions as v', 'v.id', 'r.version_id')
    .selectAll('r')
    .select('v.body as live_body')
    .where('r.version_id', '=', versionId)
    .where('r.number', '=', number)
    .executeTakeFirst()
  if (!row) return undefined
  const { live_body, ...revision } = row
  return toStoryRevision(isEmptyText(revision.body) ? { ...revision, body: live_body } : revision)
}

/** Revisions newest first, without their bodies (a list shows who saved what when). */
export async function listRevisions(db: Kysely<DB>, versionId: string) {
  return db
    .selectFrom('story_revisions')
    .select(['number', 'headline', 'author_id as authorId', 'note', 'created_at as createdAt'])
    .where('version_id', '=', versionId)
    .orderBy('number', 'desc')
    .execute()
}
