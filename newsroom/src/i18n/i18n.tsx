import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { setApiLocale } from '../api/client.js'
import { isUiLocale, type MessageKey, type MessageParams, translate, type UiLocale } from './catalogs.js'

const STORAGE_KEY = 'vistka.newsroom.uiLocale'

interface I18n {
  locale: UiLocale
  setLocale(locale: UiLocale): void
  t(key: MessageKey, params?: MessageParams): string
}

const I18nContext = createContext<I18n | null>(null)

/** The language picked before in this browser, else the browser's own if we speak it, else Ukrainian. */
function initialLocale(): UiLocale {
  const stored = localStorage.getItem(STORAGE_KEY)
  if (isUiLocale(stored)) return stored
  const preferred = navigator.languages.map((l) => l.slice(0, 2).toLowerCase()).find(isUiLocale)
  return preferred ?? 'uk'
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<UiLocale>(initialLocale)
  useEffect(() => {
    document.documentElement.lang = locale
    document.title = translate(locale, 'app.title')
    setApiLocale(locale) // the server answers errors in the interface's language
  }, [locale])
  const setLocale = useCallback((next: UiLocale) => {
    localStorage.setItem(STORAGE_KEY, next)
    setLocaleState(next)
  }, [])
  const value = useMemo<I18n>(() => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }), [locale, setLocale])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n outside I18nProvider')
  return i18n
}
