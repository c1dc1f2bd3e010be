import type { Generated, Selectable } from 'kysely'
import type { PackedText } from '../db/packed-text.js'

export interface WebhookTable {
  id: string
  url: string
  description: Generated<string>
  /** The events it is sent, comma-separated. */
  events: string
  secret: string
  enabled: Generated<number>
  /** Why it was turned off by Vistka rather than by a person: `gone` (the receiver answered 410). */
  disabled_reason: string | null
  created_by: string | null
  created_at: string
  updated_at: string
}
export interface WebhookDeliveryTable {
  id: string
  webhook_id: string
  event: string
  payload: string
  /** pending, retrying, delivered, failed or cancelled */
  status: string
  attempts: Generated<number>
  next_attempt_at: string | null
  created_at: string
  updated_at: string
}
export interface WebhookAttemptTable {
  id: string
  delivery_id: string
  at: string
  status_code: number | null
  duration_ms: number
  error: string | null
  response_excerpt: Generated<string>
}
export interface WebhookSnapshotTable {
  key: string
  /** The object as last sent, packed on SQLite (db/packed-text.ts). */
  body: PackedText
  updated_at: string
}
export type WebhookRow = Selectable<WebhookTable>
export type WebhookDeliveryRow = Selectable<WebhookDeliveryTable>
export type WebhookAttemptRow = Selectable<WebhookAttemptTable>
