import type { StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { CountedField } from '../ui/CountedField.js'
import { SlugField, slugRefusal } from './SlugField.js'
import type { SaveState } from './useAutosave.js'
import type { Fields } from './useVersionEditor.js'

/** How the version shows up in search engines and link previews, and its address. */
export function SeoFields(props: {
  /** A page (About us) lives at /<slug>, a story under /news/. */
  kind?: 'story' | 'page'
  fields: Fields
  version: StoryVersion
  editable: boolean
  saveState: SaveState
  setField: (name: keyof Fields, value: string) => void
  onBlur: () => void
}) {
  const { t } = useI18n()
  const { fields, editable, setField, onBlur } = props
  return (
    <>
      <CountedField
        readOnly={!editable}
        label={t('story.seoTitle')}
        value={fields.seoTitle}
        onChange={(v) => setField('seoTitle', v)}
        onBlur={onBlur}
        recommended={60}
        max={500}
      />
      <CountedField
        readOnly={!editable}
        label={t('story.seoDescription')}
        value={fields.seoDescription}
        onChange={(v) => setField('seoDescription', v)}
        onBlur={onBlur}
        recommended={160}
        max={1000}
        multiline
      />
      <SlugField
        {...(props.kind && { kind: props.kind })}
        readOnly={!editable}
        value={fields.slug}
        version={props.version}
        onChange={(v) => setField('slug', v)}
        onBlur={onBlur}
        serverError={slugRefusal(props.saveState)}
      />
    </>
  )
}
