/**
 * Public addresses. The default language lives at the root, the others under their code
 * (`/`, `/en`, `/ru`). Story URLs end in the story id so that a slug change never breaks a link.
 */
export interface LocaleSettings {
  readonly locales: readonly string[]
  readonly defaultLocale: string
}

export const localePrefix = (site: LocaleSettings, locale: string): string => (locale === site.defaultLocale ? '' : `/${locale}`)

export const homePath = (site: LocaleSettings, locale: string): string => localePrefix(site, locale) || '/'

export const storyPath = (site: LocaleSettings, locale: string, slug: string, storyId: string): string =>
  `${localePrefix(site, locale)}/news/${slug}-${storyId}`

/** An address that needs only the id; the site redirects it to the story's canonical URL. */
export const storyIdPath = (site: LocaleSettings, locale: string, storyId: string): string =>
  `${localePrefix(site, locale)}/news/${storyId}`

export const mediaPath = (storageKey: string): string => `/media/${storageKey}`
