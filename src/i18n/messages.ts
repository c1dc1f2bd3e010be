import { en } from './messages.en.js'
import { ru } from './messages.ru.js'
import { uk } from './messages.uk.js'

export type MessageKey = keyof typeof en
export type MessageParams = Record<string, string | number>
export type Catalog = Record<MessageKey, string>

/** Every user-facing message in every language we ship; a locale we don't ship falls back to English. */
export const catalogs: Record<string, Catalog> = { uk, en, ru }

export function t(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const template = (catalogs[locale] ?? en)[key]
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}
