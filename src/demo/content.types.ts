/**
 * Shapes of the demo newsroom's content. The demo is original, fictional writing: every person
 * and organisation in it is invented; places are real cities.
 */
import type { AuthorKey, OrganisationKey, PersonKey, PlaceKey, SectionKey, TagKey } from './topics.js'

export type DemoLocale = 'uk' | 'en' | 'ru'
export type PerLocale = Record<DemoLocale, string>

/**
 * A block of a demo story body. Paragraph text may hold light inline markup that the seed turns
 * into rich-text marks: `**bold**`, `*italic*`, `[text](https://example.org)` for an outside link
 * and `[text](story:story-key)` for an internal link to another demo story.
 */
export type DemoBlock = { p: string } | { h: string } | { quote: string; speaker?: PersonKey; attribution?: string } | { list: string[] }

export interface DemoVersion {
  headline: string
  lead: string
  body: DemoBlock[]
}

export type Motif = 'circles' | 'stripes' | 'grid' | 'waves' | 'mountains'

export interface DemoPicture {
  /** Two colours (#rrggbb) for the generated picture's gradient. */
  palette: [string, string]
  motif: Motif
  caption: PerLocale
  credit: string
}

export interface DemoStory {
  key: string
  section: SectionKey
  tags: TagKey[]
  people: PersonKey[]
  organisations: OrganisationKey[]
  places: PlaceKey[]
  authors: AuthorKey[]
  picture: DemoPicture
  /** Published this many hours before the seed runs. */
  hoursAgo: number
  important?: boolean
  breaking?: boolean
  /** uk is always present: it is the source language; en and ru are translations of it. */
  versions: { uk: DemoVersion; en?: DemoVersion; ru?: DemoVersion }
}
