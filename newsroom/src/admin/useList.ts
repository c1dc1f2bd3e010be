import { useCallback, useEffect, useState } from 'react'
import { ApiError, api, type Query } from '../api/client.js'
import { useI18n } from '../i18n/i18n.js'
import { errorMessage } from '../ui/error-message.js'

/** The text to show for a refused request: the server's message, or a generic one for a bug on our side. */
export function useProblem(): (err: unknown, code: string) => string {
  const { t } = useI18n()
  return useCallback(
    (err: unknown, code: string) => (err instanceof ApiError ? errorMessage(err, t) : t('error.unexpected', { code })),
    [t],
  )
}

/**
 * A whole list from the admin API (topics of a kind, authors, accounts: dozens to a few
 * thousand, so one request and filtering in the browser), with its loading error. An empty
 * path loads nothing (a list the viewer may not read).
 */
export function useList<T>(path: string, query?: Query) {
  const problem = useProblem()
  const [items, setItems] = useState<T[]>([])
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const key = JSON.stringify(query ?? {})
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is compared by its JSON (key), not by identity
  useEffect(() => {
    let live = true
    if (!path) {
      setLoading(false)
      return
    }
    setLoading(true)
    api
      .get<T[]>(path, query)
      .then((list) => {
        if (!live) return
        setItems(list)
        setError(null)
      })
      .catch((err) => live && setError(problem(err, 'list')))
      .finally(() => live && setLoading(false))
    return () => {
      live = false
    }
  }, [path, key, problem])
  return { items, setItems, error, loading }
}

/** Whether an item has a name or slug containing every word typed, in any language, ignoring case. */
export function matches(names: Record<string, { name: string; slug: string }>, q: string): boolean {
  const words = q.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const text = Object.values(names)
    .map((n) => `${n.name} ${n.slug}`)
    .join(' ')
    .toLocaleLowerCase()
  return words.every((w) => text.includes(w))
}
