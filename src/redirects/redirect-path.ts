/**
 * The one form an old address is stored and looked up in, so `/2024/03/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B0/`,
 * `https://old.example/2024/03/новина` and `/2024//03/Новина` are the same redirect: the path
 * percent-decoded, NFC, lower case, `//` collapsed, no trailing slash (but `/`), no query or
 * fragment. WordPress's own addresses by number are the exception: `?p=12`, `?page_id=12` and
 * `?attachment_id=12` keep that one parameter (`/?p=12`), since the path alone is the home page.
 */

/** The longest normalised address kept (the column is text; this bounds what a request can make us look up). */
export const REDIRECT_PATH_MAX = 2000

/** WordPress's query parameters that name a post, a page or an attachment by number, in WordPress's own order. */
const WORDPRESS_ID_PARAMS = ['p', 'page_id', 'attachment_id'] as const

// C0 and C1 control characters and DEL: never part of an address anyone links to.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u

/** The normalised form of a path or an http(s) URL (only its path and query count); undefined when it can't be one. */
export function normaliseRedirectPath(raw: string): string | undefined {
  const input = raw.trim()
  // Percent-encoding triples a character's length: a longer input can't decode to a kept address.
  if (input === '' || input.length > REDIRECT_PATH_MAX * 3) return undefined
  const parts = splitAddress(input)
  if (!parts) return undefined
  let path: string
  try {
    path = decodeURIComponent(parts.path) // `+` is a plus in a path (only forms make it a space)
  } catch {
    return undefined // a malformed escape such as %E0%A4 or %zz
  }
  if (CONTROL.test(path)) return undefined
  path = path
    .normalize('NFC')
    .toLowerCase()
    .replace(/\/{2,}/g, '/')
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1)
  const normalised = path + wordpressIdQuery(parts.query)
  return normalised.length <= REDIRECT_PATH_MAX ? normalised : undefined
}

/** The raw (still encoded) path and query of a site path or an absolute http(s) URL. */
function splitAddress(input: string): { path: string; query: string } | undefined {
  if (/^https?:\/\//i.test(input)) {
    let url: URL
    try {
      url = new URL(input)
    } catch {
      return undefined
    }
    return { path: url.pathname, query: url.search.slice(1) }
  }
  if (!input.startsWith('/')) return undefined
  const withoutFragment = input.split('#', 1)[0] as string
  const q = withoutFragment.indexOf('?')
  return q === -1 ? { path: withoutFragment, query: '' } : { path: withoutFragment.slice(0, q), query: withoutFragment.slice(q + 1) }
}

/** `?p=12` (or page_id, attachment_id) when the query names a WordPress item by number; '' otherwise. */
function wordpressIdQuery(query: string): string {
  if (!query) return ''
  const params = new URLSearchParams(query)
  for (const name of WORDPRESS_ID_PARAMS) {
    const value = params.get(name)
    // WordPress reads the number as an integer: ?p=012 is post 12.
    if (value && /^\d{1,18}$/.test(value)) return `?${name}=${BigInt(value).toString()}`
  }
  return ''
}

/** Whether the query string names a WordPress item by number: only then is the home page asked for a redirect. */
export const hasWordpressIdQuery = (query: Record<string, unknown>): boolean => WORDPRESS_ID_PARAMS.some((name) => name in query)
