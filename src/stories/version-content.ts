import type { Kysely } from 'kysely'
import { checkLength, checkSlug } from '../checks.js'
import type { DB } from '../db/schema.js'
import { parseTimestamp } from '../db/time.js'
import { Conflict, Invalid } from '../errors.js'
import { emptyDoc } from '../shared/richtext-document.js'
import { slugify } from '../shared/slug.js'
import { type PreparedBody, prepareBody } from './render-body.js'
import { slugTaken } from './version.repository.js'

export const HEADLINE_MAX = 200
export const LEAD_MAX = 1000
export const SEO_TITLE_MAX = 200
export const SEO_DESCRIPTION_MAX = 400

/** Content of a version as a person sends it; the body is untrusted JSON until validated. */
export interface ContentInput {
  headline?: string
  slug?: string
  lead?: string
  body?: unknown
  seoTitle?: string
  seoDescription?: string
}

export function cleanHeadline(value: string): string {
  const headline = value.trim().replace(/\s+/g, ' ')
  if (!headline) throw new Invalid('headline_required')
  if (headline.length > HEADLINE_MAX) throw new Invalid('headline_too_long', { length: headline.length, max: HEADLINE_MAX })
  return headline
}

export const cleanText = (field: string, value: string, max: number): string => checkLength(field, value.trim(), max)

export function cleanEmbargo(value: string | null): string | null {
  if (value === null) return null
  const at = parseTimestamp(value)
  if (!at) throw new Invalid('invalid_date', { value })
  return at
}

/**
 * The slug a version gets: a person's explicit choice must be free (else Conflict), while one
 * made from the headline gets -2, -3… until it is.
 */
export async function chooseSlug(
  db: Kysely<DB>,
  locale: string,
  explicit: string | undefined,
  headline: string,
  exceptVersionId?: string,
  /** Slugs this version may not have (a page's may not be a word the site's addresses use). */
  reserved: (slug: string) => boolean = () => false,
): Promise<string> {
  if (explicit !== undefined) {
    const slug = checkSlug(explicit)
    if (reserved(slug)) throw new Invalid('slug_reserved', { slug })
    if (await slugTaken(db, locale, slug, exceptVersionId)) throw new Conflict('slug_taken', { slug, locale })
    return slug
  }
  const base = slugify(headline, locale)
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    if (!reserved(slug) && !(await slugTaken(db, locale, slug, exceptVersionId))) return slug
  }
  throw new Conflict('slug_taken', { slug: base, locale })
}

export const prepareBodyOrEmpty = (db: Kysely<DB>, body: unknown, locale: string): Promise<PreparedBody> =>
  prepareBody(db, body ?? emptyDoc(), locale)
