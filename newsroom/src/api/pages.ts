import { api } from './client.js'
import type { StoryWithVersions } from './types.js'

/** Pages (About us, Contacts…) in the admin API: a kind of story with its own address and a place in the footer. */

export const listPages = () => api.get<StoryWithVersions[]>('/pages')
export const createPage = (locale: string, headline: string) => api.post<StoryWithVersions>('/stories', { kind: 'page', locale, headline })
export const orderPages = (ids: string[]) => api.put<{ ids: string[] }>('/pages/order', { ids })
