import sharp, { type Metadata } from 'sharp'
import { Invalid } from '../errors.js'
import type { VariantFormat } from './media.types.js'

export const VARIANT_WIDTHS = [480, 800, 1200, 1600] as const
export const VARIANT_FORMATS: readonly VariantFormat[] = ['avif', 'webp', 'jpeg']
/** Refuse decompression bombs: nothing a newsroom uploads needs more. */
export const MAX_MEGAPIXELS = 50

const ACCEPTED: Record<string, { mime: string; ext: string }> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  heif: { mime: 'image/avif', ext: 'avif' },
}

export interface ProbedImage {
  mime: string
  ext: string
  /** Size after applying EXIF orientation, as readers see it. */
  width: number
  height: number
}

/** Reads an upload's real type from its content (never its name) and refuses what we can't serve. */
export async function probeImage(data: Buffer): Promise<ProbedImage> {
  let meta: Metadata
  try {
    meta = await sharp(data, { limitInputPixels: false }).metadata()
  } catch {
    throw new Invalid('image_unsupported')
  }
  const type = meta.format ? ACCEPTED[meta.format] : undefined
  if (!type || !meta.width || !meta.height) throw new Invalid('image_unsupported')
  if (meta.format === 'heif' && meta.compression !== 'av1') throw new Invalid('image_unsupported')
  if (meta.width * meta.height > MAX_MEGAPIXELS * 1_000_000) {
    throw new Invalid('image_too_large', { width: meta.width, height: meta.height, max: MAX_MEGAPIXELS })
  }
  const rotated = (meta.orientation ?? 1) >= 5
  return { ...type, width: rotated ? meta.height : meta.width, height: rotated ? meta.width : meta.height }
}

export interface EncodedVariant {
  format: VariantFormat
  width: number
  height: number
  data: Buffer
}

/**
 * Responsive variants at each standard width up to the original's, in AVIF, WebP and JPEG.
 * Orientation is applied and metadata (EXIF, GPS) dropped, since sharp writes none by default.
 */
export async function encodeVariants(data: Buffer, probed: ProbedImage): Promise<EncodedVariant[]> {
  const widths = [...new Set([...VARIANT_WIDTHS.filter((w) => w < probed.width), Math.min(probed.width, 1600)])]
  const source = sharp(data, { limitInputPixels: MAX_MEGAPIXELS * 1_000_000 }).rotate()
  const jobs = widths.flatMap((width) =>
    VARIANT_FORMATS.map(async (format): Promise<EncodedVariant> => {
      const pipeline = source.clone().resize({ width, withoutEnlargement: true })
      const encoded =
        format === 'avif'
          ? pipeline.avif({ quality: 55, effort: 2 })
          : format === 'webp'
            ? pipeline.webp({ quality: 78 })
            : pipeline.jpeg({ quality: 80, mozjpeg: true, progressive: true })
      const { data: out, info } = await encoded.toBuffer({ resolveWithObject: true })
      return { format, width: info.width, height: info.height, data: out }
    }),
  )
  return Promise.all(jobs)
}
