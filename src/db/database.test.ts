import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js'

describe('SQLite statement cache', () => {
  let database: TestDatabase
  beforeEach(async () => {
    database = await createTestDatabase('sqlite')
  })
  afterEach(() => database.close())

  const jobs = (status: string) => database.db.selectFrom('jobs').select('id').where('status', '=', status).orderBy('id').execute()

  it('reuses a prepared statement with new parameters and returns each call its own rows', async () => {
    for (const [id, status] of [
      ['a', 'pending'],
      ['b', 'done'],
      ['c', 'pending'],
    ] as const)
      await database.db.insertInto('jobs').values({ id, kind: 'k', run_at: 'x', status, created_at: 'x', updated_at: 'x' }).execute()
    const pending = await jobs('pending')
    const done = await jobs('done')
    expect(pending).toEqual([{ id: 'a' }, { id: 'c' }])
    expect(done).toEqual([{ id: 'b' }])
  })

  it('keeps working past the cache size, dropping the oldest statements', async () => {
    for (let i = 0; i < 1100; i++)
      await database.db
        .selectFrom('jobs')
        .select('id')
        .limit(i + 1)
        .execute()
    expect(await database.db.selectFrom('jobs').select('id').limit(1).execute()).toEqual([])
  })
})
