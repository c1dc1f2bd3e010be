import type { LocaleSettings } from '../shared/locales.js'
import type { ImportedStory, ImportedVersion } from '../stories/story-import.service.js'
import type { ImportReport } from './import-report.js'
import type { MappedPost } from './post-mapping.js'
import type { WxrItem } from './wxr.types.js'
import type { PostFacts } from './wxr-index.js'

/** A post read in the second pass: converted, or why it is left out. */
export interface GroupMember {
  item: WxrItem
  facts: PostFacts
  mapped?: MappedPost
}

/** A translation group as one story: its versions, the source language first. */
export interface AssembledStory {
  group: string
  story: ImportedStory & { id: string; versions: ImportedVersion[] }
  /** The posts written, in the versions' order. */
  members: (GroupMember & { mapped: MappedPost; locale: string })[]
}

export interface ResolvedNames {
  /** `kind|taxonomy:slug` → topic id. */
  topics: ReadonlyMap<string, string>
  /** Login → author id. */
  authors: ReadonlyMap<string, string>
  /** Attachment id → media id. */
  media: ReadonlyMap<string, string>
}

/**
 * Makes one story of a group's posts. The source version is the one WPML names, else the site's
 * default language, else the earliest; the others are its translations. The shared fields (section,
 * tags, bylines, lead image, importance) come from the source post, tags and bylines from all.
 * A second post in a language the group has already is reported and left out.
 */
export function assembleStory(
  group: string,
  storyId: string,
  members: readonly GroupMember[],
  names: ResolvedNames,
  site: LocaleSettings,
  report: ImportReport,
): AssembledStory | undefined {
  const byLocale = new Map<string, GroupMember & { mapped: MappedPost; locale: string }>()
  for (const m of members) {
    if (!m.mapped || typeof m.facts.locale !== 'string') continue
    const other = byLocale.get(m.facts.locale)
    if (other) {
      report.skipped.push({
        id: m.item.id,
        title: m.item.title,
        reason: `post #${other.item.id} of its translation group is in the same language (${m.facts.locale})`,
      })
      continue
    }
    byLocale.set(m.facts.locale, { ...m, mapped: m.mapped, locale: m.facts.locale })
  }
  const usable = [...byLocale.values()]
  if (!usable.length) return undefined
  const named = usable.map((m) => m.facts.sourceLocale).find((l) => l && byLocale.has(l) && !byLocale.get(l)?.facts.sourceLocale)
  const source =
    (named && byLocale.get(named)) ??
    byLocale.get(site.defaultLocale) ??
    [...usable].sort((a, b) => (a.item.postDateGmt < b.item.postDateGmt ? -1 : 1))[0]
  if (!source) return undefined
  const ordered = [source, ...usable.filter((m) => m !== source)]
  const kind = source.facts.kind
  const versions = ordered.map((m, i) => ({ ...m.mapped.version, locale: m.locale, ...(i > 0 && { sourceLocale: source.locale }) }))
  const story: AssembledStory['story'] = { id: storyId, kind, versions }
  if (kind === 'story') {
    const section = source.facts.terms.find((k) => k.startsWith('section|'))
    const sectionId = section ? names.topics.get(section) : undefined
    const topicIds = unique(ordered.flatMap((m) => m.facts.terms.filter((k) => k.startsWith('tag|')).map((k) => names.topics.get(k))))
    const authorIds = unique(ordered.flatMap((m) => m.facts.authors.map((login) => names.authors.get(login))))
    const thumbnail = ordered.map((m) => m.mapped.thumbnailId).find((id) => id && names.media.has(id))
    Object.assign(story, {
      ...(sectionId && { sectionId }),
      topicIds,
      authorIds,
      ...(thumbnail && { leadMediaId: names.media.get(thumbnail) }),
      isImportant: ordered.some((m) => m.mapped.sticky),
    })
  }
  return { group, story, members: ordered }
}

const unique = (ids: readonly (string | undefined)[]): string[] => [...new Set(ids.filter((id): id is string => id !== undefined))]
