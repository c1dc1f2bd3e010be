import type { DemoStory } from '../content.types.js'
import { cultureStories } from './culture.js'
import { economyStories } from './economy.js'
import { politicsStories } from './politics.js'
import { sportStories } from './sport.js'

/** All demo stories; `key` links them to each other. */
export const demoStories: DemoStory[] = [...politicsStories, ...economyStories, ...cultureStories, ...sportStories]
