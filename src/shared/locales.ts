/** The languages a site publishes in, and the one it serves at the root. */
export interface LocaleSettings {
  readonly locales: readonly string[]
  readonly defaultLocale: string
}
