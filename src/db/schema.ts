import type { JobTable } from '../jobs/job.table.js'
import type { MediaLocaleTable, MediaTable } from '../media/media.table.js'
import type { RedirectTable } from '../redirects/redirect.table.js'
import type {
  BodyMentionTable,
  PendingRevisionTable,
  SlugHistoryTable,
  StoryAuthorTable,
  StoryRevisionTable,
  StoryTable,
  StoryTopicTable,
  StoryVersionTable,
} from '../stories/story.table.js'
import type { AuthorLocaleTable, AuthorTable, TopicLocaleTable, TopicTable } from '../taxonomy/taxonomy.table.js'
import type { ApiTokenTable, AuditLogTable, ContentKeyTable, LoginAttemptTable, SessionTable, UserTable } from '../users/user.table.js'
import type { WebhookAttemptTable, WebhookDeliveryTable, WebhookSnapshotTable, WebhookTable } from '../webhooks/webhook.table.js'
import type { ImportedIdTable } from '../wordpress/imported-id.table.js'

/** The whole database as Kysely sees it; each domain owns the tables it declares. */
export interface DB {
  users: UserTable
  sessions: SessionTable
  audit_log: AuditLogTable
  topics: TopicTable
  topic_locales: TopicLocaleTable
  authors: AuthorTable
  author_locales: AuthorLocaleTable
  media: MediaTable
  media_locales: MediaLocaleTable
  stories: StoryTable
  story_versions: StoryVersionTable
  story_revisions: StoryRevisionTable
  pending_revisions: PendingRevisionTable
  body_mentions: BodyMentionTable
  slug_history: SlugHistoryTable
  story_topics: StoryTopicTable
  story_authors: StoryAuthorTable
  jobs: JobTable
  api_tokens: ApiTokenTable
  login_attempts: LoginAttemptTable
  content_keys: ContentKeyTable
  webhooks: WebhookTable
  webhook_deliveries: WebhookDeliveryTable
  webhook_attempts: WebhookAttemptTable
  webhook_snapshots: WebhookSnapshotTable
  redirects: RedirectTable
  imported_ids: ImportedIdTable
}
