import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { EventBus } from '../events.js'
import type { MediaStorage } from '../media/media.storage.js'
import { createServices } from '../services.js'
import type { LocaleSettings } from '../site/urls.js'
import type { TopicKind } from '../taxonomy/taxonomy.types.js'
import { systemActor } from '../users/roles.js'
import { countUsers } from '../users/user.repository.js'
import type { DemoLocale, DemoStory, PerLocale } from './content.types.js'
import { type DemoUser, demoUsers } from './demo-users.js'
import { type DemoIds, demoDocument } from './markup.js'
import { drawPicture } from './pictures.js'
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

const HOUR = 3_600_000
const OUTDATED_STORY = 'kyiv-council-night-buses'
const OUTDATED_UPDATE =
  'Оновлено: у департаменті транспорту уточнили, що розклад нових маршрутів опублікують на сайті міської ради за тиждень до запуску.'

/** Whether the database has nothing in it yet, so the demo may be seeded. */
export async function isEmptyDatabase(db: Kysely<DB>): Promise<boolean> {
  const story = await db.selectFrom('stories').select('id').limit(1).executeTakeFirst()
  return !story && (await countUsers(db)) === 0
}

/**
 * Fills an empty database with the demo newsroom through the same services the newsroom uses:
 * users for each role, sections and topics, 40 stories with pictures, translations, revisions,
 * and one translation left outdated. Timestamps are spread over the past weeks by a seed clock.
 */
export async function seedDemo(deps: SeedDeps, options: SeedOptions = {}): Promise<SeedReport> {
  const { site } = deps
  if (!site.locales.includes('uk'))
    throw new Error('The demo newsroom is written in Ukrainian first: LOCALES must include uk (e.g. LOCALES=uk,en,ru).')
  const now = options.now ?? new Date()
  let at = new Date(now.getTime() - 800 * HOUR)
  const services = createServices({ ...deps, clock: () => at })
  const locales = site.locales.filter((l): l is DemoLocale => l === 'uk' || l === 'en' || l === 'ru')
  const total = demoUsers.length + demoStories.length * 2
  let done = 0
  const step = (what: string) => options.onProgress?.(++done, total, what)

  for (const user of demoUsers) {
    await services.users.createUser(user, systemActor)
    step(`user ${user.email}`)
  }

  const topicIds = new Map<string, string>()
  const topicGroups: [TopicKind, Record<string, { name: PerLocale; slug: PerLocale; description?: PerLocale }>][] = [
    ['section', sections],
    ['tag', tags],
    ['person', people],
    ['organisation', organisations],
    ['place', places],
  ]
  for (const [kind, group] of topicGroups) {
    let position = 0
    for (const [key, topic] of Object.entries(group)) {
      const names = Object.fromEntries(
        locales.map((l) => [l, { name: topic.name[l], slug: topic.slug[l], description: topic.description?.[l] ?? '' }]),
      )
      const created = await services.taxonomy.createTopic({ kind, position: position++, names }, systemActor)
      topicIds.set(`${kind}:${key}`, created.id)
    }
  }
  const authorIds = new Map<string, string>()
  for (const [key, author] of Object.entries(authors)) {
    const names = Object.fromEntries(locales.map((l) => [l, { name: author.name[l], slug: author.slug[l], bio: author.description[l] }]))
    authorIds.set(key, (await services.taxonomy.createAuthor({ names }, systemActor)).id)
  }

  // Pictures are the slow part (12 encoded variants each): a few at a time keeps both cores busy.
  const mediaIds = new Map<string, string>()
  const queue = [...demoStories]
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      for (let s = queue.shift(); s; s = queue.shift()) {
        const data = await drawPicture(s.key, s.picture)
        const texts = Object.fromEntries(locales.map((l) => [l, { caption: s.picture.caption[l], alt: s.picture.caption[l] }]))
        const media = await services.media.createImage({ data, originalName: `${s.key}.jpg`, credit: s.picture.credit, texts }, systemActor)
        mediaIds.set(s.key, media.id)
        step(`picture ${s.key}`)
      }
    }),
  )

  // Oldest first, so the audit log and revision times read in order.
  const ordered = [...demoStories].sort((a, b) => b.hoursAgo - a.hoursAgo)
  const storyIds = new Map<string, string>()
  const ukVersionIds = new Map<string, string>()
  const publishedAt = (s: DemoStory) => new Date(now.getTime() - s.hoursAgo * HOUR)
  for (const s of ordered) {
    at = new Date(publishedAt(s).getTime() - 3 * HOUR)
    const need = (map: Map<string, string>, key: string) => map.get(key) ?? fail(`unknown demo key ${key}`)
    const { story, versions } = await services.stories.createStory(
      {
        locale: 'uk',
        headline: s.versions.uk.headline,
        lead: s.versions.uk.lead,
        sectionId: need(topicIds, `section:${s.section}`),
        leadMediaId: need(mediaIds, s.key),
        topicIds: [
          ...s.tags.map((k) => need(topicIds, `tag:${k}`)),
          ...s.people.map((k) => need(topicIds, `person:${k}`)),
          ...s.organisations.map((k) => need(topicIds, `organisation:${k}`)),
          ...s.places.map((k) => need(topicIds, `place:${k}`)),
        ],
        authorIds: s.authors.map((k) => need(authorIds, k)),
        isBreaking: s.breaking ?? false,
        isImportant: s.important ?? false,
      },
      systemActor,
    )
    storyIds.set(s.key, story.id)
    ukVersionIds.set(s.key, (versions[0] as { id: string }).id)
  }

  const ids: DemoIds = {
    story: (key) => storyIds.get(key) ?? fail(`unknown demo story ${key}`),
    topic: (key) => topicIds.get(key) ?? fail(`unknown demo topic ${key}`),
  }
  let versionCount = 0
  for (const s of ordered) {
    const storyId = ids.story(s.key)
    at = new Date(publishedAt(s).getTime() - 2 * HOUR)
    const uk = await services.stories.saveVersion(
      {
        versionId: ukVersionIds.get(s.key) as string,
        baseRevision: 1,
        changes: { body: demoDocument(s.versions.uk.body, ids) },
        note: 'Текст',
      },
      systemActor,
    )
    const versionIds = [uk.id]
    at = new Date(publishedAt(s).getTime() - HOUR)
    for (const locale of locales) {
      const v = locale === 'uk' ? undefined : s.versions[locale]
      if (!v) continue
      const translation = await services.translations.createTranslation(
        { storyId, sourceLocale: 'uk', targetLocale: locale, headline: v.headline, lead: v.lead, body: demoDocument(v.body, ids) },
        systemActor,
      )
      versionIds.push(translation.id)
    }
    at = publishedAt(s)
    for (const id of versionIds) await services.stories.transition(id, { to: 'published' }, systemActor)
    versionCount += versionIds.length
    step(`story ${s.key}`)
  }

  // One translation left behind on purpose: the Ukrainian source moves on after en/ru were made.
  const outdated = demoStories.find((s) => s.key === OUTDATED_STORY)
  if (outdated) {
    at = new Date(publishedAt(outdated).getTime() + HOUR)
    const body = demoDocument([...outdated.versions.uk.body, { p: OUTDATED_UPDATE }], ids)
    await services.stories.saveVersion(
      { versionId: ukVersionIds.get(outdated.key) as string, baseRevision: 2, changes: { body }, note: 'Оновлення' },
      systemActor,
    )
  }
  return { stories: demoStories.length, versions: versionCount, media: mediaIds.size, users: demoUsers }
}

function fail(message: string): never {
  throw new Error(message)
}
