import type { Actor } from '../shared/roles.js'
import type { DemoLocale } from './content.types.js'
import { type DeskStory, deskStories, STUDENT_PASS_UPDATE } from './desk-stories.js'
import { type DemoIds, demoDocument } from './markup.js'
import { type DemoActors, HOUR, need, type Refs, type SeedRun } from './seed-run.js'

const { lvivTrams, chernihivBikes, odesaNightShifts, kharkivLibraries, uzhhorodGreenhouse, kyivStudentPass } = deskStories

/** How far ahead of the seed the scheduled story goes live: while a new user looks around. */
export const SCHEDULED_IN_HOURS = 3

/**
 * Puts work on every desk, made by the demo accounts through the same services the newsroom
 * uses: the author's and the contributor's drafts, stories and a translation awaiting review, a
 * story scheduled to go live on its own a few hours after the seed, an outdated translation and a
 * translation in progress. Returns how many versions it made.
 */
export async function seedDesk(run: SeedRun, refs: Refs, ids: DemoIds, actors: DemoActors): Promise<number> {
  const { stories } = run.services
  const { author, contributor, editor, translator } = actors
  const at = (hoursFromNow: number) => run.setTime(new Date(run.now.getTime() + hoursFromNow * HOUR))
  const write = (s: DeskStory, actor: Actor) => createDeskStory(run, refs, ids, s, actor)
  const translate = (s: DeskStory, storyId: string, locale: DemoLocale) => translateDeskStory(run, ids, s, storyId, locale, translator)
  const move = (versionId: string, actor: Actor, to: 'in_review' | 'published') => stories.transition(versionId, { to }, actor)
  let versions = 0

  at(-26)
  await write(chernihivBikes, contributor)
  at(-5)
  await write(lvivTrams, author)
  versions += 2
  run.step('desk: drafts')

  at(-4)
  const port = await write(odesaNightShifts, author)
  at(-3)
  await move(port.versionId, author, 'in_review')
  at(-30)
  const libraries = await write(kharkivLibraries, author)
  await move(libraries.versionId, author, 'in_review')
  at(-28)
  await move(libraries.versionId, editor, 'published')
  at(-6)
  const librariesEn = await translate(kharkivLibraries, libraries.storyId, 'en')
  if (librariesEn) await move(librariesEn, translator, 'in_review')
  versions += 2 + (librariesEn ? 1 : 0)
  run.step('desk: awaiting review')

  at(-20)
  const garden = await write(uzhhorodGreenhouse, author)
  await move(garden.versionId, author, 'in_review')
  at(-10)
  const gardenEn = await translate(uzhhorodGreenhouse, garden.storyId, 'en')
  if (gardenEn) await move(gardenEn, translator, 'in_review')
  at(-1)
  const goLive = new Date(run.now.getTime() + SCHEDULED_IN_HOURS * HOUR).toISOString()
  for (const id of [garden.versionId, gardenEn]) if (id) await stories.transition(id, { to: 'scheduled', at: goLive }, editor)
  versions += 1 + (gardenEn ? 1 : 0)
  run.step('desk: scheduled')

  versions += await seedOutdatedTranslation(run, { write, translate, move, at }, ids, actors)
  run.step('desk: outdated translation')
  return versions
}

interface DeskSteps {
  write(s: DeskStory, actor: Actor): Promise<{ storyId: string; versionId: string }>
  translate(s: DeskStory, storyId: string, locale: DemoLocale): Promise<string | undefined>
  move(versionId: string, actor: Actor, to: 'in_review' | 'published'): Promise<unknown>
  at(hoursFromNow: number): void
}

/**
 * Published in Ukrainian and English; then the editor adds an update to the Ukrainian source, so
 * the English translation is outdated and the translator sees what changed. The Russian
 * translation, started after the update, is a draft.
 */
async function seedOutdatedTranslation(run: SeedRun, steps: DeskSteps, ids: DemoIds, actors: DemoActors): Promise<number> {
  const { write, translate, move, at } = steps
  const { author, editor } = actors
  at(-50)
  const pass = await write(kyivStudentPass, author)
  await move(pass.versionId, author, 'in_review')
  at(-48)
  await move(pass.versionId, editor, 'published')
  at(-40)
  const en = await translate(kyivStudentPass, pass.storyId, 'en')
  at(-39)
  if (en) await move(en, editor, 'published')
  at(-8)
  const source = await run.services.stories.getVersion(pass.versionId)
  const body = demoDocument([...kyivStudentPass.versions.uk.body, STUDENT_PASS_UPDATE], ids)
  await run.services.stories.saveVersion(
    { versionId: source.id, baseRevision: source.revision, changes: { body }, note: 'Оновлення: як оформити проїзний' },
    editor,
  )
  at(-2)
  const ru = await translate(kyivStudentPass, pass.storyId, 'ru')
  return 1 + (en ? 1 : 0) + (ru ? 1 : 0)
}

async function createDeskStory(run: SeedRun, refs: Refs, ids: DemoIds, s: DeskStory, actor: Actor) {
  const { uk } = s.versions
  const { story, versions } = await run.services.stories.createStory(
    {
      locale: 'uk',
      headline: uk.headline,
      lead: uk.lead,
      body: demoDocument(uk.body, ids),
      sectionId: need(refs.topicIds, `section:${s.section}`),
      topicIds: [
        ...s.tags.map((k) => need(refs.topicIds, `tag:${k}`)),
        ...(s.organisations ?? []).map((k) => need(refs.topicIds, `organisation:${k}`)),
        ...s.places.map((k) => need(refs.topicIds, `place:${k}`)),
      ],
      authorIds: s.authors.map((k) => need(refs.authorIds, k)),
    },
    actor,
  )
  return { storyId: story.id, versionId: (versions[0] as { id: string }).id }
}

/** The translation's version id, or undefined when the site runs without that language. */
async function translateDeskStory(run: SeedRun, ids: DemoIds, s: DeskStory, storyId: string, locale: DemoLocale, translator: Actor) {
  const v = s.versions[locale]
  if (!v || !run.locales.includes(locale)) return undefined
  const input = { storyId, sourceLocale: 'uk', targetLocale: locale, headline: v.headline, lead: v.lead, body: demoDocument(v.body, ids) }
  return (await run.services.translations.createTranslation(input, translator)).id
}
