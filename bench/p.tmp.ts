import { openDatabase } from '../src/db/database.js'
import { createEventBus } from '../src/events.js'
import { createLocalStorage } from '../src/media/media.storage.js'
import { createServices } from '../src/services.js'
import { searchBackendFor } from '../src/search/backends.js'
import { parseQuery } from '../src/search/query.js'
async function main() {
  const database = openDatabase({ dialect: 'sqlite', file: 'bench/.cache/corpus-2000-50ee6a1d2585.db' })
  const s = createServices({ db: database.db, events: createEventBus(), site: { locales: ['uk','en','ru'], defaultLocale: 'uk' }, clock: () => new Date('2026-11-24T08:00:00Z'), storage: createLocalStorage('/tmp/x') })
  const backend = searchBackendFor(database.db)
  const v = await database.db.selectFrom('story_versions').select('id').where('locale','=','uk').limit(1).offset(50).executeTakeFirstOrThrow()
  for (let k = 0; k < 4; k++) {
    let t = performance.now()
    const hits = await backend.search(database.db, { all: parseQuery('уряд', 'uk') }, { locales: ['uk'], visibleAt: '2026-11-24T08:00:00Z' }, { now: '2026-11-24T08:00:00Z', limit: 11, offset: 0 })
    const t1 = performance.now() - t
    t = performance.now()
    await s.search.search({ q: 'уряд', locales: ['uk'], filters: { visibleAt: '2026-11-24T08:00:00Z' }, limit: 10 })
    const t2 = performance.now() - t
    t = performance.now()
    await s.search.related(v.id, 4)
    const t3 = performance.now() - t
    console.log('backend', t1.toFixed(1), 'service', t2.toFixed(1), 'related', t3.toFixed(1), hits.length)
  }
  await database.close()
}
main()
