import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
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

/** Where the stylesheet and the logo are: `logo.png` is `logo.svg` (a blue tile with a white "V") as sharp renders it, kept as a file so no start loads sharp. */
const ASSETS = join(PROJECT_ROOT, 'src', 'site', 'assets')

/** The stylesheet and the logo, served under content hashes so browsers and CDNs may keep them forever. */
export async function loadSiteAssets(): Promise<SiteAssets> {
  const css = readFileSync(join(ASSETS, 'site.css'))
  const logo = readFileSync(join(ASSETS, 'logo.png'))
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
