import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { ID_LENGTH, isId } from '../ids.js'
import type { SearchService } from '../search/search.service.js'
import { pagePath, storyPath } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import { findStoryKind } from '../stories/story.repository.js'
import { cardTags, tag, uniqueTags } from './cache-tags.js'
import { PAGE_TTL_SECONDS } from './list.producers.js'
import type { PageContexts } from './page-context.js'
import { storyPage } from './pages/story.page.js'
import { findVersionStatus } from './public.repository.js'
import { HTML, type PageOutcome } from './serve-page.js'
import { loadPublicVersionPage, type StoryPageData } from './story.loader.js'
import { digestOf, type RenderedPart, type StoryPageParts } from './story-page-parts.js'
import { findPublicVersionPart } from './story-page-parts.repository.js'

const STORY_MAX_AGE = 60
/** "Read also" cards under a story. */
const RELATED_COUNT = 4

/** The "read also" stories for a version, as the story page and the newsroom's preview show them. */
export const readAlso = (search: SearchService) => async (versionId: string) =>
  (await search.related(versionId, RELATED_COUNT)).map((r) => r.storyId)

interface StoryDeps {
  db: Kysely<DB>
  site: LocaleSettings
  now: () => string
  pages: PageContexts
  search: SearchService
  storyPages: StoryPageParts
}

/**
 * A story page: 301 to the canonical address for an old or missing slug, 410 once withdrawn, 404
 * otherwise. The page itself was rendered ahead of the reader and stored (story-page-parts.tsx):
 * one indexed read finds the public version and its page, which gets the menu and the latest news;
 * a page not stored yet, or stored with other templates or settings, is rendered now and kept.
 */
export async function storyOutcome(d: StoryDeps, locale: string, slugId: string, url: string): Promise<PageOutcome> {
  const path = url.split('?')[0] ?? url
  const id = slugId.slice(-ID_LENGTH)
  const slugged = slugId.length > ID_LENGTH
  if (!isId(id) || (slugged && slugId[slugId.length - ID_LENGTH - 1] !== '-')) return d.pages.notFound(locale, path)
  const found = await findPublicVersionPart(d.db, id, locale, d.now(), d.storyPages.skeleton(locale))
  if (!found) return d.pages.notFound(locale, path, (await findVersionStatus(d.db, id, locale)) === 'unpublished' ? 410 : 404)
  const canonical = storyPath(d.site, locale, found.slug, id)
  if (path !== canonical) return { redirect: canonical, status: 301 }

  let part: Pick<RenderedPart, 'html' | 'digest' | 'sectionId' | 'tags'>
  if (found.part?.fingerprint === d.storyPages.fingerprint) {
    part = found.part
    d.storyPages.refreshIfOld(found.versionId, found.part)
  } else {
    // A page (About us) has its own address; it is never stored as a story page, so it arrives here.
    if ((await findStoryKind(d.db, id)) === 'page') return { redirect: pagePath(d.site, locale, found.slug), status: 301 }
    const startedAt = d.storyPages.begin()
    const rendered = await renderStoryPart(d, found.versionId)
    if (!rendered) return d.pages.notFound(locale, path) // withdrawn or deleted since the read above
    d.storyPages.keep(rendered, startedAt)
    part = rendered
  }
  const { body, tags, etag } = await d.storyPages.assemble(await d.pages.context(locale), part, id)
  return { status: 200, contentType: HTML, body, etag, tags, maxAge: STORY_MAX_AGE, ttlSeconds: PAGE_TTL_SECONDS }
}

/** Renders a public version's page with holes for the shared chrome; undefined when it isn't public now. */
export async function renderStoryPart(
  d: Pick<StoryDeps, 'db' | 'now' | 'pages' | 'search'>,
  versionId: string,
): Promise<RenderedPart | undefined> {
  const data = await loadPublicVersionPage(d.db, versionId, d.now(), readAlso(d.search))
  // A page (About us) is served at its own address (page.producer.ts), never as a story page.
  if (!data || (await findStoryKind(d.db, data.version.storyId)) === 'page') return undefined
  const ctx = { ...(await d.pages.context(data.version.locale)), holes: true }
  const html = Buffer.from(storyPage(ctx, data))
  return {
    versionId,
    locale: data.version.locale,
    sectionId: data.section?.id ?? null,
    html,
    digest: digestOf(html),
    tags: storyTags(data),
    related: data.related.map((c) => c.storyId),
  }
}

/** What a story page shows but the shared chrome (menu, latest news): its cache tags. */
function storyTags(v: StoryPageData): string[] {
  return uniqueTags([
    tag.story(v.version.storyId),
    ...v.linkedStoryIds.map(tag.story),
    ...v.topics.map((t) => tag.topic(t.id)),
    ...(v.section ? [tag.topic(v.section.id)] : []),
    ...v.authors.map((a) => tag.author(a.id)),
    ...(v.leadMedia ? [tag.media(v.leadMedia.id)] : []),
    ...cardTags(v.related),
  ])
}
