import { useEffect, useState } from 'react'
import { ApiError } from '../api/client.js'
import { getMedia } from '../api/media.js'
import type { Media } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { mediaName, mediaUrl, variantFor } from './media-labels.js'

/** Images the app has asked the library about, once each while it is open. */
const known = new Map<string, Promise<Media>>()

export function fetchMedia(id: string): Promise<Media> {
  let found = known.get(id)
  if (!found) {
    found = getMedia(id)
    found.catch(() => known.delete(id)) // a failed read is tried again next time
    known.set(id, found)
  }
  return found
}

/** An image the app already holds (just picked or uploaded): shown without asking the library again. */
export function rememberMedia(media: Media): void {
  known.set(media.id, Promise.resolve(media))
}

/** An image of the library by id: null while it loads; `missing` once the library says it has none such. */
export function useMedia(id: string | null): { media: Media | null; missing: boolean } {
  const [state, setState] = useState<{ id: string | null; media: Media | null; missing: boolean }>({ id, media: null, missing: false })
  useEffect(() => {
    if (!id) return
    let current = true
    fetchMedia(id)
      .then((media) => current && setState({ id, media, missing: false }))
      .catch((err: unknown) => current && err instanceof ApiError && setState({ id, media: null, missing: true }))
    return () => {
      current = false
    }
  }, [id])
  return state.id === id ? state : { media: null, missing: false }
}

/**
 * A picture of the library by id, at the variant nearest above `want` pixels (an image smaller
 * than that has only its own width, so no fixed file name will do), with its alt text.
 */
export function LibraryImage({
  id,
  want,
  width,
  alt,
  className,
}: {
  id: string
  want: number
  width?: number
  alt?: string
  className?: string
}) {
  const { t, locale } = useI18n()
  const { media, missing } = useMedia(id)
  if (missing) return <span className="form-error">{t('image.missing', { id })}</span>
  const variant = media && variantFor(media, want)
  if (!media || !variant) return <span className="image-loading" aria-busy="true" />
  const height = width ? Math.round((width * media.height) / media.width) : undefined
  return <img className={className} src={mediaUrl(variant)} alt={alt ?? mediaName(media, locale)} width={width} height={height} />
}
