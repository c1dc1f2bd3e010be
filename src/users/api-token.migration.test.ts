import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Kysely, Migrator } from 'kysely'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { migrationProvider } from '../db/migrations/index.js'

describe('0012_login_attempts', () => {
  it('credits tokens made by a token to the person who made the first one, and leaves the system’s alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vistka-migrate-'))
    const database = openDatabase({ dialect: 'sqlite', file: join(dir, 'old.db') })
    try {
      const migrator = new Migrator({ db: database.db, provider: migrationProvider })
      expect((await migrator.migrateTo('0010_search_fresh_order')).error).toBeUndefined()
      const db = database.db as unknown as Kysely<Record<string, Record<string, unknown>>> // the schema of that time
      const at = '2026-11-24T08:00:00.000Z'
      await db
        .insertInto('users')
        .values({
          id: 'user00000001',
          email: 'a@example.org',
          name: 'A',
          role: 'admin',
          password_hash: 'x',
          created_at: at,
          updated_at: at,
        })
        .execute()
      const token = (id: string, createdBy: string | null) => ({
        id,
        name: id,
        token_hash: id,
        role: 'admin',
        created_by: createdBy,
        created_at: at,
      })
      await db
        .insertInto('api_tokens')
        .values([
          token('token0000001', 'user00000001'),
          token('token0000002', null),
          token('token0000003', null),
          token('token0000004', null),
        ])
        .execute()
      const made = (id: string, by: string | null) => ({
        id: `audit-${id}`,
        at,
        user_id: null,
        action: 'token.create',
        entity_type: 'api_token',
        entity_id: id,
        details: JSON.stringify(by ? { role: 'admin', tokenId: by } : { role: 'admin' }),
      })
      // 2 was made by 1, 3 by 2; 4 by the system.
      await db
        .insertInto('audit_log')
        .values([made('token0000002', 'token0000001'), made('token0000003', 'token0000002'), made('token0000004', null)])
        .execute()
      await migrateToLatest(database.db)
      const rows = await database.db.selectFrom('api_tokens').select(['id', 'created_by']).orderBy('id').execute()
      expect(rows.map((r) => r.created_by)).toEqual(['user00000001', 'user00000001', 'user00000001', null])
    } finally {
      await database.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
