import type { Services } from '../services.js'
import type { RichTextDoc } from '../shared/richtext-document.js'
import { type Actor, systemActor } from '../shared/roles.js'
import type { CreateStory } from '../stories/story.service.js'
import type { TopicKind } from '../taxonomy/taxonomy.types.js'

let n = 0 // deterministic data: a failure replays the same way

export const paragraphs = (...texts: string[]): RichTextDoc => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
})

export const editor: Actor = { userId: null, role: 'editor', locales: [] }

export async function makeStory(services: Services, over: Partial<CreateStory> = {}, actor: Actor = systemActor) {
  const i = ++n
  const { story, versions } = await services.stories.createStory(
    { locale: 'uk', headline: `Новина номер ${i}`, lead: `Лід ${i}`, body: paragraphs(`Текст ${i}`), ...over },
    actor,
  )
  return { story, version: versions[0]! }
}

export async function makeTopic(services: Services, kind: TopicKind = 'tag', names?: Record<string, { name: string; slug?: string }>) {
  const i = ++n
  return services.taxonomy.createTopic({ kind, names: names ?? { uk: { name: `Тема ${i}` }, en: { name: `Topic ${i}` } } }, systemActor)
}

export async function makeAuthor(services: Services) {
  const i = ++n
  return services.taxonomy.createAuthor({ names: { uk: { name: `Автор ${i}` }, en: { name: `Author ${i}` } } }, systemActor)
}

/** A newsroom user of `role` (e-mail and name from the role) as the actor of service calls. */
export async function makeActor(services: Services, role: 'author' | 'editor' | 'translator' | 'admin'): Promise<Actor> {
  const user = await services.users.createUser(
    { email: `${role}@example.org`, name: `${role} name`, role, password: 'a long enough password' },
    systemActor,
  )
  return { userId: user.id, role, locales: [] }
}
