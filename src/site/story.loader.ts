import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { findMediaByIds } from '../media/media.repository.js'
import type { Media } from '../media/media.types.js'
import { linkedStoryIds as linkedIn, type RenderedBody } from '../richtext/rendered-body.js'
import { toWorkingVersions } from '../stories/pending.repository.js'
import { readerBody } from '../stories/rendered-bodies.js'
import { findStory } from '../stories/story.repository.js'
import type { StoryVersion } from '../stories/story.types.js'
import { findVersionById } from '../stories/version.repository.js'
import { findAuthorsByIds, findTopicsByIds } from '../taxonomy/taxonomy.repository.js'
import type { Author, Topic } from '../taxonomy/taxonomy.types.js'
import type { LinkTarget } from './internal-links.js'
import {
  findCards,
  findPublicLinkTargets,
  findPublicVersions,
  findVersionStatus,
  listStories,
  type PublicVersionRef,
  type StoryCard,
} from './public.repository.js'

export interface StoryPageData {
  version: StoryVersion
  /** Every public version, this one included. */
  versions: PublicVersionRef[]
  /** The stored body, its addresses filled in by the page (it knows where media are served from). */
  body: RenderedBody
  /** Public versions of the stories the body links to. */
  links: LinkTarget[]
  isBreaking: boolean
  isImportant: boolean
  section: Topic | undefined
  topics: Topic[]
  authors: Author[]
  leadMedia: Media | undefined
  related: StoryCard[]
  latest: StoryCard[]
  /** Media of the cards shown around the story. */
  cardMedia: Map<string, Media>
  /** Stories the body links to. */
  linkedStoryIds: string[]
}

export type StoryPageResult = { kind: 'ok'; data: StoryPageData } | { kind: 'gone' } | { kind: 'missing' }

/** Everything a story page shows, in a handful of indexed queries. */
export async function loadStoryPage(
  db: Kysely<DB>,
  storyId: string,
  locale: string,
  now: string,
  /** The stories most like a version, best first ("read also"): the search index's suggestion. */
  relatedTo: (versionId: string) => Promise<string[]>,
): Promise<StoryPageResult> {
  const versions = await findPublicVersions(db, storyId, now)
  const ref = versions.find((v) => v.locale === locale)
  if (!ref) return (await findVersionStatus(db, storyId, locale)) === 'unpublished' ? { kind: 'gone' } : { kind: 'missing' }
  const version = await findVersionById(db, ref.id)
  if (!version) return { kind: 'missing' } // deleted since the line above
  return { kind: 'ok', data: await pageData(db, version, versions, now, relatedTo) }
}

/** A version's public page, if it is public at `now` (what a page rendered ahead of readers shows). */
export async function loadPublicVersionPage(
  db: Kysely<DB>,
  versionId: string,
  now: string,
  relatedTo: (versionId: string) => Promise<string[]>,
): Promise<StoryPageData | undefined> {
  const version = await findVersionById(db, versionId)
  if (!version) return undefined
  const versions = await findPublicVersions(db, version.storyId, now)
  if (!versions.some((v) => v.id === versionId)) return undefined
  return pageData(db, version, versions, now, relatedTo)
}

/**
 * A version as its public page would show it were it published now, whatever its state: the
 * newsroom's preview. The language switcher offers the story's public versions and this one;
 * a version never published shows `now` as its publication time, and one with an edit awaiting
 * approval shows that edit (the text on the editor's screen). Undefined for an unknown id.
 */
export async function loadPreviewPage(
  db: Kysely<DB>,
  versionId: string,
  now: string,
  relatedTo: (versionId: string) => Promise<string[]>,
): Promise<StoryPageData | undefined> {
  const live = await findVersionById(db, versionId)
  if (!live) return undefined
  const [working] = await toWorkingVersions(db, [live])
  const v = working ?? live
  const version = { ...v, publishedAt: v.publishedAt ?? v.scheduledAt ?? now }
  const others = (await findPublicVersions(db, v.storyId, now)).filter((x) => x.locale !== v.locale)
  const self = { id: v.id, storyId: v.storyId, locale: v.locale, slug: v.slug }
  return pageData(db, version, [...others, self], now, relatedTo)
}

async function pageData(
  db: Kysely<DB>,
  version: StoryVersion,
  versions: PublicVersionRef[],
  now: string,
  relatedTo: (versionId: string) => Promise<string[]>,
): Promise<StoryPageData> {
  const { storyId, locale } = version
  const story = await findStory(db, storyId)
  if (!story) throw new Error(`story ${storyId} of version ${version.id} is missing`) // a foreign key keeps it
  const body = await readerBody(db, version)
  const linkedStoryIds = linkedIn(body)
  const [links, related, latest] = await Promise.all([
    findPublicLinkTargets(db, linkedStoryIds, now),
    relatedTo(version.id).then((ids) => findCards(db, ids, locale, now)),
    listStories(db, { locale, now, page: 1, perPage: 10 }),
  ])
  const { topicIds, authorIds } = story
  const [topics, authors, media] = await Promise.all([
    findTopicsByIds(db, story.sectionId ? [story.sectionId, ...topicIds] : topicIds),
    findAuthorsByIds(db, authorIds),
    findMediaByIds(
      db,
      [story.leadMediaId, ...related.map((r) => r.leadMediaId)].filter((id): id is string => Boolean(id)),
    ),
  ])
  const byId = <T extends { id: string }>(items: T[], ids: string[]) =>
    ids.map((id) => items.find((x) => x.id === id)).filter((x): x is T => Boolean(x))
  return {
    version,
    versions,
    body,
    links,
    isBreaking: story.isBreaking,
    isImportant: story.isImportant,
    section: topics.find((t) => t.id === story.sectionId),
    topics: byId(topics, topicIds),
    authors: byId(authors, authorIds),
    leadMedia: media.find((m) => m.id === story.leadMediaId),
    related,
    latest: latest.items.filter((c) => c.storyId !== storyId).slice(0, 8),
    cardMedia: new Map(media.map((m) => [m.id, m])),
    linkedStoryIds,
  }
}
