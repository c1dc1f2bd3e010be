import { api } from './client.js'
import type { Author, Topic, TopicKind } from './types.js'

/** Sections, topics and authors in the admin API. Names go per language: { uk: { name, slug? }, … }. */
type Names = Record<string, { name: string; slug?: string }>

export const listTopics = (kind: TopicKind) => api.get<Topic[]>('/topics', { kind })
export const createTopic = (input: { kind: TopicKind; names: Names; position?: number }) => api.post<Topic>('/topics', input)
export const updateTopic = (id: string, change: { names?: Names; position?: number }) => api.put<Topic>(`/topics/${id}`, change)
export const mergeTopic = (id: string, into: string) => api.post<Topic>(`/topics/${id}/merge`, { into })
export const deleteTopic = (id: string) => api.delete<void>(`/topics/${id}`)

export const listAuthors = () => api.get<Author[]>('/authors')
export const createAuthor = (input: { names: Names; userId: string | null }) => api.post<Author>('/authors', input)
export const updateAuthor = (id: string, names: Names) => api.put<Author>(`/authors/${id}`, { names })
export const deleteAuthor = (id: string) => api.delete<void>(`/authors/${id}`)
