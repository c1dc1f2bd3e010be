import type { Kysely } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // Old addresses that answer 301: a moved site's permalinks (the WordPress import) and redirects
  // editors add in the newsroom. A redirect leads to a story or page (in one language, so it
  // follows slug changes) or to a URL.
  await db.schema
    .createTable('redirects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The address as redirects/redirect-path.ts normalises it: decoded, lower case, no trailing slash.
    .addColumn('from_path', 'text', (c) => c.notNull().unique())
    .addColumn('story_id', 'text', (c) => c.references('stories.id').onDelete('cascade'))
    .addColumn('locale', 'text')
    .addColumn('target_url', 'text')
    // 'import' or 'newsroom': who made it, so an import's re-run never touches an editor's redirect.
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('redirects_story').on('redirects').column('story_id').execute()
}
