import type { Media } from '../api/types.js'
import type { MessageKey } from '../i18n/catalogs.js'
import { useI18n } from '../i18n/i18n.js'
import { Dialog } from '../ui/Dialog.js'
import { MediaLibrary } from './MediaLibrary.js'

/** The library in a dialog, to pick an image into a story (or upload one and pick it in the same flow). */
export function MediaPicker({
  title,
  pickLabel,
  onPick,
  onClose,
}: {
  title: string
  /** The name of each image's button: "Insert image …" by default. */
  pickLabel?: MessageKey
  onPick(media: Media): void
  onClose(): void
}) {
  const { t } = useI18n()
  return (
    <Dialog title={title} onClose={onClose} wide>
      <MediaLibrary onPick={onPick} {...(pickLabel && { pickLabel })} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('link.cancel')}
        </button>
      </div>
    </Dialog>
  )
}
