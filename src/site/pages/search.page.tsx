import type { SearchOutcome, SearchResult } from '../../search/search.service.js'
import type { Segment } from '../../search/snippet.js'
import { searchPath, storyPath } from '../../shared/addresses.js'
import { fill } from '../strings.js'
import type { PageContext } from './context.js'
import { renderDocument } from './frame.js'
import { Time } from './parts.js'

export interface SearchPageData {
  q: string
  page: number
  /** `busy`: every search slot was taken and the queue full (the page is a 503). */
  outcome: SearchOutcome | { kind: 'busy' }
}

/** Text with the query's words in <mark>; every piece is escaped by Preact like any other text. */
function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>
}

function Result({ r, ctx }: { r: SearchResult; ctx: PageContext }) {
  return (
    <li class="card">
      <div>
        <h2>
          <a href={storyPath(ctx.site, ctx.locale, r.slug, r.storyId)}>
            <Marked segments={r.headlineSegments} />
          </a>
        </h2>
        {r.snippet.length ? (
          <p>
            <Marked segments={r.snippet} />
          </p>
        ) : null}
        {r.publishedAt ? (
          <p class="meta">
            <Time iso={r.publishedAt} ctx={ctx} />
          </p>
        ) : null}
      </div>
    </li>
  )
}

const pageHref = (ctx: PageContext, q: string, page: number) =>
  `${searchPath(ctx.site, ctx.locale)}?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ''}`

/** The reader's search page: the form with the query, then results, a helpful message, or a prompt. */
export function searchPage(ctx: PageContext, d: SearchPageData): string {
  const { s } = ctx
  const heading = d.q.trim() && d.outcome.kind !== 'too_long' ? fill(s.searchResultsFor, { q: d.q.trim() }) : s.searchTitle
  const title = d.page > 1 ? `${heading} — ${fill(s.page, { n: d.page })}` : heading
  const path = searchPath(ctx.site, ctx.locale)
  return renderDocument(
    ctx,
    {
      title: `${title} — ${s.siteName}`,
      description: s.searchPrompt,
      canonical: path,
      alternates: Object.fromEntries(ctx.site.locales.map((l) => [l, searchPath(ctx.site, l)])),
      noindex: true,
    },
    null,
    <div class="layout">
      <div>
        <h1>{title}</h1>
        <form class="search search-page" action={path} method="get">
          <input type="search" name="q" value={d.q} aria-label={s.searchLabel} maxLength={200} />
          <button type="submit">{s.searchButton}</button>
        </form>
        <Body ctx={ctx} d={d} />
      </div>
      <div />
    </div>,
  )
}

function Body({ ctx, d }: { ctx: PageContext; d: SearchPageData }) {
  const { s } = ctx
  const { outcome } = d
  if (outcome.kind === 'empty') return <p>{s.searchPrompt}</p>
  if (outcome.kind === 'busy') return <p role="alert">{s.searchBusy}</p>
  if (outcome.kind === 'too_long') return <p role="alert">{fill(s.searchTooLong, { max: outcome.max })}</p>
  if (outcome.results.length === 0) return <p>{fill(s.searchNothing, { q: d.q.trim() })}</p>
  return (
    <section aria-label={s.searchTitle}>
      <ul class="cards rows results">
        {outcome.results.map((r) => (
          <Result r={r} ctx={ctx} key={r.versionId} />
        ))}
      </ul>
      {d.page > 1 || outcome.hasMore ? (
        <nav class="pager" aria-label={fill(s.page, { n: d.page })}>
          {d.page > 1 ? (
            <a href={pageHref(ctx, d.q, d.page - 1)} rel="prev">
              ← {s.previous}
            </a>
          ) : (
            <span />
          )}
          {outcome.hasMore ? (
            <a href={pageHref(ctx, d.q, d.page + 1)} rel="next">
              {s.next} →
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  )
}
