import { formatDateTime } from '../../i18n/dates.js'
import type { Media, VariantFormat } from '../../media/media.types.js'
import { captionText } from '../../richtext/render-html.js'
import { mediaUrl, storyPath, withPage } from '../../shared/addresses.js'
import type { StoryCard } from '../public.repository.js'
import { fill } from '../strings.js'
import type { PageContext } from './context.js'

const MIME: Record<VariantFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' }

const srcset = (m: Media, format: VariantFormat, root: string) =>
  m.variants
    .filter((v) => v.format === format)
    .sort((a, b) => a.width - b.width)
    .map((v) => `${mediaUrl(root, v.key)} ${v.width}w`)
    .join(', ')

/** A responsive image: AVIF and WebP where the browser takes them, JPEG for the rest; sized so nothing jumps. */
export function Picture({
  media,
  ctx,
  sizes,
  eager,
}: {
  media: Media
  ctx: Pick<PageContext, 'locale' | 'mediaRoot'>
  sizes: string
  eager?: boolean
}) {
  const { locale, mediaRoot: root } = ctx
  const jpegs = media.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width)
  const fallback = jpegs.find((v) => v.width >= 800) ?? jpegs.at(-1)
  return (
    <picture>
      {(['avif', 'webp'] as const).map((f) =>
        media.variants.some((v) => v.format === f) ? <source type={MIME[f]} srcset={srcset(media, f, root)} sizes={sizes} key={f} /> : null,
      )}
      <img
        src={fallback ? mediaUrl(root, fallback.key) : undefined}
        srcset={srcset(media, 'jpeg', root)}
        sizes={sizes}
        width={media.width}
        height={media.height}
        alt={media.texts[locale]?.alt ?? ''}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        fetchpriority={eager ? 'high' : undefined}
      />
    </picture>
  )
}

/** The lead photo with "Photo: caption (credit)" in the page's language. */
export function LeadFigure({ media, ctx }: { media: Media; ctx: Pick<PageContext, 'locale' | 'mediaRoot'> }) {
  const { locale } = ctx
  const caption = captionText({ caption: media.texts[locale]?.caption ?? '', credit: media.credit }, locale)
  return (
    <figure class="lead-image">
      <Picture media={media} ctx={ctx} sizes="(min-width: 1120px) 780px, (min-width: 900px) 70vw, 100vw" eager />
      {/* captionText escapes every part it joins */}
      {caption ? <figcaption dangerouslySetInnerHTML={{ __html: caption }} /> : null}
    </figure>
  )
}

export function Time({ iso, ctx }: { iso: string; ctx: PageContext }) {
  return <time dateTime={iso}>{formatDateTime(iso, ctx.locale, ctx.timezone)}</time>
}

function Flags({ card, ctx }: { card: StoryCard; ctx: PageContext }) {
  if (card.isBreaking) return <span class="flag">{ctx.s.breaking}</span>
  if (card.isImportant) return <span class="flag">{ctx.s.important}</span>
  return null
}

/** Story cards with picture, headline, lead and time. */
export function StoryCards({
  cards,
  media,
  ctx,
  grid,
}: {
  cards: StoryCard[]
  media: Map<string, Media>
  ctx: PageContext
  grid?: boolean
}) {
  if (cards.length === 0) return <p>{ctx.s.noStories}</p>
  return (
    <ul class={grid ? 'cards grid' : 'cards rows'}>
      {cards.map((card) => {
        const href = storyPath(ctx.site, ctx.locale, card.slug, card.storyId)
        const picture = card.leadMediaId ? media.get(card.leadMediaId) : undefined
        return (
          <li class="card" key={card.storyId}>
            {picture ? (
              <Picture media={picture} ctx={ctx} sizes={grid ? '(min-width: 640px) 400px, 100vw' : '(min-width: 640px) 220px, 100vw'} />
            ) : (
              <div />
            )}
            <div>
              <h3>
                <Flags card={card} ctx={ctx} />
                <a href={href}>{card.headline}</a>
              </h3>
              {card.lead ? <p>{card.lead}</p> : null}
              <p class="meta">
                <Time iso={card.publishedAt} ctx={ctx} />
              </p>
            </div>
          </li>
        )
      })}
    </ul>
  )
}

/** The latest-news column: times and headlines. */
export function LatestList({ cards, ctx }: { cards: StoryCard[]; ctx: PageContext }) {
  return (
    <aside aria-labelledby="latest-heading">
      <h2 id="latest-heading">{ctx.s.latest}</h2>
      <ul class="latest">
        {cards.map((card) => (
          <li key={card.storyId}>
            <Time iso={card.publishedAt} ctx={ctx} />
            <Flags card={card} ctx={ctx} />
            <a href={storyPath(ctx.site, ctx.locale, card.slug, card.storyId)}>{card.headline}</a>
          </li>
        ))}
      </ul>
    </aside>
  )
}

export function Pager({ path, page, hasMore, ctx }: { path: string; page: number; hasMore: boolean; ctx: PageContext }) {
  if (page === 1 && !hasMore) return null
  return (
    <nav class="pager" aria-label={fill(ctx.s.page, { n: page })}>
      {page > 1 ? (
        <a href={withPage(path, page - 1)} rel="prev">
          ← {ctx.s.previous}
        </a>
      ) : (
        <span />
      )}
      {hasMore ? (
        <a href={withPage(path, page + 1)} rel="next">
          {ctx.s.next} →
        </a>
      ) : null}
    </nav>
  )
}
