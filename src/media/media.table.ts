import type { Selectable } from 'kysely'

export interface MediaTable {
  id: string
  kind: string
  original_name: string
  mime_type: string
  width: number
  height: number
  bytes: number
  storage_key: string
  variants: string
  credit: string
  source: string
  focal_x: number
  focal_y: number
  created_by: string | null
  created_at: string
  updated_at: string
}
export interface MediaLocaleTable {
  media_id: string
  locale: string
  caption: string
  alt: string
}
export type MediaRow = Selectable<MediaTable>
export type MediaLocaleRow = Selectable<MediaLocaleTable>
