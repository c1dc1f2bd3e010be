import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react'

/** The app lives under /newsroom/; routes are paths below it, kept in the address bar with the History API. */
export const BASE = '/newsroom'

export type Route =
  | { name: 'desk' }
  | { name: 'newStory' }
  | { name: 'media' }
  | { name: 'topics' }
  | { name: 'authors' }
  | { name: 'users' }
  | { name: 'integrations' }
  | { name: 'pages' }
  | { name: 'redirects' }
  | { name: 'story'; storyId: string; locale: string }
  | { name: 'notFound' }

const ID = '([0-9a-z]{12})'

export function parseRoute(pathname: string): Route {
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname
  if (path === '' || path === '/') return { name: 'desk' }
  if (path === '/stories/new') return { name: 'newStory' }
  if (path === '/media') return { name: 'media' }
  if (path === '/topics') return { name: 'topics' }
  if (path === '/authors') return { name: 'authors' }
  if (path === '/users') return { name: 'users' }
  if (path === '/integrations') return { name: 'integrations' }
  if (path === '/pages') return { name: 'pages' }
  if (path === '/redirects') return { name: 'redirects' }
  const story = new RegExp(`^/stories/${ID}/([a-z]{2,3}(?:-[A-Za-z]{2,4})?)$`).exec(path)
  if (story?.[1] && story[2]) return { name: 'story', storyId: story[1], locale: story[2] }
  return { name: 'notFound' }
}

export const hrefFor = (route: Route): string => {
  switch (route.name) {
    case 'desk':
    case 'notFound':
      return `${BASE}/`
    case 'newStory':
      return `${BASE}/stories/new`
    case 'media':
    case 'topics':
    case 'authors':
    case 'users':
    case 'integrations':
    case 'pages':
    case 'redirects':
      return `${BASE}/${route.name}`
    case 'story':
      return `${BASE}/stories/${route.storyId}/${route.locale}`
  }
}

export function navigate(route: Route): void {
  history.pushState(null, '', hrefFor(route))
  dispatchEvent(new PopStateEvent('popstate'))
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname))
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname))
    addEventListener('popstate', update)
    return () => removeEventListener('popstate', update)
  }, [])
  return route
}

/** A real link (open in a new tab works) that navigates inside the app on a plain click. */
export function Link({ to, ...rest }: { to: Route } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    navigate(to)
  }
  return <a href={hrefFor(to)} onClick={onClick} {...rest} />
}
