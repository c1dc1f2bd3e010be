import { type CSSProperties, type KeyboardEvent, type MouseEvent, useId } from 'react'
import type { Media } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { mediaUrl, variantFor } from './media-labels.js'

export interface Point {
  x: number
  y: number
}

const clamp = (n: number) => Math.min(1, Math.max(0, n))
const percent = (n: number) => Math.round(n * 100)
const NUDGE: Record<string, [number, number]> = { ArrowLeft: [-0.05, 0], ArrowRight: [0.05, 0], ArrowUp: [0, -0.05], ArrowDown: [0, 0.05] }

/**
 * The point crops keep in frame: a click on the picture puts it there, arrow keys on the picture
 * move it by 5%, and two number fields set it exactly.
 */
export function FocalPoint({
  media,
  point,
  onChange,
  disabled,
}: {
  media: Media
  point: Point
  onChange(p: Point): void
  disabled: boolean
}) {
  const { t } = useI18n()
  const id = useId()
  const preview = variantFor(media, 800)
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    if (e.detail === 0) return // Enter or Space on the button: no position to take
    const box = (e.currentTarget.querySelector('img') ?? e.currentTarget).getBoundingClientRect()
    onChange({ x: clamp((e.clientX - box.left) / box.width), y: clamp((e.clientY - box.top) / box.height) })
  }
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const nudge = NUDGE[e.key]
    if (!nudge) return
    e.preventDefault()
    onChange({ x: clamp(point.x + nudge[0]), y: clamp(point.y + nudge[1]) })
  }
  const field = (axis: 'x' | 'y', label: string) => (
    <div className="field focal-field">
      <label htmlFor={`${id}-${axis}`}>{label}</label>
      <input
        id={`${id}-${axis}`}
        type="number"
        min={0}
        max={100}
        step={1}
        value={percent(point[axis])}
        disabled={disabled}
        onChange={(e) => {
          const n = Number(e.target.value)
          if (e.target.value !== '' && Number.isFinite(n)) onChange({ ...point, [axis]: clamp(n / 100) })
        }}
      />
    </div>
  )
  return (
    <fieldset className="focal-point">
      <legend>{t('mediaDetails.focal')}</legend>
      <button
        type="button"
        className="focal-picture"
        onClick={onClick}
        onKeyDown={onKeyDown}
        disabled={disabled}
        aria-label={t('mediaDetails.focalButton', { x: percent(point.x), y: percent(point.y) })}
        aria-describedby={`${id}-help`}
        // The stylesheet sizes the picture by its shape (a tall one is narrower), so the button is exactly the picture.
        style={{ '--ratio': (media.width / media.height).toFixed(3) } as CSSProperties}
      >
        {preview && <img src={mediaUrl(preview)} alt="" width={preview.width} height={preview.height} />}
        <span className="focal-marker" style={{ left: `${point.x * 100}%`, top: `${point.y * 100}%` }} aria-hidden="true" />
      </button>
      <p id={`${id}-help`} className="meta">
        {t('mediaDetails.focalHelp')}
      </p>
      <div className="focal-fields">
        {field('x', t('mediaDetails.focalX'))}
        {field('y', t('mediaDetails.focalY'))}
      </div>
    </fieldset>
  )
}
