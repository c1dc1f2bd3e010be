import type { Kysely } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // Sign-in and password attempts per key (an account, an address) in the current window, in the
  // database so every server process shares one count (users/login-throttle.ts).
  await db.schema
    .createTable('login_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('window_ends_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('login_attempts_window_ends_at').on('login_attempts').column('window_ends_at').execute()
  await creditTokensMadeByTokens(db)
}

/**
 * A token now acts with at most its creator's rights, and a token without a creator counts as
 * the system's. Tokens made by another token were stored without one; the audit log names the
 * token that made them (details.tokenId), so each is credited to the person at the head of its
 * chain, and disabling that person revokes it too.
 */
// biome-ignore lint/suspicious/noExplicitAny: as above
async function creditTokensMadeByTokens(db: Kysely<any>): Promise<void> {
  const orphans: { id: string }[] = await db.selectFrom('api_tokens').select('id').where('created_by', 'is', null).execute()
  for (const { id } of orphans) {
    const seen = new Set<string>()
    let current = id
    let creator: string | null = null
    while (!creator && !seen.has(current)) {
      seen.add(current)
      const made = await db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'token.create')
        .where('entity_id', '=', current)
        .executeTakeFirst()
      const parent: unknown = made ? JSON.parse(made.details).tokenId : undefined
      if (typeof parent !== 'string') break
      const row = await db.selectFrom('api_tokens').select('created_by').where('id', '=', parent).executeTakeFirst()
      if (!row) break
      creator = row.created_by
      current = parent
    }
    if (creator) await db.updateTable('api_tokens').set({ created_by: creator }).where('id', '=', id).execute()
  }
}
