import type { StoryVersion } from '../api/types.js'
import { useCursorPages } from '../api/useCursorPages.js'

/** Filters of GET /story-versions as the desk sends them; an empty or missing value is left out. */
export type VersionFilters = Record<string, string | undefined>

/** Pages of GET /story-versions for one desk list, ten at a time (useCursorPages). */
export function useVersionPages(filters: VersionFilters, words: string) {
  const { items, error, loading, hasMore, more } = useCursorPages<StoryVersion>('/story-versions', filters, words, 10)
  return { items, error, loading, hasMore, more }
}
