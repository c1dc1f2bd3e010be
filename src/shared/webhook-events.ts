/**
 * What a webhook may be sent. Each names a change readers or integrations care about, after it
 * has been saved; `ping` is the newsroom's "Send test".
 */
export const WEBHOOK_EVENTS = [
  'story.published',
  'story.updated',
  'story.unpublished',
  'story.scheduled',
  'page.published',
  'page.updated',
  'page.unpublished',
  'page.scheduled',
  'translation.outdated',
  'media.updated',
  'media.deleted',
  'topic.updated',
  'ping',
] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const isWebhookEvent = (value: unknown): value is WebhookEvent =>
  typeof value === 'string' && (WEBHOOK_EVENTS as readonly string[]).includes(value)
