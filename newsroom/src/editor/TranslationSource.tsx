import { useEffect, useState } from 'react'
import { ApiError, api } from '../api/client.js'
import type { StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { errorMessage } from '../ui/error-message.js'
import { type ContentDiff, DiffList } from './DiffList.js'

interface SourceDiff extends ContentDiff {
  sourceLocale: string
  translatedRevision: number
  currentSourceRevision: number
}

/**
 * For a translation: which source revision it matches, and when the source has moved on, what
 * changed since (GET /story-versions/{id}/source-diff) with a way to mark it up to date once the
 * translator has carried the changes over.
 */
export function TranslationSource({
  version,
  editable,
  markUpToDate,
}: {
  version: StoryVersion
  editable: boolean
  markUpToDate(sourceRevision: number): Promise<void>
}) {
  const { t } = useI18n()
  const [diff, setDiff] = useState<SourceDiff | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!version.sourceLocale || version.sourceRevision === null || !editable) return
    api
      .get<SourceDiff>(`/story-versions/${version.id}/source-diff`)
      .then(setDiff)
      .catch((err: unknown) => err instanceof ApiError && setError(errorMessage(err, t)))
  }, [version.id, version.sourceLocale, version.sourceRevision, editable, t])

  if (!version.sourceLocale || version.sourceRevision === null) return null
  const outdated = diff !== null && diff.currentSourceRevision > version.sourceRevision
  return (
    <section
      className={outdated ? 'translation-source outdated' : 'translation-source'}
      aria-label={t('translation.from', { locale: version.sourceLocale.toUpperCase(), revision: version.sourceRevision })}
    >
      <p>
        {t('translation.from', { locale: version.sourceLocale.toUpperCase(), revision: version.sourceRevision })}{' '}
        {diff && !outdated && t('translation.upToDate')}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {outdated && diff && (
        <>
          <p>{t('translation.outdated', { current: diff.currentSourceRevision })}</p>
          <DiffList diff={diff} />
          {editable && (
            <button type="button" onClick={() => void markUpToDate(diff.currentSourceRevision)}>
              {t('translation.markUpToDate')}
            </button>
          )}
        </>
      )}
    </section>
  )
}
