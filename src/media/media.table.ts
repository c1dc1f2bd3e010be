import type { Generated, Selectable } from 'kysely'

export interface MediaTable {
  id: string
  kind: string
  original_name: string
  mime_type: string
  width: number
  height: number
  bytes: number
  storage_key: string
  variants: Generated<string>
  credit: Generated<string>
  source: Generated<string>
  focal_x: Generated<number>
  focal_y: Generated<number>
  created_by: string | null
  created_at: string
  updated_at: string
  /** Folded name, credit, source, captions and alt texts for the library's search (src/search/fold.ts). */
  search_key: Generated<string>
}
export interface MediaLocaleTable {
  media_id: string
  locale: string
  caption: Generated<string>
  alt: Generated<string>
}
export type MediaRow = Selectable<MediaTable>
export type MediaLocaleRow = Selectable<MediaLocaleTable>
