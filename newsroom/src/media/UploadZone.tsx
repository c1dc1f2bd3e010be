import { type DragEvent, useEffect, useId, useState } from 'react'
import type { ApiError } from '../api/client.js'
import { useI18n } from '../i18n/i18n.js'
import { errorMessage } from '../ui/error-message.js'
import type { Upload } from './useUploads.js'

/** The types the server accepts; the file chooser offers these, the server still reads the real type. */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif'

/**
 * Where files go into the library: dropped anywhere on the zone, or chosen with the file
 * button (keyboard users); below it, every file with its progress or the server's refusal.
 */
export function UploadZone({
  uploads,
  onFiles,
  onRetry,
  onClearFinished,
}: {
  uploads: Upload[]
  onFiles(files: File[]): void
  onRetry(upload: Upload): void
  onClearFinished(): void
}) {
  const { t } = useI18n()
  const inputId = useId()
  const [over, setOver] = useState(false)
  const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files')
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return
    e.preventDefault() // without this the browser would open the file instead of dropping it here
    e.dataTransfer.dropEffect = 'copy'
    setOver(true)
  }
  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    setOver(false)
    const files = [...e.dataTransfer.files]
    if (files.length) onFiles(files)
  }
  useEffect(() => {
    // A file dropped just beside the zone would otherwise replace the app with the picture.
    const keepPage = (e: globalThis.DragEvent) => {
      if (e.defaultPrevented || !e.dataTransfer?.types.includes('Files')) return // the zone took it
      e.preventDefault()
      e.dataTransfer.dropEffect = 'none'
    }
    addEventListener('dragover', keepPage)
    addEventListener('drop', keepPage)
    return () => {
      removeEventListener('dragover', keepPage)
      removeEventListener('drop', keepPage)
    }
  }, [])
  const finished = uploads.some((u) => u.state === 'done' || u.state === 'failed')

  return (
    <div className="upload">
      <section
        className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
        aria-label={t('upload.zone')}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span>{t('upload.drop')}</span>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept={ACCEPT}
          multiple
          onChange={(e) => {
            const files = [...(e.target.files ?? [])]
            e.target.value = '' // the same file can be chosen again after a failure
            if (files.length) onFiles(files)
          }}
        />
        <label htmlFor={inputId} className="button-like">
          {t('upload.choose')}
        </label>
        <span className="meta">{t('upload.hint')}</span>
      </section>
      {uploads.length > 0 && (
        <div className="uploads">
          <ul aria-label={t('upload.list')} aria-live="polite">
            {uploads.map((u) => (
              <UploadRow key={u.key} upload={u} onRetry={onRetry} />
            ))}
          </ul>
          {finished && (
            <button type="button" onClick={onClearFinished}>
              {t('upload.clear')}
            </button>
          )}
        </div>
      )}
    </div>
  )
}

/** Whether sending the same file again may work: the network, the session or the server failed, not the file. */
const retriable = (err: ApiError) => err.status === 0 || err.status === 401 || err.status === 403 || err.status >= 500

/** One file: waiting, going out (with a progress bar), uploaded, or refused with the server's reason. */
function UploadRow({ upload: u, onRetry }: { upload: Upload; onRetry(upload: Upload): void }) {
  const { t } = useI18n()
  const percent = u.state === 'sending' && u.total > 0 ? Math.round((100 * u.loaded) / u.total) : 0
  return (
    <li className={`upload-row upload-${u.state}`}>
      <span className="upload-name">{u.name}</span>
      {u.state === 'waiting' && <span className="meta">{t('upload.waiting')}</span>}
      {u.state === 'sending' && (
        <>
          <progress max={100} value={percent} aria-label={t('upload.progressOf', { name: u.name })} />
          <span className="meta">{percent < 100 ? t('upload.progress', { percent }) : t('upload.processing')}</span>
        </>
      )}
      {u.state === 'done' && <span className="upload-ok">{t('upload.done')}</span>}
      {u.state === 'failed' && (
        <span className="upload-failed-reason">
          <span className="form-error">
            {t('upload.failed', { message: u.error.code === 'network' ? t('upload.network') : errorMessage(u.error, t) })}
          </span>
          {retriable(u.error) && (
            <button type="button" onClick={() => onRetry(u)} aria-label={t('upload.retryFile', { name: u.name })}>
              {t('save.retry')}
            </button>
          )}
        </span>
      )}
    </li>
  )
}
