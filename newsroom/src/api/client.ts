/**
 * The one way the app talks to /api/admin/v1: same-origin JSON with the session cookie, the
 * CSRF token on every change, and errors as ApiError with the server's (translated) message.
 */
export const API_BASE = '/api/admin/v1'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message)
  }
}

let csrfToken: string | null = null
let acceptLanguage = 'uk'
const unauthenticatedListeners = new Set<() => void>()

export const setCsrfToken = (token: string | null) => {
  csrfToken = token
}
export const setApiLocale = (locale: string) => {
  acceptLanguage = locale
}
/** Called whenever the server says the session is gone (401), wherever in the app it happened. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener)
  return () => unauthenticatedListeners.delete(listener)
}

export type Query = Record<string, string | number | boolean | undefined | null>

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v))
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

/** The headers every request sends; a change also carries the CSRF token. */
export function requestHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': acceptLanguage }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken
  return headers
}

type ErrorBody = { error?: { code?: string; message?: string; params?: ApiError['params'] } } | null

/** The ApiError for a refused request, telling every listener when it means the session is gone. */
export function refusal(status: number, json: ErrorBody, statusText: string, { signingIn = false } = {}): ApiError {
  const err = json?.error
  const error = new ApiError(status, err?.code ?? `http_${status}`, err?.message ?? statusText, err?.params ?? {})
  if (status === 401 && !signingIn) for (const listener of unauthenticatedListeners) listener()
  return error
}

async function request<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
  const headers = requestHeaders(method)
  if (body !== undefined) headers['content-type'] = 'application/json'
  let res: Response
  try {
    res = await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
  } catch {
    throw new ApiError(0, 'network', '')
  }
  if (res.status === 204) return undefined as T
  const json = (await res.json().catch(() => null)) as ErrorBody
  if (!res.ok) {
    const error = refusal(res.status, json, res.statusText, { signingIn: method === 'POST' && path === '/session' })
    // Signing in again in another tab gives the session a new token; fetch it once and retry,
    // rather than refusing a save the person is entitled to.
    if (res.status === 403 && error.code === 'csrf_failed' && !retried && (await refreshCsrfToken()))
      return request<T>(method, path, body, true)
    throw error
  }
  return json as T
}

export async function refreshCsrfToken(): Promise<boolean> {
  try {
    const session = await request<{ csrfToken: string }>('GET', '/session', undefined, true)
    csrfToken = session.csrfToken
    return true
  } catch {
    return false
  }
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
}
