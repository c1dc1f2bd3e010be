import type { Media } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { Dialog } from '../ui/Dialog.js'
import { MediaLibrary } from './MediaLibrary.js'

/** The library in a dialog, to pick an image into a story (or upload one and pick it in the same flow). */
export function MediaPicker({ title, onPick, onClose }: { title: string; onPick(media: Media): void; onClose(): void }) {
  const { t } = useI18n()
  return (
    <Dialog title={title} onClose={onClose} wide>
      <MediaLibrary onPick={onPick} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('link.cancel')}
        </button>
      </div>
    </Dialog>
  )
}
