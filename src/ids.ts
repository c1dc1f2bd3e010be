import { randomInt } from 'node:crypto'

/**
 * Ids are 12 characters of lowercase Crockford base32 (60 random bits), made in app code so
 * both dialects behave the same. They never contain '-', so a story URL can end in
 * `<slug>-<id>` and the id is whatever follows the last dash. See docs/decisions/001-ids.md.
 */
export const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'
export const ID_LENGTH = 12
export const ID_PATTERN = /^[0-9a-hjkmnp-tv-z]{12}$/

export function newId(): string {
  let id = ''
  for (let i = 0; i < ID_LENGTH; i++) id += ID_ALPHABET[randomInt(32)]
  return id
}

export const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value)
