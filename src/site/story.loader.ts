import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { findMediaByIds } from '../media/media.repository.js'
import type { Media } from '../media/media.types.js'
import { assembleBody, linkedStoryIds as linkedIn, parseBody } from '../richtext/rendered-body.js'
import type { LocaleSettings } from '../shared/locales.js'
import { findPending, pendingContent } from '../stories/pending.repository.js'
import { renderedBodyOf } from '../stories/rendered-bodies.js'
import type { StoryVersionRow } from '../stories/story.table.js'
import { findAuthorsByIds, findTopicsByIds } from '../taxonomy/taxonomy.repository.js'
import type { Author, Topic } from '../taxonomy/taxonomy.types.js'
import { bodyAddresses } from './internal-links.js'
import {
  findCards,
  findPublicLinkTargets,
  findPublicVersions,
  findVersionRow,
  findVersionStatus,
  listStories,
  type PublicVersionRef,
  type StoryCard,
} from './public.repository.js'

export interface StoryPageData {
  version: StoryVersionRow
  /** Every public version, this one included. */
  versions: PublicVersionRef[]
  bodyHtml: string
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
  site: LocaleSettings,
  storyId: string,
  locale: string,
  now: string,
  /** The stories most like a version, best first ("read also"): the search index's suggestion. */
  relatedTo: (versionId: string) => Promise<string[]>,
): Promise<StoryPageResult> {
  const versions = await findPublicVersions(db, storyId, now)
  const ref = versions.find((v) => v.locale === locale)
  if (!ref) return (await findVersionStatus(db, storyId, locale)) === 'unpublished' ? { kind: 'gone' } : { kind: 'missing' }
  const version = await findVersionRow(db, ref.id)
  if (!version) return { kind: 'missing' } // deleted since the line above
  return { kind: 'ok', data: await pageData(db, site, version, versions, now, relatedTo) }
}

/**
 * A version as its public page would show it were it published now, whatever its state: the
 * newsroom's preview. The language switcher offers the story's public versions and this one;
 * a version never published shows `now` as its publication time, and one with an edit awaiting
 * approval shows that edit (the text on the editor's screen). Undefined for an unknown id.
 */
export async function loadPreviewPage(
  db: Kysely<DB>,
  site: LocaleSettings,
  versionId: string,
  now: string,
  relatedTo: (versionId: string) => Promise<string[]>,
): Promise<StoryPageData | undefined> {
  const live = await findVersionRow(db, versionId)
  if (!live) return undefined
  const pending = await findPending(db, versionId)
  const row = pending ? { ...live, ...pendingContent(pending) } : live
  const version = { ...row, published_at: row.published_at ?? row.scheduled_at ?? now }
  const others = (await findPublicVersions(db, row.story_id, now)).filter((v) => v.locale !== row.locale)
  const self = { id: row.id, story_id: row.story_id, locale: row.locale, slug: row.slug }
  return pageData(db, site, version, [...others, self], now, relatedTo)
}

async function pageData(
  db: Kysely<DB>,
  site: LocaleSettings,
  version: StoryVersionRow,
  versions: PublicVersionRef[],
  now: string,
  relatedTo: (versionId: string) => Promise<string[]>,
): Promise<StoryPageData> {
  const { story_id: storyId, locale } = version
  const story = await db.selectFrom('stories').selectAll().where('id', '=', storyId).executeTakeFirstOrThrow()
  const body = parseBody(await renderedBodyOf(db, { locale, body: version.body, bodyParts: version.body_parts }))
  const linkedStoryIds = linkedIn(body)
  const [links, topicLinks, authorLinks, related, latest] = await Promise.all([
    findPublicLinkTargets(db, linkedStoryIds, now),
    db.selectFrom('story_topics').select('topic_id').where('story_id', '=', storyId).orderBy('position').execute(),
    db.selectFrom('story_authors').select('author_id').where('story_id', '=', storyId).orderBy('position').execute(),
    relatedTo(version.id).then((ids) => findCards(db, ids, locale, now)),
    listStories(db, { locale, now, page: 1, perPage: 10 }),
  ])
  const topicIds = topicLinks.map((t) => t.topic_id)
  const [topics, authors, media] = await Promise.all([
    findTopicsByIds(db, story.section_id ? [story.section_id, ...topicIds] : topicIds),
    findAuthorsByIds(
      db,
      authorLinks.map((a) => a.author_id),
    ),
    findMediaByIds(
      db,
      [story.lead_media_id, ...related.map((r) => r.leadMediaId)].filter((id): id is string => Boolean(id)),
    ),
  ])
  const byId = <T extends { id: string }>(items: T[], ids: string[]) =>
    ids.map((id) => items.find((x) => x.id === id)).filter((x): x is T => Boolean(x))
  return {
    version,
    versions,
    bodyHtml: assembleBody(body, bodyAddresses(site, locale, links)),
    isBreaking: story.is_breaking === 1,
    isImportant: story.is_important === 1,
    section: topics.find((t) => t.id === story.section_id),
    topics: byId(topics, topicIds),
    authors: byId(
      authors,
      authorLinks.map((a) => a.author_id),
    ),
    leadMedia: media.find((m) => m.id === story.lead_media_id),
    related,
    latest: latest.items.filter((c) => c.storyId !== storyId).slice(0, 8),
    cardMedia: new Map(media.map((m) => [m.id, m])),
    linkedStoryIds,
  }
}
