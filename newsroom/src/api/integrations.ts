import type { WebhookEvent } from '../../../src/shared/webhook-events.js'
import { api } from './client.js'

/** Content API keys and webhooks in the admin API (admins only). */

export interface ContentKey {
  id: string
  name: string
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
  /** Only in the answer to its creation. */
  key?: string
}

export interface Webhook {
  id: string
  url: string
  description: string
  events: WebhookEvent[]
  enabled: boolean
  disabledReason: string | null
  createdAt: string
  updatedAt: string
  /** Only in the answer to its creation. */
  secret?: string
}

export interface WebhookDelivery {
  id: string
  event: string
  status: 'pending' | 'sending' | 'retrying' | 'delivered' | 'failed' | 'cancelled'
  attempts: { at: string; statusCode: number | null; durationMs: number; error: string | null; responseExcerpt: string }[]
  nextAttemptAt: string | null
  createdAt: string
}

export const createContentKey = (name: string) => api.post<ContentKey>('/content-keys', { name })
export const revokeContentKey = (id: string) => api.delete(`/content-keys/${id}`)

export const createWebhook = (input: { url: string; events: WebhookEvent[]; description: string }) => api.post<Webhook>('/webhooks', input)
export const updateWebhook = (id: string, change: { enabled?: boolean; events?: WebhookEvent[]; url?: string; description?: string }) =>
  api.put<Webhook>(`/webhooks/${id}`, change)
export const deleteWebhook = (id: string) => api.delete(`/webhooks/${id}`)
export const pingWebhook = (id: string) => api.post<{ deliveryId: string }>(`/webhooks/${id}/ping`)
export const listDeliveries = (id: string) => api.get<WebhookDelivery[]>(`/webhooks/${id}/deliveries`)
export const redeliver = (id: string, deliveryId: string) => api.post(`/webhooks/${id}/deliveries/${deliveryId}/redeliver`)
