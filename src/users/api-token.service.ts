import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Invalid, NotFound } from '../errors.js'
import { newId } from '../ids.js'
import { checkLength, checkLocale } from '../locales.js'
import type { LocaleSettings } from '../site/urls.js'
import { recordAudit } from './audit.repository.js'
import { type Actor, isRole, ROLES, type Role } from './roles.js'

export const TOKEN_PREFIX = 'vk_'
const hashOf = (token: string) => createHash('sha256').update(`api-token:${token}`).digest('hex')

export interface ApiToken {
  id: string
  name: string
  role: Role
  locales: string[]
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}

const toApiToken = (r: {
  id: string
  name: string
  role: string
  locales: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}): ApiToken => ({
  id: r.id,
  name: r.name,
  role: r.role as Role,
  locales: r.locales ? r.locales.split(',') : [],
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
})

/** Tokens for integrations (a wire feed, a CMS bridge): created by an admin, shown once, stored hashed. */
export function createApiTokenService({ db, clock, site }: { db: Kysely<DB>; clock: Clock; site: LocaleSettings }) {
  return {
    /** Creates a token acting with a role; the returned `token` is never shown again. */
    async createToken(input: { name: string; role: string; locales?: string[] }, actor: Actor): Promise<ApiToken & { token: string }> {
      const name = checkLength('name', input.name.trim(), 200)
      if (!name) throw new Invalid('name_required', { locale: site.defaultLocale })
      if (!isRole(input.role)) throw new Invalid('invalid_role', { role: input.role, roles: ROLES.join(', ') })
      const locales = (input.locales ?? []).map((l) => checkLocale(site, l))
      const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
      const id = newId()
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('api_tokens')
          .values({
            id,
            name,
            token_hash: hashOf(token),
            role: input.role,
            locales: locales.join(','),
            created_by: actor.userId,
            created_at: at,
          })
          .execute()
        await recordAudit(trx, actor, at, { action: 'token.create', entityType: 'api_token', entityId: id, details: { role: input.role } })
      })
      return { id, name, role: input.role as Role, locales, createdAt: at, lastUsedAt: null, revokedAt: null, token }
    },

    async listTokens(): Promise<ApiToken[]> {
      return (await db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').execute()).map(toApiToken)
    },

    async revokeToken(id: string, actor: Actor): Promise<void> {
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable('api_tokens')
          .set({ revoked_at: at })
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .executeTakeFirst()
        if (r.numUpdatedRows !== 1n) throw new NotFound('token_not_found', { id })
        await recordAudit(trx, actor, at, { action: 'token.revoke', entityType: 'api_token', entityId: id })
      })
    },

    /** The actor a bearer token acts as, or undefined for an unknown or revoked token. */
    async authenticate(token: string): Promise<{ actor: Actor; tokenId: string } | undefined> {
      if (!token.startsWith(TOKEN_PREFIX)) return undefined
      const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hashOf(token)).executeTakeFirst()
      if (!row || row.revoked_at) return undefined
      const now = toTimestamp(clock())
      // Last use to the minute is enough, and keeps a busy integration from writing on every call.
      if (!row.last_used_at || row.last_used_at.slice(0, 16) !== now.slice(0, 16)) {
        await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute()
      }
      return {
        actor: { userId: null, role: row.role as Role, locales: row.locales ? row.locales.split(',') : [], tokenId: row.id },
        tokenId: row.id,
      }
    },
  }
}

export type ApiTokenService = ReturnType<typeof createApiTokenService>
