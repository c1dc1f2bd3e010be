import type { Timestamp } from '../db/time.js'

import { TOPIC_KINDS, type TopicKind } from '../shared/topic-kinds.js'

export { TOPIC_KINDS, type TopicKind }
export const isTopicKind = (v: unknown): v is TopicKind => typeof v === 'string' && (TOPIC_KINDS as readonly string[]).includes(v)

/** A topic's name, address part and description in one language. */
export interface TopicName {
  name: string
  slug: string
  description: string
}

/** A section, tag, person, organisation or place: one concept, named per language. */
export interface Topic {
  id: string
  kind: TopicKind
  position: number
  names: Record<string, TopicName>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface AuthorName {
  name: string
  slug: string
  bio: string
}

/** A byline, named per language; may belong to a user account. */
export interface Author {
  id: string
  userId: string | null
  names: Record<string, AuthorName>
  createdAt: Timestamp
  updatedAt: Timestamp
}

/** Names as a person sends them: the slug is made from the name when left out. */
export type NamesInput<T extends { slug: string }> = Record<string, Partial<T> & { name: string }>
