import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { EventBus } from '../events.js'
import type { MediaStorage } from '../media/media.storage.js'
import { createServices } from '../services.js'
import type { LocaleSettings } from '../shared/locales.js'
import { type Role, systemActor } from '../shared/roles.js'
import { anyStoryExists } from '../stories/story.repository.js'
import type { TopicKind } from '../taxonomy/taxonomy.types.js'
import { countUsers } from '../users/user.repository.js'
import type { DemoLocale, DemoStory, PerLocale } from './content.types.js'
import { type DemoUser, demoUsers } from './demo-users.js'
import { seedDesk } from './desk.js'
import { deskStories } from './desk-stories.js'
import { type DemoIds, demoDocument } from './markup.js'
import { demoPages } from './pages.js'
import { drawPicture } from './pictures.js'
import { type DemoActors, demoIds, HOUR, need, type Refs, type SeedRun } from './seed-run.js'
import { demoStories } from './stories/index.js'
import { authors, organisations, people, places, sections, tags } from './topics.js'

export interface SeedDeps {
  db: Kysely<DB>
  site: LocaleSettings
  storage: MediaStorage
  events: EventBus
}

export interface SeedOptions {
  now?: Date
  onProgress?: (done: number, total: number, what: string) => void
}

export interface SeedReport {
  stories: number
  versions: number
  media: number
  users: DemoUser[]
}

const OUTDATED_STORY = 'kyiv-council-night-buses'
const OUTDATED_UPDATE =
  'Оновлено: у департаменті транспорту уточнили, що розклад нових маршрутів опублікують на сайті міської ради за тиждень до запуску.'

/** Why the demo can't be seeded with these languages, or undefined when it can. */
export function demoUnavailableReason(site: LocaleSettings): string | undefined {
  return site.locales.includes('uk')
    ? undefined
    : `The demo newsroom is written in Ukrainian first, so it needs uk among LOCALES (e.g. LOCALES=uk,en,ru); got LOCALES=${site.locales.join(',')}.`
}

/** Whether the database has nothing in it yet, so the demo may be seeded. */
export async function isEmptyDatabase(db: Kysely<DB>): Promise<boolean> {
  return !(await anyStoryExists(db)) && (await countUsers(db)) === 0
}

/**
 * Fills an empty database with the demo newsroom through the same services the newsroom uses:
 * one account per role, sections and topics, authors, 40 stories with generated pictures,
 * translations and revisions, all published, and one story's translations left outdated; then
 * the demo accounts' work in progress on the desk (desk.ts).
 */
export async function seedDemo(deps: SeedDeps, options: SeedOptions = {}): Promise<SeedReport> {
  const unavailable = demoUnavailableReason(deps.site)
  if (unavailable) throw new Error(unavailable)
  const now = options.now ?? new Date()
  let at = now
  let done = 0
  const total = demoUsers.length + demoStories.length * 2 + demoPages.length + 4
  const run: SeedRun = {
    services: createServices({ ...deps, clock: () => at }),
    locales: deps.site.locales.filter((l): l is DemoLocale => l === 'uk' || l === 'en' || l === 'ru'),
    now,
    setTime: (t) => {
      at = t
    },
    step: (what) => options.onProgress?.(++done, total, what),
  }
  run.setTime(new Date(now.getTime() - 800 * HOUR))
  const actors = await seedUsers(run)
  const topicIds = await seedTopics(run)
  const authorIds = await seedAuthors(run)
  const mediaIds = await seedPictures(run)
  const refs = { topicIds, authorIds, mediaIds }
  const { storyIds, versions } = await seedStories(run, refs)
  await leaveOneTranslationOutdated(run, storyIds, topicIds)
  const pageVersions = await seedPages(run)
  const deskVersions = await seedDesk(run, refs, demoIds(storyIds, topicIds), actors)
  await run.services.searchIndex.settled() // every story findable before the site serves
  const stories = demoStories.length + Object.keys(deskStories).length
  return { stories, versions: versions + pageVersions + deskVersions, media: mediaIds.size, users: demoUsers }
}

