import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef, useState } from 'react'
import { useI18n } from '../i18n/i18n.js'
import { errorMessage } from '../ui/error-message.js'
import { ApiError, api, type Query } from './client.js'
import type { Page } from './types.js'

/**
 * Cursor pages of one admin API list (the desk's lists, the media library): the first page again
 * whenever the query changes (after the typist pauses, for the words typed), then "more" follows
 * the API's cursor. An answer that arrives after the query changed is dropped; an item already
 * listed (one just uploaded, say) is not listed twice.
 */
export function useCursorPages<T extends { id: string }>(
  path: string,
  query: Query,
  words: string,
  limit: number,
): {
  items: T[]
  setItems: Dispatch<SetStateAction<T[]>>
  error: string | null
  loading: boolean
  hasMore: boolean
  more: () => void
} {
  const { t } = useI18n()
  const [items, setItems] = useState<T[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  // The query arrives as a fresh object each render; its content is what decides a reload.
  const key = JSON.stringify(query)
  const latest = useRef(0)

  const load = useCallback(
    async (after: string | null) => {
      const request = ++latest.current
      setLoading(true)
      try {
        const page = await api.get<Page<T>>(path, { ...(JSON.parse(key) as Query), q: words.trim(), limit, cursor: after })
        if (request !== latest.current) return // the query changed meanwhile: a newer answer is on its way
        setItems((prev) => (after ? [...prev, ...page.items.filter((item) => !prev.some((p) => p.id === item.id))] : page.items))
        setCursor(page.nextCursor)
        setError(null)
      } catch (err) {
        if (request === latest.current && err instanceof ApiError) setError(errorMessage(err, t))
      } finally {
        if (request === latest.current) setLoading(false)
      }
    },
    [path, key, words, limit, t],
  )

  useEffect(() => {
    // Typing asks the server once the typist pauses, not on every key.
    const timer = setTimeout(() => void load(null), words ? 250 : 0)
    return () => clearTimeout(timer)
  }, [load, words])

  return { items, setItems, error, loading, hasMore: cursor !== null, more: () => void load(cursor) }
}
