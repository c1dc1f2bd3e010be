import { useCallback, useState } from 'react'
import type { Media } from '../api/types.js'
import { useCursorPages } from '../api/useCursorPages.js'
import type { MessageKey } from '../i18n/catalogs.js'
import { useI18n } from '../i18n/i18n.js'
import { may } from '../session/permissions.js'
import { useUser } from '../session/session.js'
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
  const { items, setItems, error, loading, hasMore, more } = useCursorPages<Media>('/media', {}, q, PAGE)
  const [open, setOpen] = useState<Media | null>(null)
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set())

  const { uploads, add, retry, clearFinished } = useUploads(
    useCallback(
      (media: Media) => {
        // A new image goes first, as the server lists it, whatever the search: it is what the person is looking for now.
        setItems((prev) => [media, ...prev.filter((m) => m.id !== media.id)])
        setFresh((prev) => new Set([...prev, media.id]))
      },
      [setItems],
    ),
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
      {hasMore && (
        <button type="button" onClick={more} disabled={loading}>
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
