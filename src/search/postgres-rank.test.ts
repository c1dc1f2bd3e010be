import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { systemActor } from '../shared/roles.js'
import { paragraphs } from '../testing/factories.js'
import { createTestContext, type TestContext } from '../testing/test-context.js'
import { testDialects } from '../testing/test-database.js'
import type { SearchOutcome } from './search.service.js'

// PostgreSQL ranks a search's candidates on a small vector (migration 0022), not the whole document.
describe.skipIf(!testDialects().includes('postgres'))('ranking on PostgreSQL', () => {
  let t: TestContext
  beforeEach(async () => {
    t = await createTestContext('postgres')
  })
  afterEach(() => t.close())

  async function story(headline: string, body: string) {
    const { versions } = await t.services.stories.createStory({ locale: 'en', headline, body: paragraphs(body) }, systemActor)
    await t.services.stories.transition(versions[0]?.id as string, { to: 'published' }, systemActor)
    await t.services.searchIndex.settled()
  }
  const headlines = async (q: string) => {
    const outcome: SearchOutcome = await t.services.search.search({
      q,
      locales: ['en'],
      filters: { visibleAt: t.clock().toISOString() },
      limit: 10,
    })
    return outcome.kind === 'results' ? outcome.results.map((r) => r.headline) : [outcome.kind]
  }

  it('ranks on the headline, topics, lead and the body’s opening, and still finds words past it', async () => {
    const filler = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ')
    await story('Tram depot reopens', `${filler} bridge`)
    await story('Bridge repairs begin', 'The bridge closes for repairs.')
    const sizes = await sql<{ small: number; full: number }>`
      select pg_column_size(rank_terms) as small, pg_column_size(terms) as full from search_documents order by version_id`.execute(
      t.database.db,
    )
    for (const row of sizes.rows) expect(row.small).toBeLessThanOrEqual(row.full)
    expect(sizes.rows.filter((row) => row.small < row.full / 2)).toHaveLength(1) // the long story's opening only
    // The word deep in the first story's body still finds it, after the story about bridges.
    expect(await headlines('bridge')).toEqual(['Bridge repairs begin', 'Tram depot reopens'])
  })

  it('ranks documents written before the ranking vector existed on the whole vector', async () => {
    await story('Budget vote delayed', 'The council delayed the budget vote.')
    await sql`update search_documents set rank_terms = null`.execute(t.database.db)
    expect(await headlines('budget')).toEqual(['Budget vote delayed'])
  })
})
