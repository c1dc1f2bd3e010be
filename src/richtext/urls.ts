const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * A link target we are willing to render, normalised; undefined for anything else. Only absolute
 * URLs of a few protocols pass: `javascript:`, `data:`, `vbscript:`, relative and protocol-relative
 * URLs, and any control or whitespace characters (used to disguise a scheme) are refused.
 */
export function safeLinkUrl(raw: string): string | undefined {
  if (raw.length > 2048 || /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(raw)) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return undefined
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return undefined
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return undefined
  return url.href
}
