import { Invalid } from './errors.js'
import type { LocaleSettings } from './shared/locales.js'
import { SLUG_MAX, SLUG_PATTERN } from './shared/slug.js'

/** Refuses a language the site doesn't publish in. */
export function checkLocale(site: LocaleSettings, locale: string): string {
  if (!site.locales.includes(locale)) throw new Invalid('locale_not_configured', { locale, locales: site.locales.join(', ') })
  return locale
}

/** Refuses text over `max` characters, naming the field. */
export function checkLength(field: string, value: string, max: number): string {
  if (value.length > max) throw new Invalid('text_too_long', { field, max, length: value.length })
  return value
}

/** Refuses a slug a person typed unless it is already in canonical form. */
export function checkSlug(slug: string): string {
  if (slug.length > SLUG_MAX || !SLUG_PATTERN.test(slug)) throw new Invalid('invalid_slug', { slug, max: SLUG_MAX })
  return slug
}
