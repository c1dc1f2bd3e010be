import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, api } from '../api/client.js'
import type { Media, Page } from '../api/types.js'
import type { MessageKey } from '../i18n/catalogs.js'
import { useI18n } from '../i18n/i18n.js'
import { may } from '../session/permissions.js'
import { useUser } from '../session/session.js'
import { errorMessage } from '../ui/error-message.js'
import { MediaDetails } from './MediaDetails.js'
import { MediaGrid } from './MediaGrid.js'
import { UploadZone } from './UploadZone.js'
import { useUploads } from './useUploads.js'
import './media.css'

const PAGE = 24

/**
 * The media library: upload, search, a page of thumbnails at a time, and each image's details.
 * The same component is the Media screen and, with `onPick`, the editor's image picker.
 */
export function MediaLibrary({ onPick, pickLabel }: { onPick?: (media: Media) => void; pickLabel?: MessageKey }) {
  const { t } = useI18n()
  const user = useUser()
  const [q, setQ] = useState('')
  const [items, setItems] = useState<Media[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const [open, setOpen] = useState<Media | null>(null)
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set())
  const latest = useRef(0)

  const load = useCallback(
    async (after: string | null) => {
      const request = ++latest.current
      setLoading(true)
      try {
        const page = await api.get<Page<Media>>('/media', { q: q.trim(), limit: PAGE, cursor: after })
        if (request !== latest.current) return // a newer search was typed meanwhile: its answer counts, not this one
        setItems((prev) => (after ? [...prev, ...page.items.filter((m) => !prev.some((p) => p.id === m.id))] : page.items))
        setCursor(page.nextCursor)
        setError(null)
      } catch (err) {
        if (request === latest.current && err instanceof ApiError) setError(errorMessage(err, t))
      } finally {
        if (request === latest.current) setLoading(false)
      }
    },
    [q, t],
  )

  useEffect(() => {
    const timer = setTimeout(() => void load(null), q ? 250 : 0) // ask once the typist pauses
    return () => clearTimeout(timer)
  }, [load, q])

  const { uploads, add, retry, clearFinished } = useUploads(
    useCallback((media: Media) => {
      // A new image goes first, as the server lists it, whatever the search: it is what the person is looking for now.
      setItems((prev) => [media, ...prev.filter((m) => m.id !== media.id)])
      setFresh((prev) => new Set([...prev, media.id]))
    }, []),
  )

  const replace = (media: Media) => {
    setItems((prev) => prev.map((m) => (m.id === media.id ? media : m)))
    setOpen(media)
  }

  return (
    <div className="media-library">
      {may(user, 'media.upload') && <UploadZone uploads={uploads} onFiles={add} onRetry={retry} onClearFinished={clearFinished} />}
      <input
        type="search"
        className="media-search"
        aria-label={t('image.search')}
        placeholder={t('image.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        // In the picker, finding an image comes first (the dialog would focus the upload button).
        data-autofocus={onPick ? true : undefined}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div aria-busy={loading}>
        <MediaGrid items={items} onOpen={setOpen} {...(onPick && { onPick })} {...(pickLabel && { pickLabel })} highlighted={fresh} />
      </div>
      {!loading && !error && items.length === 0 && <p className="empty">{t('image.none')}</p>}
      {cursor && (
        <button type="button" onClick={() => void load(cursor)} disabled={loading}>
          {t('media.more')}
        </button>
      )}
      {open && (
        <MediaDetails
          key={open.id}
          media={open}
          onSaved={replace}
          onDeleted={(id) => {
            setItems((prev) => prev.filter((m) => m.id !== id))
            setOpen(null)
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  )
}
