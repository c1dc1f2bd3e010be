import { api } from './client.js'
import type { Media, MediaText } from './types.js'

/** The media library in the admin API (uploads: upload.ts). */

export const getMedia = (id: string) => api.get<Media>(`/media/${id}`)
export const updateMedia = (
  id: string,
  change: { texts?: Record<string, Partial<MediaText>>; credit?: string; source?: string; focalX?: number; focalY?: number },
) => api.put<Media>(`/media/${id}`, change)
export const deleteMedia = (id: string) => api.delete<void>(`/media/${id}`)
