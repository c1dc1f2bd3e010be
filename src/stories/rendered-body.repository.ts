import type { Kysely } from 'kysely'
import { type PackedText, packAgainst, unpackAgainst, unpackText } from '../db/packed-text.js'
import type { DB } from '../db/schema.js'
import { bodyReferences } from '../richtext/references.js'
import type { RichTextDoc } from '../shared/richtext-document.js'

/** A version's body as stored, for rendering it again. */
export interface StoredBody {
  id: string
  storyId: string
  locale: string
  doc: RichTextDoc
  /** The document as stored (packed): a store of its rendering checks nobody saved another meanwhile. */
  stored: PackedText
  /** The document's JSON, which its stored rendering is packed against (decision 025). */
  json: string
  /** Its stored rendering; '' when there is none (or it renders text since replaced). */
  bodyParts: string
}

const STORED = ['id', 'story_id', 'locale', 'body', 'body_parts'] as const
const toStoredBody = (r: { id: string; story_id: string; locale: string; body: PackedText; body_parts: PackedText }): StoredBody => {
  const json = unpackText(r.body)
  return {
    id: r.id,
    storyId: r.story_id,
    locale: r.locale,
    doc: JSON.parse(json) as RichTextDoc,
    stored: r.body,
    json,
    bodyParts: unpackAgainst(r.body_parts, json) ?? '',
  }
}

/** Versions whose body names an id (an image, a speaker): one indexed read of body_mentions (migration 0023). */
export async function findBodiesMentioning(db: Kysely<DB>, id: string): Promise<StoredBody[]> {
  const rows = await db
    .selectFrom('body_mentions as m')
    .innerJoin('story_versions as v', 'v.id', 'm.version_id')
    .select(['v.id', 'v.story_id', 'v.locale', 'v.body', 'v.body_parts'])
    .where('m.ref_id', '=', id)
    .execute()
  return rows.map(toStoredBody)
}

/** The ids a body names, as body_mentions keeps them. */
const mentionedIds = (doc: RichTextDoc): string[] => {
  const { mediaIds, speakerIds } = bodyReferences(doc)
  return [...new Set([...mediaIds, ...speakerIds])]
}

/** Mention rows a statement: two parameters each. */
const MENTIONS_A_STATEMENT = 500

/** Records what new versions' bodies name (the versions were just inserted: they have no mentions yet). */
export async function insertMentions(db: Kysely<DB>, versions: readonly { id: string; doc: RichTextDoc }[]): Promise<void> {
  const rows = versions.flatMap((v) => mentionedIds(v.doc).map((ref_id) => ({ ref_id, version_id: v.id })))
  for (let i = 0; i < rows.length; i += MENTIONS_A_STATEMENT) {
    await db
      .insertInto('body_mentions')
      .values(rows.slice(i, i + MENTIONS_A_STATEMENT))
      .execute()
  }
}

/** Replaces what a version's body names, after its body was saved. */
export async function replaceMentions(db: Kysely<DB>, versionId: string, doc: RichTextDoc): Promise<void> {
  await db.deleteFrom('body_mentions').where('version_id', '=', versionId).execute()
  await insertMentions(db, [{ id: versionId, doc }])
}

/** Versions not rendered since migration 0014, a batch at a time (a partial index finds them). */
export async function findUnrenderedBodies(db: Kysely<DB>, limit: number): Promise<StoredBody[]> {
  const rows = await db.selectFrom('story_versions').select(STORED).where('body_parts', '=', '').orderBy('id').limit(limit).execute()
  return rows.map(toStoredBody)
}

/**
 * Stores a body rendered again, unless someone saved the version meanwhile (a newer save
 * rendered with today's names already). True when it was stored.
 */
export async function storeRenderedBody(db: Kysely<DB>, stored: StoredBody, bodyParts: string): Promise<boolean> {
  const result = await db
    .updateTable('story_versions')
    .set({ body_parts: packAgainst(bodyParts, stored.json) })
    .where('id', '=', stored.id)
    .where('body', '=', stored.stored)
    .executeTakeFirst()
  return result.numUpdatedRows === 1n
}

/** Pending edits not rendered since migration 0014. */
export async function findUnrenderedPending(
  db: Kysely<DB>,
  limit: number,
): Promise<{ versionId: string; number: number; locale: string; doc: RichTextDoc; json: string }[]> {
  const rows = await db
    .selectFrom('pending_revisions')
    .innerJoin('story_versions', 'story_versions.id', 'pending_revisions.version_id')
    .select(['pending_revisions.version_id as versionId', 'pending_revisions.number', 'story_versions.locale', 'pending_revisions.body'])
    .where('pending_revisions.body_parts', '=', '')
    .orderBy('pending_revisions.version_id')
    .limit(limit)
    .execute()
  return rows.map(({ body, ...p }) => {
    const json = unpackText(body)
    return { ...p, doc: JSON.parse(json) as RichTextDoc, json }
  })
}

/** Stores a pending edit's rendering, packed against its JSON (`json`, decision 025). */
export async function storeRenderedPending(
  db: Kysely<DB>,
  pending: { versionId: string; number: number; json: string },
  bodyParts: string,
): Promise<void> {
  await db
    .updateTable('pending_revisions')
    .set({ body_parts: packAgainst(bodyParts, pending.json) })
    .where('version_id', '=', pending.versionId)
    .where('number', '=', pending.number)
    .execute()
}
