import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import sharp from 'sharp'
import { PROJECT_ROOT } from '../project-root.js'

export interface StaticAsset {
  path: string
  body: Buffer
  contentType: string
  /** Compressed once at start, for text assets. */
  br?: Buffer
  gzip?: Buffer
}

export interface SiteAssets {
  css: StaticAsset
  logo: StaticAsset
}

const fingerprint = (body: Buffer) => createHash('sha256').update(body).digest('hex').slice(0, 12)

// The mark: a blue tile with a white "V". Drawn as shapes, so no font is needed to make it.
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="#0a4fa0"/><polygon points="116,120 186,120 256,322 326,120 396,120 292,400 220,400" fill="#fff"/></svg>`

/** The stylesheet and the logo, served under content hashes so browsers and CDNs may keep them forever. */
export async function loadSiteAssets(): Promise<SiteAssets> {
  const css = readFileSync(join(PROJECT_ROOT, 'src', 'site', 'assets', 'site.css'))
  const logo = await sharp(Buffer.from(LOGO_SVG)).png().toBuffer()
  return {
    css: {
      path: `/assets/site.${fingerprint(css)}.css`,
      body: css,
      contentType: 'text/css; charset=utf-8',
      br: brotliCompressSync(css, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(css, { level: 9 }),
    },
    logo: { path: `/assets/logo.${fingerprint(logo)}.png`, body: logo, contentType: 'image/png' },
  }
}
