import { useEffect, useState } from 'react'
import { ApiError, api } from '../api/client.js'
import type { StoryWithVersions } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { Link } from '../router.js'
import { errorMessage } from '../ui/error-message.js'
import { EditorScreen } from './EditorScreen.js'
import { TaxonomyProvider } from './taxonomy.js'

/** The story editor route (loaded on demand: it carries TipTap): loads the story and opens one language version. */
export default function StoryEditor({ storyId, locale }: { storyId: string; locale: string }) {
  const { t } = useI18n()
  const [loaded, setLoaded] = useState<StoryWithVersions | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    api
      .get<StoryWithVersions>(`/stories/${storyId}`)
      .then(setLoaded)
      .catch((err: unknown) => setError(err instanceof ApiError ? errorMessage(err, t) : String(err)))
  }, [storyId, t])

  const version = loaded?.versions.find((v) => v.locale === locale)
  if (error || (loaded && !version))
    return (
      <p className="form-error" role="alert">
        {error ?? t('app.notFound')} <Link to={{ name: 'desk' }}>{t('app.backToDesk')}</Link>
      </p>
    )
  if (!loaded || !version) return <p className="loading">{t('app.loading')}</p>
  return (
    <TaxonomyProvider>
      <EditorScreen key={version.id} story={loaded.story} initial={version} versions={loaded.versions} />
    </TaxonomyProvider>
  )
}
