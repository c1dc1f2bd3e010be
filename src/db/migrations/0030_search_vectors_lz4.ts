import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // A story's search vector on PostgreSQL is ~8 KB (~400 lexemes with their positions) and was
  // stored as it is: TOAST's default compression (pglz) keeps a value whole unless it saves a
  // quarter, and a vector saves ~15 %. lz4 keeps any saving: ~6.9 KB a vector on the bench
  // corpus, ~320 MB at 100,000 stories. Searches read a vector only to check a phrase on the few
  // rows the indexes leave, and lz4 inflates 8 KB in microseconds. Vectors written from now on
  // are compressed (`vistka reindex` rewrites them all). A server built without lz4 keeps pglz.
  if (!isPostgres(db)) return
  await sql`DO $$ BEGIN
      ALTER TABLE search_documents ALTER COLUMN terms SET COMPRESSION lz4;
    EXCEPTION WHEN feature_not_supported THEN
      RAISE NOTICE 'this PostgreSQL has no lz4: search vectors keep the default compression';
    END $$`.execute(db)
}
