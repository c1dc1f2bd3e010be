import { useEffect, useRef, useState } from 'react'
import { API_BASE } from '../api/client.js'
import type { StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import './preview.css'

/** The widths a reader's screen is likely to have: a phone, a tablet, a laptop. */
const DEVICES = { phone: 390, tablet: 820, desktop: 1280 } as const
type Device = keyof typeof DEVICES

/**
 * The version's public page as readers will see it (GET /story-versions/{id}/preview), drawn at
 * a phone's, tablet's or laptop's width and scaled to fit the pane. It follows the text: each
 * save (autosave runs a few seconds after typing stops) loads the page again, at the place the
 * user had scrolled to.
 */
export function PreviewPane({ version }: { version: Pick<StoryVersion, 'id' | 'revision'> }) {
  const { t } = useI18n()
  const [device, setDevice] = useState<Device>('phone')
  const box = useRef<HTMLDivElement>(null)
  const [boxSize, setBoxSize] = useState({ width: 0, height: 0 })
  const scrolled = useRef(0)

  useEffect(() => {
    const el = box.current
    if (!el) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBoxSize({ width: entry.contentRect.width, height: entry.contentRect.height })
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  const width = DEVICES[device]
  const scale = boxSize.width > 0 ? Math.min(1, boxSize.width / width) : 1
  const src = `${API_BASE}/story-versions/${version.id}/preview`

  /** The page is ours (same origin), so its scroll position can be kept across reloads. */
  const onLoad = (frame: HTMLIFrameElement) => {
    const win = frame.contentWindow
    if (!win) return
    win.scrollTo(0, scrolled.current)
    win.addEventListener('scroll', () => {
      scrolled.current = win.scrollY
    })
  }

  return (
    <section className="preview-pane" aria-label={t('preview.title')}>
      <div className="preview-bar">
        <fieldset className="preview-devices">
          <legend className="visually-hidden">{t('preview.width')}</legend>
          {(Object.keys(DEVICES) as Device[]).map((d) => (
            <label key={d}>
              <input type="radio" name="preview-device" value={d} checked={device === d} onChange={() => setDevice(d)} />
              {t(`preview.${d}`)}
            </label>
          ))}
        </fieldset>
        <a href={src} target="_blank" rel="noreferrer">
          {t('preview.openTab')}
        </a>
      </div>
      <p className="meta" role="status">
        {t('preview.followsSaves', { revision: version.revision })}
      </p>
      <div className="preview-frame" ref={box}>
        <iframe
          key={version.revision}
          title={t('preview.title')}
          src={src}
          onLoad={(e) => onLoad(e.currentTarget)}
          style={{ width, height: boxSize.height / scale || '100%', transform: `scale(${scale})` }}
        />
      </div>
    </section>
  )
}
