import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely'
import type { DB } from '../db/schema.js'
import { newId } from '../ids.js'
import { containsPattern } from '../shared/fold.js'
import type { RedirectTable } from './redirect.table.js'
import type { Redirect, RedirectOrigin } from './redirect.types.js'

export type RedirectRow = Selectable<RedirectTable>

export const toRedirect = (r: RedirectRow): Redirect => ({
  id: r.id,
  fromPath: r.from_path,
  target: r.story_id && r.locale ? { storyId: r.story_id, locale: r.locale } : { url: r.target_url ?? '/' },
  origin: r.origin as RedirectOrigin,
  createdAt: r.created_at,
  createdBy: r.created_by,
})

/** Adds or repoints an import's redirect; never touches one made in the newsroom (returns false then). */
export async function upsertImportedRedirect(
  db: Kysely<DB>,
  r: { fromPath: string /* already normalised */; storyId: string; locale: string; at: string },
): Promise<boolean> {
  // One statement, so two imports (or an import and an editor) racing for an address can't both insert.
  return (await upsertImportedRedirects(db, [r], r.at)) === 1
}

/**
 * Many import redirects in a few statements (the same rule as upsertImportedRedirect: an editor's
 * redirect is never touched). An address named twice keeps its last target. Returns how many
 * were written.
 */
export async function upsertImportedRedirects(
  db: Kysely<DB>,
  redirects: readonly { fromPath: string; storyId: string; locale: string }[],
  at: string,
): Promise<number> {
  const unique = [...new Map(redirects.map((r) => [r.fromPath, r])).values()]
  let written = 0
  for (let i = 0; i < unique.length; i += 500) {
    const result = await db
      .insertInto('redirects')
      .values(
        unique.slice(i, i + 500).map((r) => ({
          id: newId(),
          from_path: r.fromPath,
          story_id: r.storyId,
          locale: r.locale,
          target_url: null,
          origin: 'import',
          created_by: null,
          created_at: at,
        })),
      )
      .onConflict((oc) =>
        oc
          .column('from_path')
          .doUpdateSet((eb) => ({ story_id: eb.ref('excluded.story_id'), locale: eb.ref('excluded.locale'), target_url: null }))
          .where('redirects.origin', '=', 'import'),
      )
      .executeTakeFirst()
    written += Number(result.numInsertedOrUpdatedRows ?? 0n)
  }
  return written
}

/** The redirect of a normalised address, if any: the one read a 404 costs. */
export async function findRedirect(db: Kysely<DB>, fromPath: string): Promise<Redirect | undefined> {
  const row = await db.selectFrom('redirects').selectAll().where('from_path', '=', fromPath).executeTakeFirst()
  return row && toRedirect(row)
}

export async function findRedirectById(db: Kysely<DB>, id: string): Promise<Redirect | undefined> {
  const row = await db.selectFrom('redirects').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toRedirect(row)
}

/** Inserts a redirect unless its address has one already (false then). */
export async function insertRedirect(db: Kysely<DB>, row: Insertable<RedirectTable>): Promise<boolean> {
  const result = await db
    .insertInto('redirects')
    .values(row)
    .onConflict((oc) => oc.column('from_path').doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1
}

export async function updateRedirect(
  db: Kysely<DB>,
  id: string,
  patch: Updateable<Omit<RedirectTable, 'id' | 'created_at'>>,
): Promise<boolean> {
  const result = await db.updateTable('redirects').set(patch).where('id', '=', id).executeTakeFirst()
  return result.numUpdatedRows === 1n
}

export async function deleteRedirect(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('redirects').where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows === 1n
}

export interface RedirectListQuery {
  /** Lower-case words each of which the old address or the target URL must contain. */
  words: readonly string[]
  origin?: RedirectOrigin
  /** The last redirect of the page before (keyset pagination, newest first). */
  after?: { createdAt: string; id: string }
  limit: number
}

/** Redirects, newest first. */
export async function listRedirects(db: Kysely<DB>, q: RedirectListQuery): Promise<Redirect[]> {
  let query = db.selectFrom('redirects').selectAll()
  if (q.origin) query = query.where('origin', '=', q.origin)
  for (const word of q.words) {
    const pattern = containsPattern(word)
    // from_path is stored in lower case already; lower() on a URL is ASCII-only on SQLite, and URLs are stored encoded.
    query = query.where(
      sql<boolean>`(${sql.ref('from_path')} like ${pattern} escape '\\' or lower(${sql.ref('target_url')}) like ${pattern} escape '\\')`,
    )
  }
  if (q.after) {
    const { createdAt, id } = q.after
    query = query.where((eb) => eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]))
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute()
  return rows.map(toRedirect)
}