/** About us, the editorial policy and contacts, in every language, published, in the footer's order. */
async function seedPages(run: SeedRun): Promise<number> {
  let versions = 0
  for (const page of demoPages) {
    const body = (l: DemoLocale) => ({
      type: 'doc',
      content: page.paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p[l] }] })),
    })
    const [first, ...rest] = run.locales
    if (!first) continue
    const { story, versions: created } = await run.services.stories.createStory(
      { kind: 'page', locale: first, headline: page.headline[first], slug: page.slug[first], lead: page.lead[first], body: body(first) },
      systemActor,
    )
    const ids = [created[0]?.id as string]
    for (const l of rest) {
      const v = await run.services.translations.createTranslation(
        {
          storyId: story.id,
          sourceLocale: first,
          targetLocale: l,
          headline: page.headline[l],
          slug: page.slug[l],
          lead: page.lead[l],
          body: body(l),
        },
        systemActor,
      )
      ids.push(v.id)
    }
    for (const id of ids) await run.services.stories.transition(id, { to: 'published' }, systemActor)
    versions += ids.length
    run.step(`page ${page.slug.en}`)
  }
  return versions
}

/** The demo accounts, as the actors their work on the desk is made by. */
async function seedUsers(run: SeedRun): Promise<DemoActors> {
  const actors: Partial<DemoActors> = {}
  for (const user of demoUsers) {
    const { id } = await run.services.users.createUser(user, systemActor)
    actors[user.role] = { userId: id, role: user.role, locales: user.locales }
    run.step(`user ${user.email}`)
  }
  return actors as Record<Role, DemoActors[Role]>
}

type DemoTopic = { name: PerLocale; slug: PerLocale; description?: PerLocale }
const TOPIC_GROUPS: [TopicKind, Record<string, DemoTopic>][] = [
  ['section', sections],
  ['tag', tags],
  ['person', people],
  ['organisation', organisations],
  ['place', places],
]

/** Topic ids by "kind:key", e.g. "person:olena-marchuk". */
async function seedTopics(run: SeedRun): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const [kind, group] of TOPIC_GROUPS) {
    let position = 0
    for (const [key, topic] of Object.entries(group)) {
      const names = Object.fromEntries(
        run.locales.map((l) => [l, { name: topic.name[l], slug: topic.slug[l], description: topic.description?.[l] ?? '' }]),
      )
      ids.set(`${kind}:${key}`, (await run.services.taxonomy.createTopic({ kind, position: position++, names }, systemActor)).id)
    }
  }
  return ids
}

async function seedAuthors(run: SeedRun): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const [key, author] of Object.entries(authors)) {
    const names = Object.fromEntries(
      run.locales.map((l) => [l, { name: author.name[l], slug: author.slug[l], bio: author.description[l] }]),
    )
    ids.set(key, (await run.services.taxonomy.createAuthor({ names }, systemActor)).id)
  }
  return ids
}

/** Pictures are the slow part (every variant is encoded): three at a time keeps both cores busy. */
async function seedPictures(run: SeedRun): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  const queue = [...demoStories]
  const worker = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      const story = s
      const texts = Object.fromEntries(run.locales.map((l) => [l, { caption: story.picture.caption[l], alt: story.picture.caption[l] }]))
      const data = await drawPicture(story.key, story.picture)
      const media = await run.services.media.createImage(
        { data, originalName: `${story.key}.jpg`, credit: story.picture.credit, texts },
        systemActor,
      )
      ids.set(story.key, media.id)
      run.step(`picture ${story.key}`)
    }
  }
  await Promise.all([worker(), worker(), worker()])
  return ids
}

const publishedAt = (run: SeedRun, s: DemoStory) => new Date(run.now.getTime() - s.hoursAgo * HOUR)

