import { useI18n } from '../i18n/i18n.js'
import { Link } from '../router.js'

/** What a person sees on a screen their role may not use (typed or bookmarked): a plain refusal, not a broken screen. */
export function MayNot() {
  const { t } = useI18n()
  return (
    <div className="notice" role="alert">
      <h1>{t('mayNot.title')}</h1>
      <p>
        {t('mayNot.text')} <Link to={{ name: 'desk' }}>{t('app.backToDesk')}</Link>
      </p>
    </div>
  )
}
