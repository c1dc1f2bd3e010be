import { type ExpressionBuilder, type Kysely, sql } from 'kysely'
import { isPostgres } from '../db/dialect.js'
import { type PackedText, packBytesAgainst, unpackBytesAgainst, unpackTextBytes } from '../db/packed-text.js'
import { preparedQuery } from '../db/prepared.js'
import type { DB } from '../db/schema.js'
import { publiclyVisibleAt } from '../stories/public-visibility.js'
import { ofStories } from '../stories/story.repository.js'

/** Migration 0016's tables: story pages rendered ahead of readers (story-page-parts.ts); the tags table on SQLite only (0029). */
type PartTables = {
  story_page_parts: {
    version_id: string
    fingerprint: string
    section_id: string | null
    html: Buffer
    digest: string
    tags: string
    rendered_at: string
  }
  story_page_part_tags: { tag: string; version_id: string }
}
const parts = (db: Kysely<DB>) => db.withTables<PartTables>()

/** A story's public version in a language, and its rendered page if one is stored. */
export interface PublicVersionPart {
  versionId: string
  slug: string
  part?: StoredPart
}

export interface StoredPart {
  fingerprint: string
  sectionId: string | null
  /** The document as UTF-8. */
  html: Buffer
  /** A hash of html, for the ETag of the pages made from it. */
  digest: string
  tags: string[]
  renderedAt: string
}

// Subqueries, not a join: SQLite reads the stored page's overflow pages several times slower through a join.
const part = (eb: ExpressionBuilder<DB & PartTables, 'story_versions'>) =>
  eb.selectFrom('story_page_parts').whereRef('story_page_parts.version_id', '=', 'story_versions.id')

const publicVersionPart = preparedQuery(
  (db: Kysely<DB>, v: Record<'storyId' | 'locale' | 'now', string>) =>
    parts(db)
      .selectFrom('story_versions')
      .select((eb) => [
        'story_versions.id',
        'story_versions.slug',
        part(eb).select('fingerprint').as('fingerprint'),
        part(eb).select('section_id').as('section_id'),
        part(eb).select('html').as('html'),
        part(eb).select('digest').as('digest'),
        part(eb).select('tags').as('tags'),
        part(eb).select('rendered_at').as('rendered_at'),
      ])
      // PostgreSQL: the JSON the page is packed against (decision 026), in the same read.
      .$if(isPostgres(db), (q) => q.select('story_versions.body'))
      .where('story_versions.story_id', '=', v.storyId)
      .where('story_versions.locale', '=', v.locale)
      .where(publiclyVisibleAt(v.now)),
  ['storyId', 'locale', 'now'],
)

/**
 * The public version of the story in the language (the one indexed read of a story page), with its
 * stored page; `skeleton` is the language's page skeleton (page-skeleton.ts) it was packed against.
 */
export async function findPublicVersionPart(
  db: Kysely<DB>,
  storyId: string,
  locale: string,
  now: string,
  skeleton: Buffer,
): Promise<PublicVersionPart | undefined> {
  const [row] = await publicVersionPart(db, { storyId, locale, now })
  if (!row) return undefined
  const { digest, fingerprint, tags, rendered_at } = row
  // Null when packed against a body since replaced or another skeleton: no page stored, as for one never rendered.
  const html = row.html === null ? null : unpackBytesAgainst(row.html, pageDictionary(skeleton, row.body))
  return {
    versionId: row.id,
    slug: row.slug,
    ...(html !== null &&
      digest !== null &&
      fingerprint !== null &&
      tags !== null &&
      rendered_at !== null && {
        part: {
          fingerprint,
          sectionId: row.section_id,
          html,
          digest,
          tags: tags ? tags.split(' ') : [],
          renderedAt: rendered_at,
        },
      }),
  }
}

/**
 * What a stored page is deflated against: its language's skeleton (decision 028), and on
 * PostgreSQL its version's JSON after it (decision 026). Pages stored before either were deflated
 * alone and read without one; a page read against another dictionary reads as none.
 */
function pageDictionary(skeleton: Buffer, body: PackedText | undefined): Buffer {
  return body === undefined ? skeleton : Buffer.concat([skeleton, unpackTextBytes(body)])
}

/**
 * Stores a version's rendered page in place of any older one, with its tags. Returns false when
 * the version is gone (deleted while it was rendered): there is nothing to keep. `skeleton` is
 * the page's language's (page-skeleton.ts).
 */
