import { api } from './client.js'
import type { Redirect } from './types.js'

/** Redirects in the admin API (editors and admins); the list pages through GET /redirects with useCursorPages. */

/** Where a redirect leads, as the API takes it: a story or page and its language, or a URL. */
export type RedirectTargetInput = { storyId: string; locale: string } | { url: string }

export const createRedirect = (fromPath: string, target: RedirectTargetInput) => api.post<Redirect>('/redirects', { fromPath, target })
export const updateRedirect = (id: string, change: { fromPath?: string; target?: RedirectTargetInput }) =>
  api.patch<Redirect>(`/redirects/${id}`, change)
export const deleteRedirect = (id: string) => api.delete(`/redirects/${id}`)
