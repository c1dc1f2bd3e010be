import type { Kysely } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // Pages ("About us", "Contacts") are a second kind of story: the same versions, revisions,
  // workflow and translations, served at their own address and listed in the footer, in no feed.
  await db.schema
    .alterTable('stories')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('story'))
    .execute()
  // The footer's order (lowest first); stories have none.
  await db.schema.alterTable('stories').addColumn('menu_position', 'integer').execute()
  await db.schema.createIndex('stories_kind').on('stories').columns(['kind', 'menu_position']).execute()
}
