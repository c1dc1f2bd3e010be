import { api } from './client.js'
import type { RichTextDoc, Story, StoryVersion, StoryWithVersions, VersionStatus } from './types.js'

/** Stories and their language versions in the admin API. */

export interface ContentChange {
  headline?: string
  slug?: string
  lead?: string
  body?: RichTextDoc
  seoTitle?: string
  seoDescription?: string
  embargoUntil?: string | null
}

export const getStory = (id: string) => api.get<StoryWithVersions>(`/stories/${id}`)

export const createStory = (input: { locale: string; headline: string } & Record<string, unknown>) =>
  api.post<StoryWithVersions>('/stories', input)

/** The shared fields, if nobody changed them since `expectedUpdatedAt` (else 409 with theirs). */
export const updateStory = (id: string, change: { expectedUpdatedAt: string } & Record<string, unknown>) =>
  api.put<Story>(`/stories/${id}`, change)

/** Saves an edit made against `expectedRevision` (409 when someone saved since). */
export const saveVersion = (id: string, change: ContentChange & { expectedRevision: number; sourceRevision?: number; note?: string }) =>
  api.put<StoryVersion>(`/story-versions/${id}`, change)

export const restoreRevision = (id: string, number: number, expectedRevision: number) =>
  api.post<StoryVersion>(`/story-versions/${id}/restore`, { number, expectedRevision })

export const moveVersion = (id: string, to: VersionStatus, at?: string) =>
  api.post<StoryVersion>(`/story-versions/${id}/transitions`, { to, ...(at && { at }) })

/** Approves (`approve`) or drops (`pending/discard`) the edit waiting on a live version. */
export const reviewPending = (id: string, action: 'approve' | 'pending/discard', expectedRevision: number) =>
  api.post<StoryVersion>(`/story-versions/${id}/${action}`, { expectedRevision })

export const createTranslation = (storyId: string, sourceLocale: string, targetLocale: string) =>
  api.post<StoryVersion>(`/stories/${storyId}/translations`, { sourceLocale, targetLocale })
