import type { Metadata, OutputInfo } from 'sharp'
import { Invalid } from '../errors.js'
import { packages } from '../packages-on-use.js'
import { inImageTurn } from './image-work.js'
import type { VariantFormat } from './media.types.js'

export const VARIANT_WIDTHS = [480, 800, 1200, 1600] as const
export const VARIANT_FORMATS: readonly VariantFormat[] = ['avif', 'webp', 'jpeg']
/** Refuse decompression bombs: nothing a newsroom uploads needs more. */
export const MAX_MEGAPIXELS = 50
/**
 * Each side is limited too: a 100,000 × 400 strip is within the pixel count yet decodes into
 * buffers sized by its width. 12,000 px takes any camera up to 50 MP and a 3:1 panorama.
 */
export const MAX_IMAGE_WIDTH = 12_000
export const MAX_IMAGE_HEIGHT = 12_000

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

/** Reads an upload's real type from its content (never its name) and refuses what we can't serve. A string is a local file's path. */
export async function probeImage(data: Buffer | string): Promise<ProbedImage> {
  let meta: Metadata
  try {
    meta = await packages.sharp()(data, { limitInputPixels: false }).metadata()
  } catch {
    throw new Invalid('image_unsupported')
  }
  const type = meta.format ? ACCEPTED[meta.format] : undefined
  if (!type || !meta.width || !meta.height) throw new Invalid('image_unsupported')
  if (meta.format === 'heif' && meta.compression !== 'av1') throw new Invalid('image_unsupported')
  if (meta.width > MAX_IMAGE_WIDTH) throw new Invalid('image_too_wide', { width: meta.width, max: MAX_IMAGE_WIDTH })
  if (meta.height > MAX_IMAGE_HEIGHT) throw new Invalid('image_too_tall', { height: meta.height, max: MAX_IMAGE_HEIGHT })
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
 * Runs in the process's image queue; a file whose data is damaged (cut short, corrupt) is refused.
 */
export function encodeVariants(data: Buffer | string, probed: ProbedImage): Promise<EncodedVariant[]> {
  return inImageTurn(async () => {
    const largest = await decodeLargest(data, Math.min(probed.width, VARIANT_WIDTHS.at(-1) as number))
    const widths = [...new Set([...VARIANT_WIDTHS.filter((w) => w < probed.width), largest.info.width])]
    const variants: EncodedVariant[] = []
    // One at a time: each encoder (AVIF above all) has its own working memory.
    for (const width of widths) for (const format of VARIANT_FORMATS) variants.push(await encodeVariant(largest, width, format))
    return variants
  })
}

type Decoded = { data: Buffer; info: OutputInfo }

/**
 * Decodes the upload once, straight into the largest variant's size (JPEG shrinks while it
 * decodes; other formats stream line by line), so the full-size pixels are never held at once
 * and never decoded again for each variant.
 */
async function decodeLargest(data: Buffer | string, width: number): Promise<Decoded> {
  // 'truncated': missing data is refused; the harmless warnings some cameras' JPEGs raise are not.
  try {
    return await packages
      .sharp()(data, { limitInputPixels: MAX_MEGAPIXELS * 1_000_000, failOn: 'truncated' })
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch {
    throw new Invalid('image_damaged')
  }
}

async function encodeVariant(source: Decoded, width: number, format: VariantFormat): Promise<EncodedVariant> {
  const { width: w, height: h, channels } = source.info
  const pipeline = packages
    .sharp()(source.data, { raw: { width: w, height: h, channels } })
    .resize({ width, withoutEnlargement: true })
  const encoded =
    format === 'avif'
      ? pipeline.avif({ quality: 55, effort: 2 })
      : format === 'webp'
        ? pipeline.webp({ quality: 78 })
        : pipeline.jpeg({ quality: 80, mozjpeg: true, progressive: true })
  const { data: out, info } = await encoded.toBuffer({ resolveWithObject: true })
  return { format, width: info.width, height: info.height, data: out }
}
