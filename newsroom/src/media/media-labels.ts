import type { Media, MediaVariant } from '../api/types.js'

/** How the app names an image: its alt text in the interface's language, else any caption or alt text, else its file name. */
export function mediaName(media: Media, locale: string): string {
  const own = media.texts[locale]
  const any = Object.values(media.texts)
  return own?.alt || own?.caption || any.find((t) => t.alt)?.alt || any.find((t) => t.caption)?.caption || media.originalName || media.id
}

/**
 * The variant in `format` nearest above `width`, or the widest there is. JPEG by default: every
 * browser shows it, and the server makes one at each width.
 */
export function variantFor(media: Media, width: number, format: MediaVariant['format'] = 'jpeg'): MediaVariant | undefined {
  const sized = media.variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width)
  return sized.find((v) => v.width >= width) ?? sized.at(-1) ?? (format === 'jpeg' ? media.variants[0] : undefined)
}

export const mediaUrl = (v: MediaVariant) => `/media/${v.key}`

/** "2.4 MB", "380 KB" (in the interface's language: "380 кБ"): file sizes as people read them. */
export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes >= 1024 * 1024
  return new Intl.NumberFormat(locale, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
    mb ? bytes / 1024 / 1024 : Math.max(1, Math.round(bytes / 1024)),
  )
}
