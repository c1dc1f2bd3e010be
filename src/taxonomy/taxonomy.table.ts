import type { Generated, Selectable } from 'kysely'

export interface TopicTable {
  id: string
  kind: string
  position: Generated<number>
  created_at: string
  updated_at: string
}
export interface TopicLocaleTable {
  topic_id: string
  locale: string
  kind: string
  name: string
  slug: string
  description: Generated<string>
}
export interface AuthorTable {
  id: string
  user_id: string | null
  created_at: string
  updated_at: string
}
export interface AuthorLocaleTable {
  author_id: string
  locale: string
  name: string
  slug: string
  bio: Generated<string>
}
export type TopicRow = Selectable<TopicTable>
export type TopicLocaleRow = Selectable<TopicLocaleTable>
export type AuthorRow = Selectable<AuthorTable>
export type AuthorLocaleRow = Selectable<AuthorLocaleTable>
