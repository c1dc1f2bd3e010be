import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { checkLength, checkLocale } from '../checks.js'
import type { DB } from '../db/schema.js'
import { type Clock, toTimestamp } from '../db/time.js'
import { Invalid, NotFound } from '../errors.js'
import { newId } from '../ids.js'
import type { LocaleSettings } from '../shared/locales.js'
import { type Actor, isRole, ROLES, type Role } from '../shared/roles.js'
import { findTokenCreator, findTokenWithCreator, insertToken, listTokenRows, markTokenUsed, revokeToken } from './api-token.repository.js'
import { recordAudit } from './audit.repository.js'
import { authorize } from './permissions.js'
import { lesserLocales, lesserRole } from './token-rights.js'

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
      authorize(actor, 'token.manage')
      const name = checkLength('name', input.name.trim(), 200)
      if (!name) throw new Invalid('name_required', { locale: site.defaultLocale })
      if (!isRole(input.role)) throw new Invalid('invalid_role', { role: input.role, roles: ROLES.join(', ') })
      const locales = (input.locales ?? []).map((l) => checkLocale(site, l))
      const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
      const id = newId()
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        // A token made by a token answers to the same person: disabling them revokes both.
        const createdBy = actor.userId ?? (actor.tokenId ? await findTokenCreator(trx, actor.tokenId) : null)
        await insertToken(trx, {
          id,
          name,
          token_hash: hashOf(token),
          role: input.role,
          locales: locales.join(','),
          created_by: createdBy,
          created_at: at,
        })
        await recordAudit(trx, actor, at, { action: 'token.create', entityType: 'api_token', entityId: id, details: { role: input.role } })
      })
      return { id, name, role: input.role as Role, locales, createdAt: at, lastUsedAt: null, revokedAt: null, token }
    },

    async listTokens(actor: Actor): Promise<ApiToken[]> {
      authorize(actor, 'token.manage')
      return (await listTokenRows(db)).map(toApiToken)
    },

    async revokeToken(id: string, actor: Actor): Promise<void> {
      authorize(actor, 'token.manage')
      const at = toTimestamp(clock())
      await db.transaction().execute(async (trx) => {
        if (!(await revokeToken(trx, id, at))) throw new NotFound('token_not_found', { id })
        await recordAudit(trx, actor, at, { action: 'token.revoke', entityType: 'api_token', entityId: id })
      })
    },

    /**
     * The actor a bearer token acts as: with at most its creator's current rights (the lesser
     * of the token's role and languages and the creator's, read afresh on every request).
     * Undefined for an unknown or revoked token, a disabled creator, or rights that no longer
     * share a role or a language. A token without a creator was made by the system (seeding,
     * benchmarks), whose rights never change: it acts with its own.
     */
    async authenticate(token: string): Promise<{ actor: Actor; tokenId: string } | undefined> {
      if (!token.startsWith(TOKEN_PREFIX)) return undefined
      const row = await findTokenWithCreator(db, hashOf(token))
      if (!row || row.revoked_at) return undefined
      let role: Role | undefined = row.role as Role
      let locales: string[] | undefined = row.locales ? row.locales.split(',') : []
      if (row.created_by) {
        if (!row.creator_role || row.creator_disabled_at) return undefined
        role = lesserRole(role, row.creator_role as Role)
        locales = lesserLocales(locales, row.creator_locales ? row.creator_locales.split(',') : [])
      }
      if (!role || !locales) return undefined
      const now = toTimestamp(clock())
      // Last use to the minute is enough, and keeps a busy integration from writing on every call.
      if (!row.last_used_at || row.last_used_at.slice(0, 16) !== now.slice(0, 16)) {
        await markTokenUsed(db, row.id, now)
      }
      return {
        actor: { userId: null, role, locales, tokenId: row.id },
        tokenId: row.id,
      }
    },
  }
}

export type ApiTokenService = ReturnType<typeof createApiTokenService>
