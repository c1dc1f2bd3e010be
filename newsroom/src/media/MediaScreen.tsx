import { useI18n } from '../i18n/i18n.js'
import { MediaLibrary } from './MediaLibrary.js'

/** The Media screen: the library on its own, for uploading and describing images. */
export function MediaScreen() {
  const { t } = useI18n()
  return (
    <div className="media-screen">
      <h1>{t('media.title')}</h1>
      <MediaLibrary />
    </div>
  )
}
