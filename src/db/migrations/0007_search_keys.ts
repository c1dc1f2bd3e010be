import type { Kysely } from 'kysely'
import { searchKey } from '../../shared/fold.js'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // Folded text for the newsroom's "contains" filters (src/search/fold.ts): the desk filters
  // versions by headline and lead, the media library by file name, credit, source, captions and
  // alt texts. Folded in TypeScript so both databases match the same rows.
  await db.schema
    .alterTable('story_versions')
    .addColumn('search_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema
    .alterTable('media')
    .addColumn('search_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute()

  // Existing rows get their keys with today's folding.
  const versions = await db.selectFrom('story_versions').select(['id', 'headline', 'lead']).execute()
  for (const v of versions) {
    await db
      .updateTable('story_versions')
      .set({ search_key: searchKey(v.headline, v.lead) })
      .where('id', '=', v.id)
      .execute()
  }
  const media = await db.selectFrom('media').select(['id', 'original_name', 'credit', 'source']).execute()
  for (const m of media) {
    const texts = await db.selectFrom('media_locales').select(['caption', 'alt']).where('media_id', '=', m.id).execute()
    const key = searchKey(
      m.original_name,
      m.credit,
      m.source,
      ...texts.flatMap((t: { caption: string; alt: string }) => [t.caption, t.alt]),
    )
    await db.updateTable('media').set({ search_key: key }).where('id', '=', m.id).execute()
  }
}
