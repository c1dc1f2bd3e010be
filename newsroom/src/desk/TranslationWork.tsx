import { useId, useState } from 'react'
import { ApiError } from '../api/client.js'
import { createTranslation } from '../api/stories.js'
import type { StoryVersion, TranslationNeed } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { Link, navigate } from '../router.js'
import { errorMessage } from '../ui/error-message.js'
import { formatKyiv } from '../ui/kyiv-time.js'
import { useVersionPages } from './useVersionPages.js'

/**
 * Translations to do into one language (GET /story-versions?translateInto=…): stories without
 * a version in it, each with a button that starts the translation, and translations whose
 * source has moved on, each linking to its editor, where the changes are listed.
 */
export function TranslationWork({ locales }: { locales: readonly string[] }) {
  const { t, locale: uiLocale } = useI18n()
  const headingId = useId()
  // Translators mostly work away from the interface's language: start with the first other one.
  const [target, setTarget] = useState(() => locales.find((l) => l !== uiLocale) ?? locales[0] ?? 'en')
  const [need, setNeed] = useState<'' | TranslationNeed>('')
  const [words, setWords] = useState('')
  const [startError, setStartError] = useState<string | null>(null)
  const { items, error, loading, hasMore, more } = useVersionPages({ translateInto: target, translation: need || undefined }, words)
  const title = t('desk.translationWork')
  const TARGET = target.toUpperCase()

  async function start(v: StoryVersion) {
    try {
      await createTranslation(v.storyId, v.locale, target)
      navigate({ name: 'story', storyId: v.storyId, locale: target })
    } catch (err) {
      if (err instanceof ApiError) setStartError(errorMessage(err, t))
    }
  }

  return (
    <section className="desk-list translation-work" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <div className="list-filters translation-filters">
        <label>
          <span>{t('desk.translateInto')}</span>
          <select aria-label={`${title}: ${t('desk.translateInto')}`} value={target} onChange={(e) => setTarget(e.target.value)}>
            {locales.map((l) => (
              <option key={l} value={l}>
                {`${l.toUpperCase()} · ${t(`locale.${l}` as 'locale.uk')}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('desk.need')}</span>
          <select aria-label={`${title}: ${t('desk.need')}`} value={need} onChange={(e) => setNeed(e.target.value as '' | TranslationNeed)}>
            <option value="">{t('desk.needAll')}</option>
            <option value="missing">{t('desk.needMissing')}</option>
            <option value="outdated">{t('desk.needOutdated')}</option>
          </select>
        </label>
        <input
          type="search"
          aria-label={`${title}: ${t('desk.filter')}`}
          placeholder={t('desk.filterPlaceholder')}
          value={words}
          onChange={(e) => setWords(e.target.value)}
        />
      </div>
      {(error || startError) && (
        <p className="form-error" role="alert">
          {error ?? startError}
        </p>
      )}
      <ul className="versions" aria-busy={loading}>
        {items.map((v) => (
          <li key={v.id} className={`need-${v.translation}`}>
            <span className="locale-badge" title={v.locale}>
              {v.locale.toUpperCase()}
            </span>
            <Link to={{ name: 'story', storyId: v.storyId, locale: v.locale }}>{v.headline || t('desk.noHeadline')}</Link>
            <span className="meta">
              {v.translation === 'missing' ? t('desk.missingIn', { locale: TARGET }) : t('desk.outdatedIn')} · {t(`status.${v.status}`)} ·{' '}
              {t('desk.updated', { time: formatKyiv(v.updatedAt, uiLocale) })}
            </span>
            {v.translation === 'missing' && (
              <button
                type="button"
                className="start-translation"
                aria-label={`${t('translation.start', { locale: TARGET })} ${t('desk.startTranslation', { locale: TARGET, headline: v.headline || t('desk.noHeadline') })}`}
                onClick={() => void start(v)}
              >
                {t('translation.start', { locale: TARGET })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!loading && !error && items.length === 0 && (
        <p className="empty">{need || words.trim() ? t('desk.empty') : t('desk.noTranslationWork', { locale: TARGET })}</p>
      )}
      {hasMore && (
        <button type="button" onClick={more} disabled={loading}>
          {t('desk.more')}
        </button>
      )}
    </section>
  )
}
