import type { Kysely } from 'kysely'
import { type PackedText, packText, unpackText } from '../db/packed-text.js'
import type { DB } from '../db/schema.js'

/** A version's body as stored, for rendering it again. */
export interface StoredBody {
  id: string
  storyId: string
  locale: string
  /** The document JSON. */
  body: string
  bodyParts: string
}

const STORED = ['id', 'story_id', 'locale', 'body', 'body_parts'] as const
const toStoredBody = (r: { id: string; story_id: string; locale: string; body: string; body_parts: PackedText }): StoredBody => ({
  id: r.id,
  storyId: r.story_id,
  locale: r.locale,
  body: r.body,
  bodyParts: unpackText(r.body_parts),
})

/** Versions whose body mentions an id (an image, a speaker). Ids are [0-9a-z] only, so they need no escaping in LIKE. */
export async function findBodiesMentioning(db: Kysely<DB>, id: string): Promise<StoredBody[]> {
  const rows = await db.selectFrom('story_versions').select(STORED).where('body', 'like', `%"${id}"%`).execute()
  return rows.map(toStoredBody)
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
    .set({ body_parts: packText(db, bodyParts) })
    .where('id', '=', stored.id)
    .where('body', '=', stored.body)
    .executeTakeFirst()
  return result.numUpdatedRows === 1n
}

/** Pending edits not rendered since migration 0014. */
export async function findUnrenderedPending(
  db: Kysely<DB>,
  limit: number,
): Promise<{ versionId: string; number: number; locale: string; body: string }[]> {
  return db
    .selectFrom('pending_revisions')
    .innerJoin('story_versions', 'story_versions.id', 'pending_revisions.version_id')
    .select(['pending_revisions.version_id as versionId', 'pending_revisions.number', 'story_versions.locale', 'pending_revisions.body'])
    .where('pending_revisions.body_parts', '=', '')
    .orderBy('pending_revisions.version_id')
    .limit(limit)
    .execute()
}

export async function storeRenderedPending(db: Kysely<DB>, versionId: string, number: number, bodyParts: string): Promise<void> {
  await db
    .updateTable('pending_revisions')
    .set({ body_parts: packText(db, bodyParts) })
    .where('version_id', '=', versionId)
    .where('number', '=', number)
    .execute()
}
