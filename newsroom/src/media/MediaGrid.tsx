import type { KeyboardEvent } from 'react'
import type { Media } from '../api/types.js'
import type { MessageKey } from '../i18n/catalogs.js'
import { useI18n } from '../i18n/i18n.js'
import { mediaName, mediaUrl, variantFor } from './media-labels.js'

const THUMB_WIDTH = 320

/** A card's picture: AVIF or WebP where the browser takes them (smaller files, 24 to a page), JPEG otherwise. */
function Thumbnail({ media }: { media: Media }) {
  const jpeg = variantFor(media, THUMB_WIDTH)
  if (!jpeg) return null
  return (
    <picture>
      {(['avif', 'webp'] as const).map((format) => {
        const v = variantFor(media, THUMB_WIDTH, format)
        return v && <source key={format} type={`image/${format}`} srcSet={mediaUrl(v)} />
      })}
      <img src={mediaUrl(jpeg)} alt="" width={jpeg.width} height={jpeg.height} loading="lazy" />
    </picture>
  )
}

/** Arrow keys move between the cards' main buttons as they sit on screen; Home and End go to the first and last. */
function moveFocus(e: KeyboardEvent<HTMLUListElement>) {
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.media-card-main')]
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
  if (at < 0) return
  const columns = getComputedStyle(e.currentTarget).gridTemplateColumns.split(' ').length
  const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns }
  let to: number | undefined
  if (e.key in step) to = at + (step[e.key] as number)
  else if (e.key === 'Home') to = 0
  else if (e.key === 'End') to = buttons.length - 1
  const target = to === undefined ? undefined : buttons[to]
  if (!target) return
  e.preventDefault()
  target.focus()
}

/**
 * The library as thumbnails. The main button of a card picks the image when `onPick` is given
 * (the editor's picker) and otherwise opens its details; in the picker, a second button opens
 * the details, so an image can be described before it goes into a story.
 */
export function MediaGrid({
  items,
  onOpen,
  onPick,
  pickLabel = 'image.pick',
  highlighted,
}: {
  items: Media[]
  onOpen(media: Media): void
  onPick?: (media: Media) => void
  /** What picking does, for the button's name: "Insert image …" by default. */
  pickLabel?: MessageKey
  /** Just uploaded here: marked so they are easy to find. */
  highlighted: ReadonlySet<string>
}) {
  const { t, locale } = useI18n()
  return (
    <ul className="media-grid" aria-label={t('media.grid')} onKeyDown={moveFocus}>
      {items.map((m) => {
        const name = mediaName(m, locale)
        const thumb = variantFor(m, THUMB_WIDTH)
        const noAlt = !m.texts[locale]?.alt
        return (
          <li key={m.id} className={highlighted.has(m.id) ? 'media-card media-card-new' : 'media-card'}>
            <button
              type="button"
              className="media-card-main"
              onClick={() => (onPick ? onPick(m) : onOpen(m))}
              aria-label={onPick ? t(pickLabel, { name }) : t('media.open', { name })}
            >
              <span className="media-thumb">{thumb && <Thumbnail media={m} />}</span>
              <span className="media-card-name">{name}</span>
              {noAlt && <span className="media-card-warning">{t('media.noAlt')}</span>}
            </button>
            {onPick && (
              <button type="button" className="media-card-details" onClick={() => onOpen(m)} aria-label={t('media.open', { name })}>
                {t('media.details')}
              </button>
            )}
          </li>
        )
      })}
    </ul>
  )
}
