import { type FormEvent, useCallback, useId, useState } from 'react'
import { ApiError } from '../api/client.js'
import { deleteMedia, updateMedia } from '../api/media.js'
import type { Media } from '../api/types.js'
import { CONTENT_LOCALES } from '../desk/Desk.js'
import { useI18n } from '../i18n/i18n.js'
import { may, mayEditMedia } from '../session/permissions.js'
import { useUser } from '../session/session.js'
import { Dialog } from '../ui/Dialog.js'
import { errorMessage } from '../ui/error-message.js'
import { FocalPoint, type Point } from './FocalPoint.js'
import { MediaTexts, type Texts } from './MediaTexts.js'
import { formatBytes } from './media-labels.js'

type SaveState = { kind: 'clean' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string }

const textsOf = (media: Media): Texts =>
  Object.fromEntries(CONTENT_LOCALES.map((l) => [l, { caption: media.texts[l]?.caption ?? '', alt: media.texts[l]?.alt ?? '' }]))

/**
 * One image: captions and alt texts per language, the shared credit and source, and the focal
 * point; saved with PUT /media/{id}. Editors may delete it (the server refuses while a
 * published story shows it, and says so).
 */
export function MediaDetails({
  media,
  onSaved,
  onDeleted,
  onClose,
}: {
  media: Media
  onSaved(media: Media): void
  onDeleted(id: string): void
  onClose(): void
}) {
  const { t, locale } = useI18n()
  const user = useUser()
  const id = useId()
  const editable = mayEditMedia(user, media)
  const [texts, setTexts] = useState(() => textsOf(media))
  const [credit, setCredit] = useState(media.credit)
  const [source, setSource] = useState(media.source)
  const [point, setPoint] = useState<Point>({ x: media.focalX, y: media.focalY })
  const [save, setSave] = useState<SaveState>({ kind: 'clean' })
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const [confirmClose, setConfirmClose] = useState(false)
  // Closing with edits not on the server asks first: they would be gone.
  const close = () => (save.kind === 'dirty' || save.kind === 'failed' ? setConfirmClose(true) : onClose())

  const focusOnMount = useCallback((el: HTMLButtonElement | null) => el?.focus(), []) // the safe answer gets the focus

  const edited =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v)
      setSave({ kind: 'dirty' })
    }

  async function submit(e: FormEvent) {
    e.preventDefault()
    e.stopPropagation() // React passes events up through portals: the story form around the picker must not submit too
    setSave({ kind: 'saving' })
    try {
      const updated = await updateMedia(media.id, { texts, credit, source, focalX: point.x, focalY: point.y })
      setSave({ kind: 'saved' })
      onSaved(updated)
    } catch (err) {
      setSave({ kind: 'failed', message: err instanceof ApiError ? errorMessage(err, t) : t('error.unexpected', { code: 'save' }) })
    }
  }

  async function remove() {
    setDeleteError(null)
    try {
      await deleteMedia(media.id)
      onDeleted(media.id)
    } catch (err) {
      setConfirmDelete(false)
      setDeleteError(err instanceof ApiError ? errorMessage(err, t) : t('error.unexpected', { code: 'delete' }))
    }
  }

  const status = {
    clean: '',
    dirty: t('mediaDetails.unsaved'),
    saving: t('mediaDetails.saving'),
    saved: t('mediaDetails.saved'),
    failed: save.kind === 'failed' ? t('mediaDetails.failed', { message: save.message }) : '',
  }[save.kind]

  // Named by its file, which stays put while its texts are edited.
  return (
    <Dialog title={t('mediaDetails.title', { name: media.originalName })} onClose={close} wide>
      <form className="media-details" onSubmit={submit}>
        <p className="meta media-file">
          {t('mediaDetails.file', {
            width: media.width,
            height: media.height,
            size: formatBytes(media.bytes, locale),
          })}
        </p>
        {!editable && <p className="notice">{t('mediaDetails.readOnly')}</p>}
        <div className="media-details-columns">
          <FocalPoint media={media} point={point} onChange={edited(setPoint)} disabled={!editable} />
          <div>
            <MediaTexts texts={texts} onChange={edited(setTexts)} disabled={!editable} />
            <div className="field">
              <label htmlFor={`${id}-credit`}>{t('mediaDetails.credit')}</label>
              <input
                id={`${id}-credit`}
                type="text"
                maxLength={300}
                value={credit}
                disabled={!editable}
                onChange={(e) => edited(setCredit)(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-source`}>{t('mediaDetails.source')}</label>
              <input
                id={`${id}-source`}
                type="text"
                maxLength={300}
                value={source}
                disabled={!editable}
                onChange={(e) => edited(setSource)(e.target.value)}
              />
            </div>
          </div>
        </div>
        <p className={`media-save media-save-${save.kind}`} role="status" data-save-state={save.kind}>
          {status}
        </p>
        {deleteError && (
          <p className="form-error" role="alert">
            {t('mediaDetails.deleteFailed', { message: deleteError })}
          </p>
        )}
        {confirmClose && (
          <p className="close-confirm" role="alert">
            {t('mediaDetails.closeConfirm')}
            <button type="button" onClick={() => setConfirmClose(false)} ref={focusOnMount}>
              {t('mediaDetails.keepEditing')}
            </button>
            <button type="button" onClick={onClose}>
              {t('mediaDetails.discard')}
            </button>
          </p>
        )}
        <div className="dialog-actions">
          {may(user, 'media.manage') &&
            (confirmDelete ? (
              <span className="delete-confirm">
                {t('mediaDetails.deleteConfirm')}
                <button type="button" className="danger" onClick={() => void remove()}>
                  {t('mediaDetails.deleteYes')}
                </button>
                <button type="button" onClick={() => setConfirmDelete(false)} ref={focusOnMount}>
                  {t('mediaDetails.deleteNo')}
                </button>
              </span>
            ) : (
              <button type="button" className="danger-quiet" onClick={() => setConfirmDelete(true)}>
                {t('mediaDetails.delete')}
              </button>
            ))}
          {editable && (
            <button type="submit" className="primary" disabled={save.kind === 'saving'}>
              {t('mediaDetails.save')}
            </button>
          )}
          <button type="button" onClick={close}>
            {t('dialog.close')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
