import { type Kysely, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // Stored bodies held public addresses (a linked story's /en/news/ID, /media/KEY), rewritten by a
  // regex on every read. They now hold our HTML with holes for addresses (richtext/rendered-body.ts),
  // filled in when a page, a feed or an API response is rendered. Rendering needs the renderer and
  // the media library, which a migration must not depend on, so the column starts empty here and
  // `vistka serve` renders every empty body before it listens (stories/rendered-bodies.ts); until
  // then a reader's request renders an empty one on the fly.
  for (const table of ['story_versions', 'pending_revisions']) {
    await db.schema.alterTable(table).renameColumn('body_html', 'body_parts').execute()
    await db.updateTable(table).set({ body_parts: '' }).execute()
  }
  // Finds what is left to render without reading every body; empty once all is rendered.
  await db.schema.createIndex('story_versions_unrendered').on('story_versions').column('id').where(sql.ref('body_parts'), '=', '').execute()
}
