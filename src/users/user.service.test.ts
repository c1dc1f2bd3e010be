import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { refusal } from '../testing/refusal.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import { verifyPassword } from './password.js'

describe.each(testDialects())('users on %s', (dialect) => {
  let ctx: TestContext
  beforeEach(async () => {
    ctx = await createTestContext(dialect)
  })
  afterEach(() => ctx.close())

  const valid = {
    email: 'Editor@Example.org',
    name: 'Editor',
    role: 'translator',
    password: 'correct horse battery',
    locales: ['en', 'ru'],
  }

  it('stores an argon2id hash, never the password, and a lower-cased email', async () => {
    const user = await ctx.services.users.createUser(valid, systemActor)
    expect(user).toMatchObject({ email: 'editor@example.org', role: 'translator', locales: ['en', 'ru'], disabledAt: null })
    const row = await ctx.database.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow()
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(await verifyPassword(row.password_hash, valid.password)).toBe(true)
    expect(await verifyPassword(row.password_hash, 'wrong password')).toBe(false)
    expect(await verifyPassword('not a hash', 'anything')).toBe(false)
  })

  it('refuses a second account with the same email in any case', async () => {
    await ctx.services.users.createUser(valid, systemActor)
    expect(await refusal(ctx.services.users.createUser({ ...valid, email: 'EDITOR@example.org' }, systemActor))).toMatchObject({
      kind: 'Conflict',
      key: 'user_email_taken',
    })
  })

  it.each([
    [{ email: 'not-an-email' }, 'invalid_email'],
    [{ role: 'owner' }, 'invalid_role'],
    [{ password: 'short' }, 'password_too_short'],
    [{ name: '   ' }, 'user_name_required'],
    [{ locales: ['de'] }, 'locale_not_configured'],
  ])('refuses %o with %s and creates nothing', async (over, key) => {
    expect(await refusal(ctx.services.users.createUser({ ...valid, ...over }, systemActor))).toMatchObject({ kind: 'Invalid', key })
    expect(await ctx.database.db.selectFrom('users').select('id').execute()).toEqual([])
  })
})
