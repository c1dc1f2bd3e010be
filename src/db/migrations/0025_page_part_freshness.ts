import type { Kysely } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // The walk that renders story pages ahead (site/story-page-parts.tsx) asks of every public
  // version whether its stored page is current: its fingerprint and when it was rendered. On
  // SQLite, rendered_at lies past the page itself (~8 KB deflated), so each answer read the page's
  // overflow pages: 48 µs a version, seconds per language at 100,000 stories on every start. This
  // index answers it alone (~70 bytes a page).
  await db.schema
    .createIndex('story_page_parts_freshness')
    .on('story_page_parts')
    .columns(['version_id', 'fingerprint', 'rendered_at'])
    .execute()
}
