import type { Services } from '../services.js'
import type { Actor, Role } from '../shared/roles.js'
import type { DemoLocale } from './content.types.js'
import type { DemoIds } from './markup.js'

export const HOUR = 3_600_000

/** The seed's own clock: it walks through the past weeks so revisions and publications read in order. */
export interface SeedRun {
  services: Services
  locales: DemoLocale[]
  now: Date
  setTime(at: Date): void
  step(what: string): void
}

/** Ids the seed has made, by demo key, and the demo accounts as actors by role. */
export interface Refs {
  topicIds: Map<string, string>
  authorIds: Map<string, string>
  mediaIds: Map<string, string>
}

export type DemoActors = Record<Role, Actor>

export const need = (map: Map<string, string>, key: string): string => {
  const id = map.get(key)
  if (!id) throw new Error(`The demo content names an unknown key: ${key}`)
  return id
}

export const demoIds = (storyIds: Map<string, string>, topicIds: Map<string, string>): DemoIds => ({
  story: (key) => need(storyIds, key),
  topic: (key) => need(topicIds, key),
})
