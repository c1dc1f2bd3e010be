import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase, testDialects } from '../testing/test-database.js'
import { preparedQuery } from './prepared.js'

const usersNamed = preparedQuery(
  (db: TestDatabase['db'], v: Record<'email', string>) => db.selectFrom('users').select(['id', 'email']).where('email', '=', v.email),
  ['email'],
)

describe.each(testDialects())('a prepared query on %s', (dialect) => {
  let database: TestDatabase
  beforeEach(async () => {
    database = await createTestDatabase(dialect)
  })
  afterEach(() => database.close())

  it('answers with each run’s own values', async () => {
    const at = '2026-12-05T10:00:00.000Z'
    for (const email of ['a@vistka.test', 'b@vistka.test'])
      await database.db
        .insertInto('users')
        .values({
          id: email.slice(0, 1).repeat(26),
          email,
          name: email,
          role: 'reporter',
          password_hash: 'x',
          disabled_at: null,
          created_at: at,
          updated_at: at,
        })
        .execute()
    expect(await usersNamed(database.db, { email: 'b@vistka.test' })).toEqual([{ id: 'b'.repeat(26), email: 'b@vistka.test' }])
    expect(await usersNamed(database.db, { email: 'a@vistka.test' })).toEqual([{ id: 'a'.repeat(26), email: 'a@vistka.test' }])
    expect(await usersNamed(database.db, { email: 'nobody@vistka.test' })).toEqual([])
  })

  it.runIf(dialect === 'postgres')('runs as a statement the connection prepared once, by name', async () => {
    await database.db.connection().execute(async (connection) => {
      for (let i = 0; i < 3; i++) await usersNamed(connection, { email: `${i}@vistka.test` })
      const { rows } = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(
        connection,
      )
      const ours = rows.filter((r) => r.name.startsWith('vistka_'))
      expect(ours).toHaveLength(1)
      expect(ours[0]?.statement).toContain('from "users"')
    })
  })
})
