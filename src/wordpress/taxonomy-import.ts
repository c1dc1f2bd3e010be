import { Conflict } from '../errors.js'
import { systemActor } from '../shared/roles.js'
import { SLUG_PATTERN, slugify } from '../shared/slug.js'
import type { TopicKind } from '../shared/topic-kinds.js'
import { findAuthorIdBySlug, findTopicIdBySlug } from '../taxonomy/taxonomy.repository.js'
import type { ImportedId } from './imported-id.repository.js'
import { decodedSlug } from './post-mapping.js'
import type { WordPressImportDeps } from './wordpress-import.js'
import type { TermFacts, WxrIndex } from './wxr-index.js'

interface Outcome {
  created: number
  reused: number
  remembered: ImportedId[]
}

/**
 * Bylines for the export's authors (by login): the name they showed, in every language. An author
 * whose name's slug is here already is that author. Returns login → our author id.
 */
export async function importAuthors(
  deps: WordPressImportDeps,
  index: WxrIndex,
  logins: ReadonlySet<string>,
  known: ReadonlyMap<string, ImportedId>,
  dryRun: boolean,
): Promise<Outcome & { ids: Map<string, string> }> {
  const out = { created: 0, reused: 0, remembered: [] as ImportedId[], ids: new Map<string, string>() }
  for (const login of logins) {
    const mapped = known.get(`author:${login}`)
    if (mapped) {
      out.ids.set(login, mapped.targetId)
      out.reused++
      continue
    }
    const a = index.authors.get(login)
    const name = (a?.displayName || [a?.firstName, a?.lastName].filter(Boolean).join(' ') || login).trim()
    const locale = deps.site.defaultLocale
    const existing = await findAuthorIdBySlug(deps.db, locale, slugify(name, locale))
    let id = existing
    if (existing) out.reused++
    else {
      out.created++
      if (!dryRun) {
        const names = Object.fromEntries(deps.site.locales.map((l) => [l, { name }]))
        id = (await deps.services.taxonomy.createAuthor({ names }, systemActor)).id
      }
    }
    if (id) {
      out.ids.set(login, id)
      out.remembered.push({ kind: 'author', externalId: login, targetId: id, digest: '' })
    }
  }
  return out
}

/**
 * Sections for categories and tags for tags: one topic per Polylang term translation group, named
 * in each of its languages (a language the group lacks takes the name of the site's default, or of
 * any member). A post's first category is its section and the others are its tags, so a category
 * may become both. A topic whose slug is here already (a section named the same) is that topic.
 * `wanted` holds `kind|taxonomy:slug` keys; returns the same keys → our topic id.
 */
export async function importTopics(
  deps: WordPressImportDeps,
  index: WxrIndex,
  wanted: ReadonlySet<string>,
  known: ReadonlyMap<string, ImportedId>,
  dryRun: boolean,
): Promise<Outcome & { ids: Map<string, string> }> {
  const out = { created: 0, reused: 0, remembered: [] as ImportedId[], ids: new Map<string, string>() }
  const groups = new Map<string, { kind: TopicKind; members: TermFacts[] }>()
  for (const key of wanted) {
    const [kind, termKey] = key.split('|') as [TopicKind, string]
    const term = index.terms.get(termKey)
    if (term) groups.set(`${kind}:${term.group}`, { kind, members: siblings(index, term) })
  }
  for (const [group, { kind, members }] of groups) {
    let id = known.get(`term:${group}`)?.targetId
    if (id) out.reused++
    else {
      const names = topicNames(members, deps.site.locales, deps.site.defaultLocale)
      id = await findTopicIdBySlug(deps.db, kind, deps.site.defaultLocale, names[deps.site.defaultLocale]?.slug ?? '')
      if (id) out.reused++
      else {
        out.created++
        if (!dryRun) id = await createTopic(deps, kind, names)
      }
    }
    if (!id) continue
    for (const m of members) out.ids.set(`${kind}|${m.taxonomy}:${m.slug}`, id)
    out.remembered.push({ kind: 'term', externalId: group, targetId: id, digest: '' })
  }
  return out
}

/** The terms of a term's translation group (itself alone when it has none). */
function siblings(index: WxrIndex, term: TermFacts): TermFacts[] {
  if (!term.group.startsWith('term:')) return [term]
  return [...index.terms.values()].filter((t) => t.group === term.group)
}

function topicNames(members: readonly TermFacts[], locales: readonly string[], defaultLocale: string) {
  const byLocale = new Map<string, TermFacts>()
  for (const m of members) if (m.locale && !byLocale.has(m.locale)) byLocale.set(m.locale, m)
  const fallback = byLocale.get(defaultLocale) ?? members[0]
  return Object.fromEntries(
    locales.map((locale) => {
      const term = byLocale.get(locale) ?? fallback
      const own = decodedSlug(term?.slug ?? '')
      const slug = SLUG_PATTERN.test(own) ? own : slugify(own || term?.name || 'topic', locale)
      return [locale, { name: term?.name || term?.slug || 'topic', slug }]
    }),
  )
}

async function createTopic(deps: WordPressImportDeps, kind: TopicKind, names: Record<string, { name: string; slug: string }>) {
  try {
    return (await deps.services.taxonomy.createTopic({ kind, names }, systemActor)).id
  } catch (err) {
    // A slug another topic uses in some language: that language's name keeps its own words with -2.
    if (!(err instanceof Conflict)) throw err
    const suffixed = Object.fromEntries(Object.entries(names).map(([l, n]) => [l, { ...n, slug: `${n.slug}-2` }]))
    return (await deps.services.taxonomy.createTopic({ kind, names: suffixed }, systemActor)).id
  }
}
