import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, api } from '../api/client.js'
import type { Page, StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { errorMessage } from '../ui/error-message.js'

/** Filters of GET /story-versions as the desk sends them; an empty or missing value is left out. */
export type VersionFilters = Record<string, string | undefined>

/**
 * Pages of GET /story-versions for one desk list: the first page again whenever the filters
 * change (after the typist pauses, for the word filter), then "more" follows the API's cursor.
 */
export function useVersionPages(filters: VersionFilters, words: string) {
  const { t } = useI18n()
  const [items, setItems] = useState<StoryVersion[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  // The filters arrive as a fresh object each render; their content is what decides a reload.
  const key = JSON.stringify(filters)
  const latest = useRef(0)

  const load = useCallback(
    async (after: string | null) => {
      const request = ++latest.current
      setLoading(true)
      try {
        const page = await api.get<Page<StoryVersion>>('/story-versions', {
          ...(JSON.parse(key) as VersionFilters),
          q: words.trim(),
          limit: 10,
          cursor: after,
        })
        if (request !== latest.current) return // the filters changed meanwhile: a newer answer is on its way
        setItems((prev) => (after ? [...prev, ...page.items] : page.items))
        setCursor(page.nextCursor)
        setError(null)
      } catch (err) {
        if (request === latest.current && err instanceof ApiError) setError(errorMessage(err, t))
      } finally {
        if (request === latest.current) setLoading(false)
      }
    },
    [key, words, t],
  )

  useEffect(() => {
    // Typing in the filter asks the server once the typist pauses, not on every key.
    const timer = setTimeout(() => void load(null), words ? 250 : 0)
    return () => clearTimeout(timer)
  }, [load, words])

  return { items, error, loading, hasMore: cursor !== null, more: () => void load(cursor) }
}
