import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

export type ImportedKind = 'post' | 'group' | 'attachment' | 'term' | 'author'

export interface ImportedId {
  kind: ImportedKind
  externalId: string
  targetId: string
  digest: string
}

/** Everything an earlier run of this source brought in: a few rows a post, read once at the start. */
export async function loadImportedIds(db: Kysely<DB>, source: string): Promise<Map<string, ImportedId>> {
  const rows = await db
    .selectFrom('imported_ids')
    .select(['kind', 'external_id', 'target_id', 'digest'])
    .where('source', '=', source)
    .execute()
  return new Map(
    rows.map((r) => [
      `${r.kind}:${r.external_id}`,
      { kind: r.kind as ImportedKind, externalId: r.external_id, targetId: r.target_id, digest: r.digest },
    ]),
  )
}

/** Records (or re-points) what external ids became, in the caller's transaction. */
export async function rememberImportedIds(db: Kysely<DB>, source: string, ids: readonly ImportedId[], at: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 200) {
    const rows = ids.slice(i, i + 200).map((r) => ({
      source,
      kind: r.kind,
      external_id: r.externalId,
      target_id: r.targetId,
      digest: r.digest,
      imported_at: at,
    }))
    await db
      .insertInto('imported_ids')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['source', 'kind', 'external_id']).doUpdateSet((eb) => ({
          target_id: eb.ref('excluded.target_id'),
          digest: eb.ref('excluded.digest'),
          imported_at: eb.ref('excluded.imported_at'),
        })),
      )
      .execute()
  }
}

/** Which of these stories still exist: one deleted in the newsroom since is not brought back. */
export async function existingStoryIds(db: Kysely<DB>, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('stories')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .execute()
    for (const r of rows) found.add(r.id)
  }
  return found
}

/** The versions of these stories by language: what an import's posts became. */
export async function versionsOfStories(db: Kysely<DB>, storyIds: readonly string[]) {
  if (!storyIds.length) return []
  return db
    .selectFrom('story_versions')
    .select(['id', 'story_id as storyId', 'locale', 'revision', 'status'])
    .where('story_id', 'in', storyIds)
    .execute()
}
