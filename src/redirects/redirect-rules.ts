import { Invalid } from '../errors.js'
import { ID_LENGTH, isId } from '../ids.js'
import type { LocaleSettings } from '../shared/locales.js'
import { normaliseRedirectPath, REDIRECT_PATH_MAX } from './redirect-path.js'

/** First path words the site always answers itself, whatever the content: a redirect there would never be asked for. */
const SITE_WORDS = new Set(['api', 'newsroom', 'media', 'assets', 'health', 'ready', 'sitemaps', 'robots.txt', 'sitemap.xml'])
/** The same under every language's prefix. */
const LANGUAGE_WORDS = new Set(['search', 'feed'])

/** An old address as a person typed it, normalised; Invalid when it can't be one. */
export function checkFromPath(raw: string): string {
  const path = normaliseRedirectPath(raw)
  if (!path) throw new Invalid('redirect_path_invalid', { path: raw.trim().slice(0, 200), max: REDIRECT_PATH_MAX })
  return path
}

/** Where a normalised address would be served: its language, and its path words after the language's prefix. */
export function addressParts(site: LocaleSettings, fromPath: string): { locale: string; words: string[]; query: string } {
  const [path = '/', query = ''] = fromPath.split('?', 2)
  const words = path.split('/').filter((w) => w !== '')
  const prefixed = words[0] !== undefined && words[0] !== site.defaultLocale && site.locales.includes(words[0])
  return prefixed ? { locale: words[0] as string, words: words.slice(1), query } : { locale: site.defaultLocale, words, query }
}

/** Whether the site itself always answers the address (home pages, APIs, the newsroom, media, search, feeds). */
export function isSiteAddress(site: LocaleSettings, fromPath: string): boolean {
  if (SITE_WORDS.has(fromPath.split(/[/?]/)[1] ?? '')) return true
  const { words, query } = addressParts(site, fromPath)
  // A home page with `?p=12` is WordPress's address of a post: the home route asks for its redirect.
  if (words.length === 0) return query === ''
  return LANGUAGE_WORDS.has(words[0] as string)
}

/** The story id a `/news/<slug>-<id>` (or `/news/<id>`) address names, if it is one. */
export function storyIdOfAddress(words: readonly string[]): string | undefined {
  if (words.length !== 2 || words[0] !== 'news') return undefined
  const slugId = words[1] as string
  const id = slugId.slice(-ID_LENGTH)
  if (!isId(id) || (slugId.length > ID_LENGTH && slugId[slugId.length - ID_LENGTH - 1] !== '-')) return undefined
  return id
}

const CONTROL_OR_SPACE = /[\s\u0000-\u001f\u007f-\u009f]/u
const URL_MAX = 2000

/**
 * A redirect's URL: an http(s) URL, or a path of this site starting with `/`, stored encoded (the
 * Location header carries it as it is). `//host` and `/\host` are refused: browsers read both as
 * another site.
 */
export function checkTargetUrl(raw: string): string {
  const value = raw.trim()
  const refuse = () => new Invalid('redirect_url_invalid', { url: value.slice(0, 200) })
  if (value === '' || value.length > URL_MAX || CONTROL_OR_SPACE.test(value) || value.includes('\\')) throw refuse()
  if (value.startsWith('/')) {
    if (value.startsWith('//')) throw refuse()
    const url = new URL(value, 'http://site.invalid')
    return url.pathname + url.search + url.hash
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw refuse()
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) throw refuse()
  return url.href
}

/** The site path of a URL target (`/about`), or undefined for another site's URL. */
export const sitePathOf = (url: string): string | undefined => (url.startsWith('/') ? url : undefined)
