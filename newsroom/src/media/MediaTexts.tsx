import { type KeyboardEvent, useId, useRef, useState } from 'react'
import type { MediaText } from '../api/types.js'
import { CONTENT_LOCALES } from '../desk/Desk.js'
import { useI18n } from '../i18n/i18n.js'

export type Texts = Record<string, MediaText>

/** Server limits (src/media/media.service.ts), so the fields stop where the server would refuse. */
const MAX_CAPTION = 1000
const MAX_ALT = 500

/**
 * Caption and alt text in each story language, one tab a language (arrow keys move between
 * tabs, as in any tab list); a tab whose alt text is empty says so.
 */
export function MediaTexts({ texts, onChange, disabled }: { texts: Texts; onChange(texts: Texts): void; disabled: boolean }) {
  const { t, locale: uiLocale } = useI18n()
  const id = useId()
  const [current, setCurrent] = useState<string>(
    (CONTENT_LOCALES as readonly string[]).includes(uiLocale) ? uiLocale : (CONTENT_LOCALES[0] as string),
  )
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const text = texts[current] ?? { caption: '', alt: '' }
  const set = (patch: Partial<MediaText>) => onChange({ ...texts, [current]: { ...text, ...patch } })

  const onKeyDown = (e: KeyboardEvent) => {
    const at = CONTENT_LOCALES.indexOf(current as (typeof CONTENT_LOCALES)[number])
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    e.preventDefault()
    const next = (at + step + CONTENT_LOCALES.length) % CONTENT_LOCALES.length
    setCurrent(CONTENT_LOCALES[next] as string)
    tabs.current[next]?.focus()
  }

  return (
    <fieldset className="media-texts">
      <legend>{t('mediaDetails.texts')}</legend>
      <div role="tablist" aria-label={t('mediaDetails.texts')} className="locale-tabs" onKeyDown={onKeyDown}>
        {CONTENT_LOCALES.map((l, i) => (
          <button
            key={l}
            ref={(el) => {
              tabs.current[i] = el
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${l}`}
            aria-selected={l === current}
            aria-controls={`${id}-panel`}
            tabIndex={l === current ? 0 : -1}
            onClick={() => setCurrent(l)}
          >
            {t(`locale.${l}`)}
            {!texts[l]?.alt && <span className="tab-note"> · {t('media.noAlt')}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${current}`} className="locale-panel">
        <div className="field">
          <label htmlFor={`${id}-alt`}>{t('mediaDetails.alt')}</label>
          <textarea
            id={`${id}-alt`}
            rows={2}
            maxLength={MAX_ALT}
            value={text.alt}
            disabled={disabled}
            lang={current}
            onChange={(e) => set({ alt: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-caption`}>{t('mediaDetails.caption')}</label>
          <textarea
            id={`${id}-caption`}
            rows={3}
            maxLength={MAX_CAPTION}
            value={text.caption}
            disabled={disabled}
            lang={current}
            onChange={(e) => set({ caption: e.target.value })}
          />
        </div>
      </div>
    </fieldset>
  )
}
