import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { newId } from '../ids.js'
import type { Actor } from '../shared/roles.js'

export interface AuditEntry {
  action: string
  entityType: string
  entityId: string
  details?: Record<string, unknown>
}

/** Records who did what; call it inside the transaction that made the change so both land or neither. */
export async function recordAudit(db: Kysely<DB>, actor: Actor, at: string, entry: AuditEntry): Promise<void> {
  await recordAudits(db, actor, at, [entry])
}

/** Many entries by one actor at one time in one statement (the bulk import's). */
export async function recordAudits(db: Kysely<DB>, actor: Actor, at: string, entries: readonly AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    await db
      .insertInto('audit_log')
      .values(
        entries.slice(i, i + 500).map((entry) => ({
          id: newId(),
          at,
          user_id: actor.userId,
          action: entry.action,
          entity_type: entry.entityType,
          entity_id: entry.entityId,
          details: JSON.stringify(actor.tokenId ? { ...entry.details, tokenId: actor.tokenId } : (entry.details ?? {})),
        })),
      )
      .execute()
  }
}
