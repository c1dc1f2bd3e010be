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
}
