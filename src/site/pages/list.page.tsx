import type { ComponentChildren } from 'preact'
import type { Media } from '../../media/media.types.js'
import { topicPath } from '../../shared/addresses.js'
import type { Topic } from '../../taxonomy/taxonomy.types.js'
import type { StoryCard } from '../public.repository.js'
import { fill } from '../strings.js'
import type { Head, PageContext } from './context.js'
import { renderDocument } from './frame.js'
import { LatestList, Pager, StoryCards } from './parts.js'

export interface ListPageData {
  head: Head
  heading: string
  /** "24 stories", in the language's plural form. */
  count?: string
  /** The home page names the site in its masthead already; its h1 is for screen readers. */
  hideHeading?: boolean
  intro?: string
  activeSectionId?: string | null
  /** Flagged stories shown large above the list (home page). */
  top?: StoryCard[]
  cards: StoryCard[]
  page: number
  hasMore: boolean
  /** The list's own path, for the pager. */
  path: string
  latest?: StoryCard[]
  media: Map<string, Media>
  /** More blocks under the list (home page section blocks). */
  extra?: ComponentChildren
}

/** Home, section, topic, author and archive pages: a heading and a paginated list of stories. */
export function listPage(ctx: PageContext, d: ListPageData): string {
  const title = d.page > 1 ? `${d.heading} — ${fill(ctx.s.page, { n: d.page })}` : d.heading
  return renderDocument(
    ctx,
    { ...d.head, title: d.head.title || `${title} — ${ctx.s.siteName}` },
    d.activeSectionId ?? null,
    <div class="layout">
      <div>
        <h1 class={d.hideHeading ? 'visually-hidden' : undefined}>{title}</h1>
        {d.intro ? <p class="lead">{d.intro}</p> : null}
        {d.count ? <p class="meta">{d.count}</p> : null}
        {d.top?.length ? (
          <section aria-labelledby="top-stories">
            <h2 id="top-stories">{ctx.s.topStories}</h2>
            <StoryCards cards={d.top} media={d.media} ctx={ctx} grid />
          </section>
        ) : null}
        {d.cards.length || !d.top?.length ? (
          <section aria-label={title}>
            <StoryCards cards={d.cards} media={d.media} ctx={ctx} />
            <Pager path={d.path} page={d.page} hasMore={d.hasMore} ctx={ctx} />
          </section>
        ) : null}
        {d.extra}
      </div>
      {d.latest?.length ? <LatestList cards={d.latest} ctx={ctx} /> : <div />}
    </div>,
  )
}

/** The home page's blocks: the newest few stories of each section. */
export function SectionBlocks({
  blocks,
  media,
  ctx,
}: {
  blocks: { section: Topic; cards: StoryCard[] }[]
  media: Map<string, Media>
  ctx: PageContext
}) {
  return (
    <>
      {blocks.map(({ section, cards }) => {
        const names = section.names[ctx.locale]
        if (!cards.length || !names) return null
        return (
          <section aria-labelledby={`section-${section.id}`} key={section.id}>
            <h2 id={`section-${section.id}`}>
              <a href={topicPath(ctx.site, ctx.locale, 'section', names.slug)}>{names.name}</a>
            </h2>
            <StoryCards cards={cards} media={media} ctx={ctx} grid />
          </section>
        )
      })}
    </>
  )
}
