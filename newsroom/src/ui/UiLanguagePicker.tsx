import { useId } from 'react'
import { isUiLocale, LOCALE_NAMES, UI_LOCALES } from '../i18n/catalogs.js'
import { useI18n } from '../i18n/i18n.js'

/** The interface language, remembered in this browser. */
export function UiLanguagePicker() {
  const { locale, setLocale, t } = useI18n()
  const id = useId()
  return (
    <div className="ui-language">
      <label htmlFor={id}>{t('app.uiLanguage')}</label>
      <select id={id} value={locale} onChange={(e) => isUiLocale(e.target.value) && setLocale(e.target.value)}>
        {UI_LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  )
}
