import type { Kysely } from 'kysely'
import { containsEveryWord } from '../db/contains.js'
import type { DB } from '../db/schema.js'
import { searchKey } from '../shared/fold.js'
import type { MediaLocaleRow, MediaRow } from './media.table.js'
import type { Media, MediaText, MediaVariant } from './media.types.js'

export const toMedia = (r: MediaRow, texts: MediaLocaleRow[]): Media => ({
  id: r.id,
  kind: 'image',
  originalName: r.original_name,
  mimeType: r.mime_type,
  width: r.width,
  height: r.height,
  bytes: r.bytes,
  storageKey: r.storage_key,
  variants: JSON.parse(r.variants) as MediaVariant[],
  credit: r.credit,
  source: r.source,
  focalX: r.focal_x,
  focalY: r.focal_y,
  texts: Object.fromEntries(texts.map((t) => [t.locale, { caption: t.caption, alt: t.alt }])),
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export async function findMedia(db: Kysely<DB>, id: string): Promise<Media | undefined> {
  return (await findMediaByIds(db, [id]))[0]
}

/** Media items with all their language texts, in no particular order. */
export async function findMediaByIds(db: Kysely<DB>, ids: readonly string[]): Promise<Media[]> {
  if (ids.length === 0) return []
  const [rows, texts] = await Promise.all([
    db.selectFrom('media').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('media_locales').selectAll().where('media_id', 'in', ids).execute(),
  ])
  return rows.map((r) =>
    toMedia(
      r,
      texts.filter((t) => t.media_id === r.id),
    ),
  )
}

export async function insertMedia(db: Kysely<DB>, m: Media): Promise<void> {
  await db
    .insertInto('media')
    .values({
      id: m.id,
      kind: m.kind,
      original_name: m.originalName,
      mime_type: m.mimeType,
      width: m.width,
      height: m.height,
      bytes: m.bytes,
      storage_key: m.storageKey,
      variants: JSON.stringify(m.variants),
      credit: m.credit,
      source: m.source,
      focal_x: m.focalX,
      focal_y: m.focalY,
      created_by: m.createdBy,
      created_at: m.createdAt,
      updated_at: m.updatedAt,
    })
    .execute()
  await upsertMediaTexts(db, m.id, m.texts)
  await refreshMediaSearchKey(db, m.id)
}

/** Recomputes the folded text the library is searched by, after the item or its texts changed. */
export async function refreshMediaSearchKey(db: Kysely<DB>, id: string): Promise<void> {
  const m = await findMedia(db, id)
  if (!m) return
  const texts = Object.values(m.texts).flatMap((t) => [t.caption, t.alt])
  await db
    .updateTable('media')
    .set({ search_key: searchKey(m.originalName, m.credit, m.source, ...texts) })
    .where('id', '=', id)
    .execute()
}

export async function upsertMediaTexts(db: Kysely<DB>, mediaId: string, texts: Record<string, MediaText>): Promise<void> {
  const rows = Object.entries(texts).map(([locale, t]) => ({ media_id: mediaId, locale, caption: t.caption, alt: t.alt }))
  if (rows.length === 0) return
  await db
    .insertInto('media_locales')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['media_id', 'locale']).doUpdateSet((eb) => ({ caption: eb.ref('excluded.caption'), alt: eb.ref('excluded.alt') })),
    )
    .execute()
}

/** Whether a published version shows the image, as its story's lead photo or inside its body. */
export async function mediaUsedByPublishedStory(db: Kysely<DB>, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('story_versions as v')
    .select('v.id')
    .where('v.status', 'in', ['published', 'scheduled'])
    .where((eb) =>
      eb.or([
        eb('v.story_id', 'in', eb.selectFrom('stories').select('id').where('lead_media_id', '=', id)),
        // What bodies show is listed in body_mentions (migration 0023).
        eb('v.id', 'in', eb.selectFrom('body_mentions').select('version_id').where('ref_id', '=', id)),
      ]),
    )
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}

/** A page of the library's ids, newest first, after a cursor, whose search key contains every word of `q`. */
export async function listMediaIds(
  db: Kysely<DB>,
  query: { limit: number; q?: string; after?: { createdAt: string; id: string } },
): Promise<string[]> {
  let q = db.selectFrom('media').select('id')
  for (const cond of containsEveryWord('search_key', query.q ?? '')) q = q.where(cond)
  if (query.after) {
    const { createdAt, id } = query.after
    q = q.where((eb) => eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]))
  }
  return (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute()).map((r) => r.id)
}

export async function updateMediaFields(
  db: Kysely<DB>,
  id: string,
  fields: { credit?: string; source?: string; focalX?: number; focalY?: number; at: string },
): Promise<void> {
  await db
    .updateTable('media')
    .set({
      ...(fields.credit !== undefined && { credit: fields.credit }),
      ...(fields.source !== undefined && { source: fields.source }),
      ...(fields.focalX !== undefined && { focal_x: fields.focalX }),
      ...(fields.focalY !== undefined && { focal_y: fields.focalY }),
      updated_at: fields.at,
    })
    .where('id', '=', id)
    .execute()
}

export async function deleteMediaRow(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('media').where('id', '=', id).execute()
}
