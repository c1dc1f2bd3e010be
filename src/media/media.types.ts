import type { Timestamp } from '../db/time.js'

export type VariantFormat = 'avif' | 'webp' | 'jpeg'

export interface MediaVariant {
  format: VariantFormat
  width: number
  height: number
  key: string
  bytes: number
}

/** Caption and alt text in one language; credit and source are shared by all. */
export interface MediaText {
  caption: string
  alt: string
}

export interface Media {
  id: string
  kind: 'image'
  originalName: string
  mimeType: string
  width: number
  height: number
  bytes: number
  storageKey: string
  variants: MediaVariant[]
  credit: string
  source: string
  focalX: number
  focalY: number
  texts: Record<string, MediaText>
  createdBy: string | null
  createdAt: Timestamp
  updatedAt: Timestamp
}
