import { type FormEvent, useId, useState } from 'react'
import { ApiError } from '../api/client.js'
import { createStory } from '../api/stories.js'
import type { Media } from '../api/types.js'
import { CONTENT_LOCALES } from '../desk/Desk.js'
import { useI18n } from '../i18n/i18n.js'
import { navigate } from '../router.js'
import { useUser } from '../session/session.js'
import { CountedField } from '../ui/CountedField.js'
import { errorMessage } from '../ui/error-message.js'
import { AuthorsSelect, FlagsFieldset, LeadImageField, SectionSelect, type StoryFlags, TopicsSelect } from './StoryFieldPickers.js'
import { TaxonomyProvider } from './taxonomy.js'

/** Starting a story: its first language and headline, and what all its languages will share; then the editor opens. */
export function NewStory() {
  return (
    <TaxonomyProvider>
      <NewStoryForm />
    </TaxonomyProvider>
  )
}

function NewStoryForm() {
  const { t } = useI18n()
  const user = useUser()
  const id = useId()
  const locales = user.locales.length ? user.locales : CONTENT_LOCALES
  const [locale, setLocale] = useState<string>(locales[0] ?? 'uk')
  const [headline, setHeadline] = useState('')
  const [sectionId, setSectionId] = useState<string | null>(null)
  const [topicIds, setTopicIds] = useState<string[]>([])
  const [authorIds, setAuthorIds] = useState<string[]>([])
  const [flags, setFlags] = useState<StoryFlags>({ isBreaking: false, isImportant: false })
  const [leadImage, setLeadImage] = useState<Media | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function create(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const created = await createStory({
        locale,
        headline: headline.trim(),
        sectionId,
        leadMediaId: leadImage?.id ?? null,
        topicIds,
        authorIds,
        ...flags,
      })
      navigate({ name: 'story', storyId: created.story.id, locale })
    } catch (err) {
      if (err instanceof ApiError) setError(errorMessage(err, t))
      setBusy(false)
    }
  }

  return (
    <form className="new-story" onSubmit={create}>
      <h1>{t('newStory.title')}</h1>
      <div className="field">
        <label htmlFor={`${id}-locale`}>{t('newStory.language')}</label>
        <select id={`${id}-locale`} value={locale} onChange={(e) => setLocale(e.target.value)}>
          {locales.map((l) => (
            <option key={l} value={l}>
              {t(`locale.${l}` as 'locale.uk')}
            </option>
          ))}
        </select>
      </div>
      <CountedField className="headline" label={t('story.headline')} value={headline} onChange={setHeadline} recommended={110} max={500} />
      <SectionSelect value={sectionId} onChange={setSectionId} />
      <TopicsSelect value={topicIds} onChange={setTopicIds} />
      <AuthorsSelect value={authorIds} onChange={setAuthorIds} />
      <LeadImageField mediaId={leadImage?.id ?? null} onPick={setLeadImage} onRemove={() => setLeadImage(null)} />
      <FlagsFieldset value={flags} onChange={setFlags} />
      <p className="form-error" role="alert">
        {error}
      </p>
      <button type="submit" className="primary" disabled={busy || !headline.trim()}>
        {busy ? t('newStory.creating') : t('newStory.create')}
      </button>
    </form>
  )
}
