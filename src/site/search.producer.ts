import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { SearchOutcome, SearchService } from '../search/search.service.js'
import { SEARCH_RETRY_AFTER_SECONDS, SearchBusy } from '../search/search-gate.js'
import type { LocaleSettings } from '../shared/locales.js'
import { parsePage } from './list.producers.js'
import type { PageContexts } from './page-context.js'
import { searchPage } from './pages/search.page.js'

const PER_PAGE = 10
/** Readers page through results, not the whole archive: deeper pages are for the archive pages. */
const MAX_PAGE = 20

/**
 * /search?q= in one language: that language's published stories only. An empty, repeated or
 * over-long query gets a page that says what to do (200), never an error; a page number past the
 * results or not a number is a 404.
 */
export async function searchOutcome(
  d: { db: Kysely<DB>; site: LocaleSettings; now: () => string; pages: PageContexts; search: SearchService },
  locale: string,
  rawQ: unknown,
  rawPage: unknown,
): Promise<{ status: number; body: string; retryAfter?: number }> {
  const q = typeof rawQ === 'string' ? rawQ : Array.isArray(rawQ) ? String(rawQ[0] ?? '') : ''
  const page = parsePage(rawPage)
  const ctx = await d.pages.context(locale)
  if (!page || page > MAX_PAGE) return { status: 404, body: await d.pages.notFoundPage(locale, '/search') }
  let outcome: SearchOutcome
  try {
    outcome = await d.search.search({
      q,
      locales: [locale],
      filters: { visibleAt: d.now() },
      limit: PER_PAGE,
      offset: (page - 1) * PER_PAGE,
    })
  } catch (err) {
    if (!(err instanceof SearchBusy)) throw err
    // The reader gets the search page saying so, as a 503 that says when to come back.
    return { status: 503, retryAfter: SEARCH_RETRY_AFTER_SECONDS, body: searchPage(ctx, { q, page, outcome: { kind: 'busy' } }) }
  }
  const status = page > 1 && outcome.kind === 'results' && outcome.results.length === 0 ? 404 : 200
  return {
    status,
    body: searchPage(ctx, { q, page, outcome: page < MAX_PAGE || outcome.kind !== 'results' ? outcome : { ...outcome, hasMore: false } }),
  }
}
