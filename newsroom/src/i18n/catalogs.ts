import { en, type MessageKey } from './strings.en.js'
import { ru } from './strings.ru.js'
import { uk } from './strings.uk.js'

/** The languages the interface speaks, in the order the picker shows them. */
export const UI_LOCALES = ['uk', 'en', 'ru'] as const
export type UiLocale = (typeof UI_LOCALES)[number]
export type { MessageKey }
export type MessageParams = Record<string, string | number>

export const CATALOGS: Record<UiLocale, Record<MessageKey, string>> = { uk, en, ru }

/** Each language's own name for itself, for the picker. */
export const LOCALE_NAMES: Record<UiLocale, string> = { uk: 'Українська', en: 'English', ru: 'Русский' }

export const isUiLocale = (value: unknown): value is UiLocale =>
  typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value)

/** The string for a key in a language, with `{name}` placeholders filled in. */
export function translate(locale: UiLocale, key: MessageKey, params: MessageParams = {}): string {
  return CATALOGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
