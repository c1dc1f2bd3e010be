import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

/** Versions read at a time while filling the table, and mention rows a statement. */
const BATCH = 500

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // The ids a version's body names (its images, the speakers of its quotes), so a changed caption
  // or a renamed person finds the bodies to render again, and the media library whether a
  // published story shows an image, with one indexed read. Until now both ran LIKE over every
  // body's JSON, which kept the JSON readable in SQL and so stored whole: ~12 KB a version, a
  // third of a 100,000-story database. With this table the body is deflated on SQLite like the
  // rest of the long text (decision 018), as it is written; rows written before stay text.
  const postgres = isPostgres(db)
  await db.schema
    .createTable('body_mentions')
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('version_id', 'text', (c) => c.notNull().references('story_versions.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('body_mentions_pk', ['ref_id', 'version_id'])
    // Only the key is stored: SQLite keeps it as one B-tree, not a table plus its index.
    .$call((b) => (postgres ? b : b.modifyEnd(sql`without rowid`)))
    .execute()
  // A version's mentions are replaced when its body is saved and deleted with it.
  await db.schema.createIndex('body_mentions_version').on('body_mentions').column('version_id').execute()

  let after = ''
  for (;;) {
    const rows: { id: string; body: string }[] = await db
      .selectFrom('story_versions')
      .select(['id', 'body'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute()
    if (rows.length === 0) break
    const mentions = rows.flatMap((r) => [...mentionedIds(JSON.parse(r.body))].map((ref_id) => ({ ref_id, version_id: r.id })))
    for (let i = 0; i < mentions.length; i += BATCH)
      await db
        .insertInto('body_mentions')
        .values(mentions.slice(i, i + BATCH))
        .execute()
    after = (rows.at(-1) as { id: string }).id
  }
}

/** Every mediaId and speakerId anywhere in a document of this time (images, quotes, in lists or not). */
function mentionedIds(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) mentionedIds(child, into)
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'mediaId' || key === 'speakerId') && typeof value === 'string' && value !== '') into.add(value)
      else mentionedIds(value, into)
    }
  }
  return into
}
