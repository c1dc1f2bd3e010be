import { useId } from 'react'
import type { StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import type { SaveState } from './useAutosave.js'
import './shared-fields.css'

/** As src/stories/slug.ts checks a slug a person typed: lowercase Latin letters and digits, single dashes between. */
export const SLUG_MAX = 100
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const isValidSlug = (slug: string) => slug.length <= SLUG_MAX && SLUG_PATTERN.test(slug)

/** Where readers find a version (the default language has no prefix, as on the public site); a page lives at /<slug>. */
export const publicPath = (v: Pick<StoryVersion, 'locale' | 'storyId'>, slug: string, kind: 'story' | 'page' = 'story') =>
  `${v.locale === 'uk' ? '' : `/${v.locale}`}${kind === 'page' ? `/${slug}` : `/news/${slug}-${v.storyId}`}`

/**
 * The version's address part, saved with its text. Shows the public address it makes, the server's
 * refusal in place, and for a published version that the old address will keep working.
 */
export function SlugField({
  value,
  version,
  onChange,
  onBlur,
  readOnly,
  serverError,
  kind = 'story',
}: {
  /** A page (About us) lives at /<slug>, a story under /news/. */
  kind?: 'story' | 'page'
  value: string
  /** The version as last saved: its slug is the address readers use now. */
  version: StoryVersion
  onChange(slug: string): void
  onBlur(): void
  readOnly: boolean
  /** The server's message when it refused this address (taken, or not in canonical form). */
  serverError: string | null
}) {
  const { t } = useI18n()
  const id = useId()
  const localError = isValidSlug(value) ? null : t('slug.invalid', { max: SLUG_MAX })
  const error = localError ?? serverError
  const moved = version.status === 'published' && value !== version.slug && !error
  return (
    <div className="field slug-field">
      <label htmlFor={id}>{t('story.slug')}</label>
      <input
        id={id}
        type="text"
        value={value}
        readOnly={readOnly}
        maxLength={SLUG_MAX}
        spellCheck={false}
        autoCapitalize="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-preview ${id}-note`}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      <span id={`${id}-preview`} className="meta slug-preview">
        {t('slug.preview')} <code>{publicPath(version, value || '…', kind)}</code>
      </span>
      <span id={`${id}-note`} className={error ? 'form-error' : 'meta'} role={error ? 'alert' : undefined}>
        {error ??
          (moved
            ? t('slug.willRedirect', { old: publicPath(version, version.slug, kind) })
            : version.status === 'published' && !readOnly
              ? t('slug.publishedHint')
              : '')}
      </span>
    </div>
  )
}

/** The server's message when a save failed over the address, to show beside the field. */
export const slugRefusal = (state: SaveState): string | null =>
  state.kind === 'failed' && (state.code === 'slug_taken' || state.code === 'invalid_slug' || state.code === 'slug_reserved')
    ? state.message
    : null
