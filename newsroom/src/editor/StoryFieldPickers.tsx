import { lazy, Suspense, useId, useState } from 'react'
import type { Media } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { LibraryImage, rememberMedia } from '../media/library-image.js'
import { nameIn, useTaxonomy } from './taxonomy.js'

// Loaded when asked for, as the Media screen is: the first screen stays small.
const MediaPicker = lazy(() => import('../media/MediaPicker.js').then((m) => ({ default: m.MediaPicker })))

/**
 * The pickers for what all languages of a story share, used by the new-story form and the
 * editor's sidebar alike. Each reports a whole new value; the caller decides when to save.
 */

const chosen = (e: { target: HTMLSelectElement }) => [...e.target.selectedOptions].map((o) => o.value)

export function SectionSelect({
  value,
  onChange,
  disabled,
}: {
  value: string | null
  onChange(id: string | null): void
  disabled?: boolean
}) {
  const { t, locale } = useI18n()
  const { topics } = useTaxonomy()
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('story.section')}</label>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('story.noSection')}</option>
        {topics
          .filter((x) => x.kind === 'section')
          .map((s) => (
            <option key={s.id} value={s.id}>
              {nameIn(s.names, locale)}
            </option>
          ))}
      </select>
    </div>
  )
}

/** Tags, people, organisations and places: every kind of topic but sections. */
export function TopicsSelect({ value, onChange, disabled }: { value: string[]; onChange(ids: string[]): void; disabled?: boolean }) {
  const { t, locale } = useI18n()
  const { topics } = useTaxonomy()
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>
        {t('story.tags')} / {t('story.people')}
      </label>
      <select id={id} multiple size={6} value={value} disabled={disabled} onChange={(e) => onChange(chosen(e))}>
        {topics
          .filter((x) => x.kind !== 'section')
          .map((x) => (
            <option key={x.id} value={x.id}>
              {nameIn(x.names, locale)}
            </option>
          ))}
      </select>
    </div>
  )
}

export function AuthorsSelect({ value, onChange, disabled }: { value: string[]; onChange(ids: string[]): void; disabled?: boolean }) {
  const { t, locale } = useI18n()
  const { authors } = useTaxonomy()
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('story.authors')}</label>
      <select id={id} multiple size={4} value={value} disabled={disabled} onChange={(e) => onChange(chosen(e))}>
        {authors.map((a) => (
          <option key={a.id} value={a.id}>
            {nameIn(a.names, locale)}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The lead image: a thumbnail, remove, and choose from the media library (or upload there). */
export function LeadImageField({
  mediaId,
  onPick,
  onRemove,
  disabled,
}: {
  /** The picture shown now, or null for none. */
  mediaId: string | null
  onPick(media: Media): void
  onRemove(): void
  disabled?: boolean
}) {
  const { t } = useI18n()
  const [picking, setPicking] = useState(false)
  return (
    <fieldset>
      <legend>{t('story.leadImage')}</legend>
      {mediaId ? (
        <div className="lead-image">
          <LibraryImage id={mediaId} want={480} width={240} />
          <button type="button" onClick={onRemove} disabled={disabled}>
            {t('story.removeLeadImage')}
          </button>
        </div>
      ) : (
        <p className="meta">{t('story.noLeadImage')}</p>
      )}
      <button type="button" onClick={() => setPicking(true)} disabled={disabled}>
        {t('story.chooseLeadImage')}
      </button>
      {picking && (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <MediaPicker
            title={t('story.chooseLeadImage')}
            pickLabel="image.choose"
            onClose={() => setPicking(false)}
            onPick={(media) => {
              setPicking(false)
              rememberMedia(media)
              onPick(media)
            }}
          />
        </Suspense>
      )}
    </fieldset>
  )
}

export interface StoryFlags {
  isBreaking: boolean
  isImportant: boolean
}

export function FlagsFieldset({ value, onChange, disabled }: { value: StoryFlags; onChange(flags: StoryFlags): void; disabled?: boolean }) {
  const { t } = useI18n()
  return (
    <fieldset>
      <legend>{t('story.flags')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={value.isBreaking}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, isBreaking: e.target.checked })}
        />{' '}
        {t('story.breaking')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={value.isImportant}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, isImportant: e.target.checked })}
        />{' '}
        {t('story.important')}
      </label>
    </fieldset>
  )
}
