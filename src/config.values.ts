import { isIP } from 'node:net'

/** Checks and conversions of single configuration values (config.ts puts them together). */

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal']

export function isTrustProxy(value: string): boolean {
  return value.split(',').every((part) => {
    const item = part.trim()
    if (PROXY_NAMES.includes(item)) return true
    const [address = '', prefix, ...rest] = item.split('/')
    const family = isIP(address)
    if (family === 0 || rest.length > 0) return false
    return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128))
  })
}

export function toTrustProxy(value: string | undefined): false | readonly string[] {
  if (value === undefined) return false
  return Object.freeze(value.split(',').map((part) => part.trim()))
}

export function isHttpOrigin(value: string): boolean {
  try {
    const u = new URL(value)
    return (u.protocol === 'http:' || u.protocol === 'https:') && (u.pathname === '/' || u.pathname === '') && !u.search && !u.hash
  } catch {
    return false
  }
}

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value)
    return (u.protocol === 'http:' || u.protocol === 'https:') && !u.search && !u.hash
  } catch {
    return false
  }
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}
