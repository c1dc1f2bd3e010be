import type { LocaleSettings } from '../../shared/locales.js'
import type { Topic } from '../../taxonomy/taxonomy.types.js'
import type { SiteStrings } from '../strings.js'

/** What every page needs to know about the site and the reader's language. */
export interface PageContext {
  site: LocaleSettings
  siteUrl: string
  /** Where media files are fetched from (shared/addresses.ts, mediaRoot). */
  mediaRoot: string
  timezone: string
  locale: string
  s: SiteStrings
  /** Sections in navigation order, for the menu. */
  sections: Topic[]
  /** Pages (About us, Contacts) published in this language, in the footer's order. */
  footer: FooterLink[]
  cssPath: string
  logoPath: string
  /** Leave holes for the menu and the latest news instead of rendering them (a page stored ahead of readers). */
  holes?: boolean
}

export interface FooterLink {
  slug: string
  headline: string
}

/** The same page in each language: a path, or null where that language has no such page. */
export type Alternates = Record<string, string | null>

export interface Head {
  title: string
  description: string
  /** Path of this page's canonical URL. */
  canonical: string
  alternates: Alternates
  /** Extra <meta property|name> pairs (OpenGraph, Twitter). */
  meta?: [string, string][]
  jsonLd?: object[]
  feeds?: { type: string; title: string; href: string }[]
  noindex?: boolean
  /** A line above the masthead (the newsroom's preview says what it is). */
  notice?: string
}
