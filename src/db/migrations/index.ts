import type { Migration, MigrationProvider } from 'kysely'
import * as m0001 from './0001_users.js'
import * as m0002 from './0002_taxonomy.js'
import * as m0003 from './0003_media.js'
import * as m0004 from './0004_stories.js'
import * as m0005 from './0005_jobs.js'
import * as m0006 from './0006_api_tokens.js'
import * as m0007 from './0007_search_keys.js'
import * as m0008 from './0008_search.js'
import * as m0009 from './0009_public_indexes.js'
import * as m0010 from './0010_search_fresh_order.js'
import * as m0011 from './0011_pending_revisions.js'
import * as m0012 from './0012_login_attempts.js'
import * as m0013 from './0013_search_queue.js'
import * as m0014 from './0014_rendered_bodies.js'
import * as m0015 from './0015_change_log.js'
import * as m0016 from './0016_story_page_parts.js'
import * as m0017 from './0017_content_keys.js'
import * as m0018 from './0018_webhooks.js'
import * as m0019 from './0019_pages.js'
import * as m0020 from './0020_redirects.js'
import * as m0021 from './0021_imported_ids.js'
import * as m0022 from './0022_derived_body_text.js'
import * as m0023 from './0023_body_mentions.js'
import * as m0024 from './0024_live_revision_body.js'
import * as m0025 from './0025_page_part_freshness.js'
import * as m0026 from './0026_search_ranking.js'
import * as m0027 from './0027_search_phrase_pairs.js'
import * as m0028 from './0028_renderings_as_bytes.js'
import * as m0029 from './0029_page_tags_in_gin.js'
import * as m0030 from './0030_search_vectors_lz4.js'
import * as m0031 from './0031_bodies_as_bytes.js'

/**
 * Every migration in order. Listed by hand (not read from the folder) so the order is reviewable
 * and works from any build. Append only: a merged migration is never changed.
 */
const migrations: Record<string, Migration> = {
  '0001_users': m0001,
  '0002_taxonomy': m0002,
  '0003_media': m0003,
  '0004_stories': m0004,
  '0005_jobs': m0005,
  '0006_api_tokens': m0006,
  '0007_search_keys': m0007,
  '0008_search': m0008,
  '0009_public_indexes': m0009,
  '0010_search_fresh_order': m0010,
  '0011_pending_revisions': m0011,
  '0012_login_attempts': m0012,
  '0013_search_queue': m0013,
  '0014_rendered_bodies': m0014,
  '0015_change_log': m0015,
  '0016_story_page_parts': m0016,
  '0017_content_keys': m0017,
  '0018_webhooks': m0018,
  '0019_pages': m0019,
  '0020_redirects': m0020,
  '0021_imported_ids': m0021,
  '0022_derived_body_text': m0022,
  '0023_body_mentions': m0023,
  '0024_live_revision_body': m0024,
  '0025_page_part_freshness': m0025,
  '0026_search_ranking': m0026,
  '0027_search_phrase_pairs': m0027,
  '0028_renderings_as_bytes': m0028,
  '0029_page_tags_in_gin': m0029,
  '0030_search_vectors_lz4': m0030,
  '0031_bodies_as_bytes': m0031,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}
