import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { ID_LENGTH, isId } from '../ids.js'
import type { SearchService } from '../search/search.service.js'
import { storyPath } from '../shared/addresses.js'
import type { LocaleSettings } from '../shared/locales.js'
import { cardTags, tag, uniqueTags } from './cache-tags.js'
import { PAGE_TTL_SECONDS } from './list.producers.js'
import type { PageContexts } from './page-context.js'
import { storyPage } from './pages/story.page.js'
import { HTML, type PageOutcome } from './serve-page.js'
import { loadStoryPage } from './story.loader.js'

const STORY_MAX_AGE = 60
/** "Read also" cards under a story. */
const RELATED_COUNT = 4

/** The "read also" stories for a version, as the story page and the newsroom's preview show them. */
export const readAlso = (search: SearchService) => async (versionId: string) =>
  (await search.related(versionId, RELATED_COUNT)).map((r) => r.storyId)

/** A story page: 301 to the canonical address for an old or missing slug, 410 once withdrawn, 404 otherwise. */
export async function storyOutcome(
  d: { db: Kysely<DB>; site: LocaleSettings; now: () => string; pages: PageContexts; search: SearchService },
  locale: string,
  slugId: string,
  url: string,
): Promise<PageOutcome> {
  const path = url.split('?')[0] ?? url
  const id = slugId.slice(-ID_LENGTH)
  const slugged = slugId.length > ID_LENGTH
  if (!isId(id) || (slugged && slugId[slugId.length - ID_LENGTH - 1] !== '-')) return d.pages.notFound(locale, path)
  const result = await loadStoryPage(d.db, id, locale, d.now(), readAlso(d.search))
  if (result.kind !== 'ok') return d.pages.notFound(locale, path, result.kind === 'gone' ? 410 : 404)
  const v = result.data
  const canonical = storyPath(d.site, locale, v.version.slug, id)
  if (path !== canonical) return { redirect: canonical, status: 301 }
  const tags = uniqueTags([
    tag.nav,
    tag.story(id),
    ...v.linkedStoryIds.map(tag.story),
    ...v.topics.map((t) => tag.topic(t.id)),
    ...(v.section ? [tag.topic(v.section.id)] : []),
    ...v.authors.map((a) => tag.author(a.id)),
    ...(v.leadMedia ? [tag.media(v.leadMedia.id)] : []),
    ...cardTags(v.related),
    ...cardTags(v.latest),
  ])
  return {
    status: 200,
    contentType: HTML,
    body: storyPage(await d.pages.context(locale), v),
    tags,
    maxAge: STORY_MAX_AGE,
    ttlSeconds: PAGE_TTL_SECONDS,
  }
}
