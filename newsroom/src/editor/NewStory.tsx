import { type FormEvent, lazy, Suspense, useId, useState } from 'react'
import { ApiError, api } from '../api/client.js'
import type { Media, StoryWithVersions } from '../api/types.js'
import { CONTENT_LOCALES } from '../desk/Desk.js'
import { useI18n } from '../i18n/i18n.js'
import { mediaUrl, variantFor } from '../media/media-labels.js'
import { navigate } from '../router.js'
import { useUser } from '../session/session.js'
import { CountedField } from '../ui/CountedField.js'
import { errorMessage } from '../ui/error-message.js'
import { nameIn, TaxonomyProvider, useTaxonomy } from './taxonomy.js'

// Loaded when asked for, as the Media screen is: the first screen stays small.
const MediaPicker = lazy(() => import('../media/MediaPicker.js').then((m) => ({ default: m.MediaPicker })))

/** Starting a story: its first language and headline, and what all its languages will share; then the editor opens. */
export function NewStory() {
  return (
    <TaxonomyProvider>
      <NewStoryForm />
    </TaxonomyProvider>
  )
}

function NewStoryForm() {
  const { t, locale: uiLocale } = useI18n()
  const user = useUser()
  const { topics, authors } = useTaxonomy()
  const id = useId()
  const locales = user.locales.length ? user.locales : CONTENT_LOCALES
  const [locale, setLocale] = useState<string>(locales[0] ?? 'uk')
  const [headline, setHeadline] = useState('')
  const [sectionId, setSectionId] = useState('')
  const [topicIds, setTopicIds] = useState<string[]>([])
  const [authorIds, setAuthorIds] = useState<string[]>([])
  const [isBreaking, setBreaking] = useState(false)
  const [isImportant, setImportant] = useState(false)
  const [leadImage, setLeadImage] = useState<Media | null>(null)
  const [picking, setPicking] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function create(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const created = await api.post<StoryWithVersions>('/stories', {
        locale,
        headline: headline.trim(),
        sectionId: sectionId || null,
        leadMediaId: leadImage?.id ?? null,
        topicIds,
        authorIds,
        isBreaking,
        isImportant,
      })
      navigate({ name: 'story', storyId: created.story.id, locale })
    } catch (err) {
      if (err instanceof ApiError) setError(errorMessage(err, t))
      setBusy(false)
    }
  }

  const leadThumb = leadImage && variantFor(leadImage, 480) // a picture narrower than 480 px has no 480 px variant
  const selected = (e: { target: HTMLSelectElement }) => [...e.target.selectedOptions].map((o) => o.value)
  const kind = (k: string) => topics.filter((x) => x.kind === k)
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
      <div className="field">
        <label htmlFor={`${id}-section`}>{t('story.section')}</label>
        <select id={`${id}-section`} value={sectionId} onChange={(e) => setSectionId(e.target.value)}>
          <option value="">{t('story.noSection')}</option>
          {kind('section').map((s) => (
            <option key={s.id} value={s.id}>
              {nameIn(s.names, uiLocale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-topics`}>
          {t('story.tags')} / {t('story.people')}
        </label>
        <select id={`${id}-topics`} multiple size={6} value={topicIds} onChange={(e) => setTopicIds(selected(e))}>
          {topics
            .filter((x) => x.kind !== 'section')
            .map((x) => (
              <option key={x.id} value={x.id}>
                {nameIn(x.names, uiLocale)}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-authors`}>{t('story.authors')}</label>
        <select id={`${id}-authors`} multiple size={4} value={authorIds} onChange={(e) => setAuthorIds(selected(e))}>
          {authors.map((a) => (
            <option key={a.id} value={a.id}>
              {nameIn(a.names, uiLocale)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('story.leadImage')}</legend>
        {leadImage ? (
          <div className="lead-image">
            <img
              src={leadThumb ? mediaUrl(leadThumb) : ''}
              alt={leadImage.texts[uiLocale]?.alt || leadImage.texts.uk?.alt || ''}
              width={240}
            />
            <button type="button" onClick={() => setLeadImage(null)}>
              {t('story.removeLeadImage')}
            </button>
          </div>
        ) : (
          <p className="meta">{t('story.noLeadImage')}</p>
        )}
        <button type="button" onClick={() => setPicking(true)}>
          {t('story.chooseLeadImage')}
        </button>
        {picking && (
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <MediaPicker
              title={t('story.chooseLeadImage')}
              pickLabel="image.choose"
              onClose={() => setPicking(false)}
              onPick={(media) => {
                setLeadImage(media)
                setPicking(false)
              }}
            />
          </Suspense>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('story.flags')}</legend>
        <label className="check">
          <input type="checkbox" checked={isBreaking} onChange={(e) => setBreaking(e.target.checked)} /> {t('story.breaking')}
        </label>
        <label className="check">
          <input type="checkbox" checked={isImportant} onChange={(e) => setImportant(e.target.checked)} /> {t('story.important')}
        </label>
      </fieldset>
      <p className="form-error" role="alert">
        {error}
      </p>
      <button type="submit" className="primary" disabled={busy || !headline.trim()}>
        {busy ? t('newStory.creating') : t('newStory.create')}
      </button>
    </form>
  )
}