export async function storePart(db: Kysely<DB>, versionId: string, part: StoredPart, skeleton: Buffer): Promise<boolean> {
  // A small part of the size, for ~120 µs of inflating on each cold read (decisions 018, 028).
  // On SQLite deflated against the skeleton before the transaction, which holds the file's write
  // lock; on PostgreSQL against the skeleton and the version's JSON, read in it (decision 026).
  const packed = isPostgres(db) ? undefined : packBytesAgainst(part.html, pageDictionary(skeleton, undefined))
  // The row keeps its tags joined by spaces (PostgreSQL finds them split on spaces, migration
  // 0029), as a CDN's Surrogate-Key header does: a tag holding a space would be two.
  const spaced = part.tags.find((t) => t === '' || /\s/.test(t))
  if (spaced !== undefined) throw new Error(`A cache tag may not be empty or hold white space: ${JSON.stringify(spaced)}`)
  return parts(db)
    .transaction()
    .execute(async (tx) => {
      await tx.deleteFrom('story_page_parts').where('version_id', '=', versionId).execute()
      const version = await tx
        .selectFrom('story_versions')
        .select('id')
        .$if(packed === undefined, (q) => q.select('body'))
        .where('id', '=', versionId)
        .executeTakeFirst()
      if (!version) return false
      const html = packed ?? packBytesAgainst(part.html, pageDictionary(skeleton, version.body ?? ''))
      await tx
        .insertInto('story_page_parts')
        .values({
          version_id: versionId,
          fingerprint: part.fingerprint,
          section_id: part.sectionId,
          html,
          digest: part.digest,
          tags: part.tags.join(' '),
          rendered_at: part.renderedAt,
        })
        .execute()
      const tags = [...new Set(part.tags)]
      // PostgreSQL finds pages by the tags column itself (migration 0029).
      if (tags.length && !isPostgres(db))
        await tx
          .insertInto('story_page_part_tags')
          .values(tags.map((tag) => ({ tag, version_id: versionId })))
          .execute()
      return true
    })
}

/** Tags per statement: well under SQLite's and PostgreSQL's limits on bound values. */
const TAGS_PER_DELETE = 500

/** Deletes every stored page showing any of the tags (their tag rows go with them); returns their versions. */
export async function deletePartsTagged(db: Kysely<DB>, tags: readonly string[]): Promise<string[]> {
  const deleted: string[] = []
  for (let i = 0; i < tags.length; i += TAGS_PER_DELETE) {
    const slice = tags.slice(i, i + TAGS_PER_DELETE)
    const rows = await parts(db)
      .deleteFrom('story_page_parts')
      .where((eb) =>
        isPostgres(db)
          ? sql<boolean>`string_to_array(tags, ' ') && ${sql.val(slice)}::text[]`
          : eb('version_id', 'in', eb.selectFrom('story_page_part_tags').select('version_id').where('tag', 'in', slice)),
      )
      .returning('version_id')
      .execute()
    for (const r of rows) deleted.push(r.version_id)
  }
  return deleted
}

/** Deletes one version's stored page (its story changed). */
export async function deletePartOf(db: Kysely<DB>, versionId: string): Promise<void> {
  await parts(db).deleteFrom('story_page_parts').where('version_id', '=', versionId).execute()
}

/** Where a walk over public versions stands: newest first, by publication time then id. */
export interface PartCursor {
  publishedAt: string
  id: string
}

/**
 * The next `scan` public versions in a language, newest first after `after`, and which of them
 * need their page rendered: none is stored, or it was rendered with other settings or templates
 * (another fingerprint), or before `staleBefore`. `next` is where the following window starts,
 * absent after the last one. Each call reads a bounded window, so a walk that finds every page
 * current (a restart) reads the archive in small steps instead of one query that blocks the
 * event loop for seconds at 100,000 stories looking for rows that are not there.
 */
export async function findVersionsNeedingParts(
  db: Kysely<DB>,
  o: { locale: string; now: string; fingerprint: string; staleBefore: string; after?: PartCursor; scan: number },
): Promise<{ versions: { id: string; storyId: string; locale: string; publishedAt: string }[]; next?: PartCursor }> {
  let window = parts(db)
    .selectFrom('story_versions')
    .select(['story_versions.id', 'story_versions.story_id', 'story_versions.locale', 'story_versions.published_at'])
    .where('story_versions.locale', '=', o.locale)
    .where(publiclyVisibleAt(o.now))
    .where(ofStories)
  const after = o.after
  if (after)
    window = window
      // The bound the index can use (the OR below alone made SQLite collect and sort every older version).
      .where('story_versions.published_at', '<=', after.publishedAt)
      .where((eb) =>
        eb.or([
          eb('story_versions.published_at', '<', after.publishedAt),
          eb.and([eb('story_versions.published_at', '=', after.publishedAt), eb('story_versions.id', '<', after.id)]),
        ]),
      )
  const rows = await parts(db)
    .selectFrom(window.orderBy('story_versions.published_at', 'desc').orderBy('story_versions.id', 'desc').limit(o.scan).as('w'))
    // Migration 0025's index answers these columns without reading the stored page (rendered_at lies past it).
    .leftJoin('story_page_parts as p', 'p.version_id', 'w.id')
    .select(['w.id', 'w.story_id', 'w.locale', 'w.published_at', 'p.fingerprint', 'p.rendered_at'])
    .orderBy('w.published_at', 'desc')
    .orderBy('w.id', 'desc')
    .execute()
  const last = rows.at(-1)
  const versions = rows
    .filter((r) => r.fingerprint !== o.fingerprint || (r.rendered_at as string) < o.staleBefore)
    .map((r) => ({ id: r.id, storyId: r.story_id, locale: r.locale, publishedAt: r.published_at as string }))
  return { versions, ...(last && rows.length === o.scan && { next: { publishedAt: last.published_at as string, id: last.id } }) }
}
