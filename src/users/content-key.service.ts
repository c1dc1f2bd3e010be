import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { checkLength } from '../checks.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Invalid, NotFound } from '../errors.js'
import { newId } from '../ids.js'
import type { Actor } from '../shared/roles.js'
import { recordAudit } from './audit.repository.js'
import {
  type ContentKeyRow,
  findContentKeyByHash,
  insertContentKey,
  listContentKeyRows,
  markContentKeyUsed,
  revokeContentKey,
} from './content-key.repository.js'
import { authorize } from './permissions.js'

/** Content API keys start so, which tells them from admin API tokens (vk_) at a glance and in leak scanners. */
export const CONTENT_KEY_PREFIX = 'vck_'
const hashOf = (key: string) => createHash('sha256').update(`content-key:${key}`).digest('hex')

export interface ContentKey {
  id: string
  name: string
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}

const toContentKey = (r: ContentKeyRow): ContentKey => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
})

/**
 * Keys for the read-only Content API (a mobile app, a partner, a front end): named, created by an
 * admin, shown once, stored hashed, revocable. A key reads only what the public site shows.
 */
export function createContentKeyService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return {
    /** Creates a key; the returned `key` is never shown again. */
    async createKey(input: { name: string }, actor: Actor): Promise<ContentKey & { key: string }> {
      authorize(actor, 'integration.manage')
      const name = checkLength('name', input.name.trim(), 200)
      if (!name) throw new Invalid('key_name_required')
      const key = `${CONTENT_KEY_PREFIX}${randomBytes(24).toString('base64url')}`
      const id = newId()
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        await insertContentKey(trx, { id, name, key_hash: hashOf(key), created_by: actor.userId, created_at: at })
        await recordAudit(trx, actor, at, { action: 'content_key.create', entityType: 'content_key', entityId: id })
      })
      return { id, name, createdAt: at, lastUsedAt: null, revokedAt: null, key }
    },

    async listKeys(actor: Actor): Promise<ContentKey[]> {
      authorize(actor, 'integration.manage')
      return (await listContentKeyRows(db)).map(toContentKey)
    },

    async revokeKey(id: string, actor: Actor): Promise<void> {
      authorize(actor, 'integration.manage')
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        if (!(await revokeContentKey(trx, id, at))) throw new NotFound('content_key_not_found', { id })
        await recordAudit(trx, actor, at, { action: 'content_key.revoke', entityType: 'content_key', entityId: id })
      })
    },

    /** The key's id when it is known and not revoked; read afresh each time, so a revocation holds at once in every process. */
    async authenticate(key: string): Promise<string | undefined> {
      if (!key.startsWith(CONTENT_KEY_PREFIX) || key.length > 100) return undefined
      const row = await findContentKeyByHash(db, hashOf(key))
      if (!row || row.revoked_at) return undefined
      const now = toTimestamp(clock())
      // Last use to the minute is enough, and keeps a busy app from writing on every call.
      if (!row.last_used_at || row.last_used_at.slice(0, 16) !== now.slice(0, 16)) await markContentKeyUsed(db, row.id, now)
      return row.id
    },
  }
}

export type ContentKeyService = ReturnType<typeof createContentKeyService>
