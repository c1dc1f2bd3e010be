import { describe, expect, it } from 'vitest'
import type { Media } from '../api/types.js'
import { formatBytes, mediaName, variantFor } from './media-labels.js'

const media = (over: Partial<Media> = {}): Media => ({
  id: 'abc123def456',
  originalName: 'IMG_0042.jpg',
  mimeType: 'image/jpeg',
  width: 1000,
  height: 600,
  bytes: 250_000,
  credit: '',
  source: '',
  focalX: 0.5,
  focalY: 0.5,
  texts: {},
  variants: [480, 800, 1000].flatMap((width) =>
    (['avif', 'webp', 'jpeg'] as const).map((format) => ({
      format,
      width,
      height: Math.round((width * 600) / 1000),
      key: `v/abc123def456/${width}.${format === 'jpeg' ? 'jpg' : format}`,
      bytes: width * 40,
    })),
  ),
  createdBy: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...over,
})

describe('how the media library names and shows an image', () => {
  it('names an image by its alt text in the interface language, then any caption or alt text, then its file name', () => {
    expect(mediaName(media({ texts: { uk: { alt: 'Міст', caption: 'Підпис' }, en: { alt: 'Bridge', caption: '' } } }), 'en')).toBe('Bridge')
    expect(mediaName(media({ texts: { uk: { alt: '', caption: 'Підпис' } } }), 'uk')).toBe('Підпис')
    expect(mediaName(media({ texts: { ru: { alt: 'Мост', caption: '' } } }), 'en')).toBe('Мост')
    expect(mediaName(media(), 'uk')).toBe('IMG_0042.jpg')
  })

  it('shows the JPEG nearest above the width wanted, or the widest there is', () => {
    expect(variantFor(media(), 320)?.key).toBe('v/abc123def456/480.jpg')
    expect(variantFor(media(), 801)?.key).toBe('v/abc123def456/1000.jpg')
    expect(variantFor(media(), 2000)?.key).toBe('v/abc123def456/1000.jpg')
    expect(variantFor(media(), 320, 'avif')?.key).toBe('v/abc123def456/480.avif')
    expect(variantFor(media({ variants: [] }), 320, 'webp')).toBeUndefined()
  })

  it('writes file sizes in kilobytes or megabytes', () => {
    expect(formatBytes(250_000, 'en')).toBe('244 kB')
    expect(formatBytes(3 * 1024 * 1024 + 300_000, 'en')).toBe('3.3 MB')
  })
})
