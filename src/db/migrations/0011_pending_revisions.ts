import { type Kysely, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // "Changing what readers see is publishing" (docs/decisions/011-live-edits.md). A version's own
  // columns keep the text readers see; live_revision names the revision that text is. It equals
  // `revision` except while an edit waits for approval (or after a discarded one, whose snapshot
  // revision repeats the live text), so outdated translations follow the live text only.
  await db.schema
    .alterTable('story_versions')
    .addColumn('live_revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await sql`UPDATE story_versions SET live_revision = revision`.execute(db)

  // The working text of a live version saved by someone who may not publish it: at most one per
  // version (later saves replace it), kept whole so the newsroom reads it without rendering and
  // approval copies it into the version. Its revision is in story_revisions like any other save.
  await db.schema
    .createTable('pending_revisions')
    .addColumn('version_id', 'text', (c) => c.primaryKey().references('story_versions.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('seo_title', 'text', (c) => c.notNull())
    .addColumn('seo_description', 'text', (c) => c.notNull())
    .addColumn('embargo_until', 'text')
    .addColumn('source_revision', 'integer')
    .addColumn('saved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .execute()
  // The desk's "changes awaiting approval" list, newest first.
  await db.schema.createIndex('pending_revisions_saved').on('pending_revisions').column('saved_at').execute()
}
