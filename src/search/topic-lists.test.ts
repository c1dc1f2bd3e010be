import { describe, expect, it } from 'vitest'
import { createTopicLists, type TopicList } from './topic-lists.js'

const list = (...ids: string[]): TopicList => ({
  size: ids.length,
  newest: ids.map((id) => ({ id, storyId: `s-${id}`, publishedAt: null })),
})

describe('topic lists remembered for "read also"', () => {
  it('keeps a list per topic and language until its topic changes, in every language at once', () => {
    const lists = createTopicLists(() => 0)
    lists.set('war', 'uk', list('a'), lists.begin())
    lists.set('war', 'en', list('b'), lists.begin())
    lists.set('culture', 'uk', list('c'), lists.begin())
    expect(lists.get('war', 'uk')).toEqual(list('a'))
    expect(lists.get('war', 'ru')).toBeUndefined()
    lists.forget(['war'])
    expect(lists.get('war', 'uk')).toBeUndefined()
    expect(lists.get('war', 'en')).toBeUndefined()
    expect(lists.get('culture', 'uk')).toEqual(list('c'))
  })

  it('does not keep a list whose read began before its topic changed, nor one begun before everything was forgotten', () => {
    const lists = createTopicLists(() => 0)
    const raced = lists.begin()
    lists.forget(['war'])
    lists.set('war', 'uk', list('stale'), raced)
    expect(lists.get('war', 'uk')).toBeUndefined()
    // Another topic's read is unaffected by that change.
    lists.set('culture', 'uk', list('c'), raced)
    expect(lists.get('culture', 'uk')).toEqual(list('c'))

    const beforeClear = lists.begin()
    lists.clear()
    expect(lists.get('culture', 'uk')).toBeUndefined()
    lists.set('sport', 'uk', list('stale'), beforeClear)
    expect(lists.get('sport', 'uk')).toBeUndefined()
    lists.set('sport', 'uk', list('fresh'), lists.begin())
    expect(lists.get('sport', 'uk')).toEqual(list('fresh'))
  })

  it('reads a list again after a minute, as an embargo lifting makes no event', () => {
    let now = 0
    const lists = createTopicLists(() => now)
    lists.set('war', 'uk', list('a'), lists.begin())
    now = 59_999
    expect(lists.get('war', 'uk')).toEqual(list('a'))
    now = 60_000
    expect(lists.get('war', 'uk')).toBeUndefined()
  })

  it('holds at most 20,000 lists, the least recently kept going first', () => {
    const lists = createTopicLists(() => 0)
    for (let i = 0; i <= 20_000; i++) lists.set(`t${i}`, 'uk', list(`a${i}`), lists.begin())
    expect(lists.get('t0', 'uk')).toBeUndefined()
    expect(lists.get('t1', 'uk')).toEqual(list('a1'))
    expect(lists.get('t20000', 'uk')).toEqual(list('a20000'))
    // A change still forgets exactly its topic's lists, in every language, when the map is full.
    lists.set('t2', 'en', list('b2'), lists.begin())
    lists.forget(['t2', 't0'])
    expect(lists.get('t2', 'uk')).toBeUndefined()
    expect(lists.get('t2', 'en')).toBeUndefined()
    expect(lists.get('t3', 'uk')).toEqual(list('a3'))
  })
})
