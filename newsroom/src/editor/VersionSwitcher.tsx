import { useState } from 'react'
import { ApiError } from '../api/client.js'
import { createTranslation } from '../api/stories.js'
import type { StoryVersion } from '../api/types.js'
import { CONTENT_LOCALES } from '../desk/Desk.js'
import { useI18n } from '../i18n/i18n.js'
import { Link, navigate } from '../router.js'
import { may } from '../session/permissions.js'
import { useUser } from '../session/session.js'
import { errorMessage } from '../ui/error-message.js'

/** UA EN RU, as on the public site, whatever order the versions were made in. */
const byLocaleOrder = (a: StoryVersion, b: StoryVersion) =>
  (CONTENT_LOCALES as readonly string[]).indexOf(a.locale) - (CONTENT_LOCALES as readonly string[]).indexOf(b.locale)

/**
 * The story's languages: a link to each version, and for a language it lacks, a button that
 * starts its translation from the version on screen (for those who may translate into it).
 */
export function VersionSwitcher({ storyId, current, versions }: { storyId: string; current: StoryVersion; versions: StoryVersion[] }) {
  const { t } = useI18n()
  const user = useUser()
  const [error, setError] = useState<string | null>(null)
  const missing = CONTENT_LOCALES.filter(
    (l) =>
      !versions.some((v) => v.locale === l) && may(user, 'translation.edit') && (user.locales.length === 0 || user.locales.includes(l)),
  )

  async function start(targetLocale: string) {
    try {
      await createTranslation(storyId, current.locale, targetLocale)
      navigate({ name: 'story', storyId, locale: targetLocale })
    } catch (err) {
      if (err instanceof ApiError) setError(errorMessage(err, t))
    }
  }

  return (
    <nav className="version-switcher" aria-label={t('story.languages')}>
      {[...versions].sort(byLocaleOrder).map((v) => (
        <Link
          key={v.id}
          to={{ name: 'story', storyId, locale: v.locale }}
          aria-current={v.id === current.id ? 'page' : undefined}
          lang={v.locale}
        >
          {v.locale.toUpperCase()}
        </Link>
      ))}
      {missing.map((l) => (
        <button
          key={l}
          type="button"
          className="start-translation"
          aria-label={`${t('translation.start', { locale: l.toUpperCase() })} ${t('translation.startLabel', { language: t(`locale.${l}` as 'locale.uk') })}`}
          onClick={() => void start(l)}
        >
          {t('translation.start', { locale: l.toUpperCase() })}
        </button>
      ))}
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </nav>
  )
}
