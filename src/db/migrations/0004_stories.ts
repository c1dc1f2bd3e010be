import type { Kysely } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // What all languages of a story share.
  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('section_id', 'text', (c) => c.references('topics.id').onDelete('set null'))
    .addColumn('lead_media_id', 'text', (c) => c.references('media.id').onDelete('set null'))
    .addColumn('is_breaking', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_important', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('stories_section').on('stories').column('section_id').execute()

  // One per story and language: its own text, address and workflow state.
  await db.schema
    .createTable('story_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    // Copied from stories.section_id (kept in step by the story repository) so a section page
    // in one language is a single index range scan instead of a join over every story.
    .addColumn('section_id', 'text', (c) => c.references('topics.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull()) // rich-text JSON
    .addColumn('body_html', 'text', (c) => c.notNull()) // rendered on save by our escaping renderer
    .addColumn('body_text', 'text', (c) => c.notNull()) // plain text for search and summaries
    .addColumn('seo_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('seo_description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('source_locale', 'text') // set on translations
    .addColumn('source_revision', 'integer') // the source's revision this translation matches
    .addColumn('scheduled_at', 'text')
    .addColumn('embargo_until', 'text')
    .addColumn('published_at', 'text')
    .addColumn('first_published_at', 'text')
    .addColumn('unpublished_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addUniqueConstraint('story_versions_story_locale', ['story_id', 'locale'])
    .addUniqueConstraint('story_versions_locale_slug', ['locale', 'slug'])
    .execute()
  // Hot path of the public site: the latest published stories of a language.
  await db.schema.createIndex('story_versions_latest').on('story_versions').columns(['locale', 'status', 'published_at']).execute()
  await db.schema
    .createIndex('story_versions_section_latest')
    .on('story_versions')
    .columns(['section_id', 'locale', 'status', 'published_at'])
    .execute()
  await db.schema.createIndex('story_versions_scheduled').on('story_versions').columns(['status', 'scheduled_at']).execute()
  await db.schema.createIndex('story_versions_updated').on('story_versions').column('updated_at').execute()

  // A full snapshot per save: any two can be compared, any can be restored.
  await db.schema
    .createTable('story_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('story_versions.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('seo_title', 'text', (c) => c.notNull())
    .addColumn('seo_description', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('story_revisions_version_number', ['version_id', 'number'])
    .execute()

  // Old addresses keep working: an old slug redirects to the story's current URL.
  await db.schema
    .createTable('slug_history')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('slug_history_pk', ['locale', 'slug'])
    .execute()

  await db.schema
    .createTable('story_topics')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_topics_pk', ['story_id', 'topic_id'])
    .execute()
  await db.schema.createIndex('story_topics_topic').on('story_topics').columns(['topic_id', 'story_id']).execute()

  await db.schema
    .createTable('story_authors')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('authors.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_authors_pk', ['story_id', 'author_id'])
    .execute()
  await db.schema.createIndex('story_authors_author').on('story_authors').columns(['author_id', 'story_id']).execute()
}
