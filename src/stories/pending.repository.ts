import type { Kysely } from 'kysely'
import { unpackText } from '../db/packed-text.js'
import type { DB } from '../db/schema.js'
import { plainText } from '../richtext/plain-text.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import { findUserNames } from '../users/user.repository.js'
import type { PendingRevisionRow, StoredContent } from './story.table.js'
import type { StoryVersion, WorkingVersion } from './story.types.js'
import { packedContent, storedRendering } from './version.repository.js'

/** The pending text of a live version (docs/decisions/011-live-edits.md), if an edit awaits approval. */
export async function findPending(db: Kysely<DB>, versionId: string): Promise<PendingRevisionRow | undefined> {
  return db.selectFrom('pending_revisions').selectAll().where('version_id', '=', versionId).executeTakeFirst()
}

/** Keeps `content` as the version's pending text at revision `number`, replacing an earlier one. */
export async function keepPending(
  db: Kysely<DB>,
  versionId: string,
  number: number,
  content: StoredContent,
  at: string,
  by: string | null,
): Promise<void> {
  const row = { ...packedContent(db, content), number, saved_by: by, saved_at: at }
  await db
    .insertInto('pending_revisions')
    .values({ version_id: versionId, ...row })
    .onConflict((oc) => oc.column('version_id').doUpdateSet(row))
    .execute()
}

/** Drops the pending text, but only the one at `number`: a newer one saved meanwhile stays. */
export async function dropPending(db: Kysely<DB>, versionId: string, number?: number): Promise<void> {
  let q = db.deleteFrom('pending_revisions').where('version_id', '=', versionId)
  if (number !== undefined) q = q.where('number', '=', number)
  await q.execute()
}

/** The pending row as the content a version's own columns hold. */
export const pendingContent = (p: PendingRevisionRow): StoredContent => ({
  headline: p.headline,
  slug: p.slug,
  lead: p.lead,
  body: unpackText(p.body),
  body_parts: p.body_parts,
  seo_title: p.seo_title,
  seo_description: p.seo_description,
  embargo_until: p.embargo_until,
  source_revision: p.source_revision,
})

/**
 * The versions as the newsroom works on them: the pending text over the live one where an edit
 * awaits approval, saved by and at whoever saved it, with their display name.
 */
export async function toWorkingVersions(db: Kysely<DB>, list: StoryVersion[]): Promise<WorkingVersion[]> {
  if (list.length === 0) return []
  const rows = await db
    .selectFrom('pending_revisions')
    .selectAll()
    .where(
      'version_id',
      'in',
      list.map((v) => v.id),
    )
    .execute()
  const names = await findUserNames(
    db,
    rows.flatMap((p) => (p.saved_by ? [p.saved_by] : [])),
  )
  return list.map((v) => {
    const p = rows.find((r) => r.version_id === v.id)
    if (!p) return { ...v, pending: null }
    const json = unpackText(p.body)
    const body = JSON.parse(json) as RichTextDoc
    return {
      ...v,
      headline: p.headline,
      slug: p.slug,
      lead: p.lead,
      body,
      renderedBody: storedRendering(p.body_parts, json),
      bodyText: plainText(body),
      seoTitle: p.seo_title,
      seoDescription: p.seo_description,
      embargoUntil: p.embargo_until,
      sourceRevision: p.source_revision,
      updatedAt: p.saved_at,
      updatedBy: p.saved_by,
      pending: {
        revision: p.number,
        savedBy: p.saved_by,
        savedByName: (p.saved_by && names.get(p.saved_by)) || null,
        savedAt: p.saved_at,
      },
    }
  })
}

export async function toWorkingVersion(db: Kysely<DB>, v: StoryVersion): Promise<WorkingVersion> {
  return (await toWorkingVersions(db, [v]))[0] as WorkingVersion
}