/**
 * Creates every story first (internal links need the ids of the stories they point to), then
 * writes each body as a second revision, adds translations and publishes. Oldest first.
 */
async function seedStories(run: SeedRun, refs: Refs): Promise<{ storyIds: Map<string, string>; versions: number }> {
  const ordered = [...demoStories].sort((a, b) => b.hoursAgo - a.hoursAgo)
  const storyIds = new Map<string, string>()
  const sourceVersionIds = new Map<string, string>()
  for (const s of ordered) {
    run.setTime(new Date(publishedAt(run, s).getTime() - 3 * HOUR))
    const { story, versions } = await run.services.stories.createStory(
      {
        locale: 'uk',
        headline: s.versions.uk.headline,
        lead: s.versions.uk.lead,
        sectionId: need(refs.topicIds, `section:${s.section}`),
        leadMediaId: need(refs.mediaIds, s.key),
        topicIds: [
          ...s.tags.map((k) => need(refs.topicIds, `tag:${k}`)),
          ...s.people.map((k) => need(refs.topicIds, `person:${k}`)),
          ...s.organisations.map((k) => need(refs.topicIds, `organisation:${k}`)),
          ...s.places.map((k) => need(refs.topicIds, `place:${k}`)),
        ],
        authorIds: s.authors.map((k) => need(refs.authorIds, k)),
        isBreaking: s.breaking ?? false,
        isImportant: s.important ?? false,
      },
      systemActor,
    )
    storyIds.set(s.key, story.id)
    sourceVersionIds.set(s.key, need(new Map(versions.map((v) => [v.locale, v.id])), 'uk'))
  }
  const ids = demoIds(storyIds, refs.topicIds)
  let versions = 0
  for (const s of ordered) versions += await writeAndPublish(run, s, need(sourceVersionIds, s.key), ids)
  return { storyIds, versions }
}

async function writeAndPublish(run: SeedRun, s: DemoStory, sourceVersionId: string, ids: DemoIds): Promise<number> {
  const { stories, translations } = run.services
  run.setTime(new Date(publishedAt(run, s).getTime() - 2 * HOUR))
  const body = demoDocument(s.versions.uk.body, ids)
  await stories.saveVersion({ versionId: sourceVersionId, baseRevision: 1, changes: { body }, note: 'Текст' }, systemActor)
  const versionIds = [sourceVersionId]
  run.setTime(new Date(publishedAt(run, s).getTime() - HOUR))
  for (const locale of run.locales) {
    const v = locale === 'uk' ? undefined : s.versions[locale]
    if (!v) continue
    const input = {
      storyId: ids.story(s.key),
      sourceLocale: 'uk',
      targetLocale: locale,
      headline: v.headline,
      lead: v.lead,
      body: demoDocument(v.body, ids),
    }
    versionIds.push((await translations.createTranslation(input, systemActor)).id)
  }
  run.setTime(publishedAt(run, s))
  for (const id of versionIds) await stories.transition(id, { to: 'published' }, systemActor)
  run.step(`story ${s.key}`)
  return versionIds.length
}

/** The Ukrainian source of one story moves on after its en/ru translations were made. */
async function leaveOneTranslationOutdated(run: SeedRun, storyIds: Map<string, string>, topicIds: Map<string, string>): Promise<void> {
  const story = demoStories.find((s) => s.key === OUTDATED_STORY)
  if (!story) return
  const { versions } = await run.services.stories.getStory(need(storyIds, story.key))
  const source = versions.find((v) => v.locale === 'uk')
  if (!source) return
  run.setTime(new Date(publishedAt(run, story).getTime() + HOUR))
  const body = demoDocument([...story.versions.uk.body, { p: OUTDATED_UPDATE }], demoIds(storyIds, topicIds))
  await run.services.stories.saveVersion(
    { versionId: source.id, baseRevision: source.revision, changes: { body }, note: 'Оновлення' },
    systemActor,
  )
}
