import { describe, expect, it } from 'vitest'
import { hrefFor, parseRoute, type Route } from './router.js'

describe('the newsroom’s addresses', () => {
  it('reads back every screen’s address as that screen', () => {
    const routes: Route[] = [
      { name: 'desk' },
      { name: 'newStory' },
      { name: 'media' },
      { name: 'topics' },
      { name: 'authors' },
      { name: 'users' },
      { name: 'integrations' },
      { name: 'pages' },
      { name: 'redirects' },
      { name: 'story', storyId: 'abcdefghijk1', locale: 'en' },
    ]
    for (const route of routes) expect(parseRoute(hrefFor(route)), route.name).toEqual(route)
  })

  it('gives the taxonomy, authors and accounts screens their own addresses, and anything else is not found', () => {
    expect(hrefFor({ name: 'topics' })).toBe('/newsroom/topics')
    expect(hrefFor({ name: 'authors' })).toBe('/newsroom/authors')
    expect(hrefFor({ name: 'users' })).toBe('/newsroom/users')
    expect(hrefFor({ name: 'redirects' })).toBe('/newsroom/redirects')
    expect(parseRoute('/newsroom/users/extra')).toEqual({ name: 'notFound' })
  })
})
