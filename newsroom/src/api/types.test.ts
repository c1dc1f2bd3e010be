import { describe, expectTypeOf, it } from 'vitest'
import type { Account, Media, PendingChange, Revision, Role, Story, StoryVersion, Topic, TopicKind, VersionStatus } from './types.js'

// Checked when the app is type-checked (npm run typecheck): a schema change on the server that the
// app doesn't follow fails here, not in a newsroom screen at run time.
describe('the app’s API types', () => {
  it('derive from the server’s response schemas', () => {
    expectTypeOf<Story['sectionId']>().toEqualTypeOf<string | null>()
    expectTypeOf<Story['topicIds']>().toEqualTypeOf<string[]>()
    expectTypeOf<Story['isBreaking']>().toEqualTypeOf<boolean>()
    expectTypeOf<StoryVersion['status']>().toEqualTypeOf<VersionStatus>()
    expectTypeOf<StoryVersion['revision']>().toEqualTypeOf<number>()
    expectTypeOf<StoryVersion['sourceRevision']>().toEqualTypeOf<number | null>()
    expectTypeOf<PendingChange['savedByName']>().toEqualTypeOf<string | null>()
    expectTypeOf<Revision['authorName']>().toEqualTypeOf<string | null>()
    expectTypeOf<Topic['kind']>().toEqualTypeOf<TopicKind>()
    expectTypeOf<Topic['names'][string]['slug']>().toEqualTypeOf<string>()
    expectTypeOf<Account['role']>().toEqualTypeOf<Role>()
    expectTypeOf<Media['variants'][number]['format']>().toEqualTypeOf<'avif' | 'webp' | 'jpeg'>()
    expectTypeOf<Media['texts'][string]['alt']>().toEqualTypeOf<string>()
  })
})
