import { Invalid } from '../errors.js'
import type { MediaText } from './media.types.js'

const TEXT_FIELDS = ['caption', 'alt'] as const

/**
 * Checks captions and alt texts that arrive as parsed JSON (a multipart form field, an import):
 * an object by language, each with an optional text caption and alt. A wrong shape is refused
 * naming the field as the caller wrote it ("texts.uk.caption"), like the JSON routes' schema does.
 */
export function checkMediaTexts(texts: unknown): Record<string, Partial<MediaText>> {
  const refuse = (field: string) => new Invalid('invalid_input', { fields: field })
  if (typeof texts !== 'object' || texts === null || Array.isArray(texts)) throw refuse('texts')
  for (const [locale, text] of Object.entries(texts)) {
    if (typeof text !== 'object' || text === null || Array.isArray(text)) throw refuse(`texts.${locale}`)
    for (const [field, value] of Object.entries(text)) {
      if (!(TEXT_FIELDS as readonly string[]).includes(field) || (value !== undefined && typeof value !== 'string'))
        throw refuse(`texts.${locale}.${field}`)
    }
  }
  return texts as Record<string, Partial<MediaText>>
}
