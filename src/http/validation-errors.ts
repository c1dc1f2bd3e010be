import type { FastifySchemaValidationError } from 'fastify'
import type { MessageKey, MessageParams } from '../i18n/messages.js'

/** Where in the request a schema refused something, in the words a caller reads. */
type Place = 'body' | 'query' | 'path' | 'headers'
const PLACES: Record<string, Place> = { body: 'body', querystring: 'query', params: 'path', headers: 'headers' }

/** "/texts/uk" + "caption" → "texts.uk.caption": the field as the caller wrote it. */
function fieldName(instancePath: string, child?: unknown): string {
  const parts = instancePath.split('/').filter((p) => p.length > 0)
  if (typeof child === 'string' && child.length > 0) parts.push(child)
  return parts.map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).join('.')
}

/**
 * Turns the schema validator's findings into one message a person can act on: which field is
 * unknown, missing, too long, or of the wrong type — never an empty field list.
 */
export function describeValidation(
  errors: readonly FastifySchemaValidationError[],
  context: string | undefined,
): { key: MessageKey; params: MessageParams } {
  const place = PLACES[context ?? 'body'] ?? 'body'
  const unknown = errors.find((e) => e.keyword === 'additionalProperties')
  if (unknown) {
    const field = fieldName(unknown.instancePath, unknown.params.additionalProperty)
    return place === 'query' ? { key: 'unknown_query_parameter', params: { field } } : { key: 'unknown_field', params: { field } }
  }
  if (place === 'body' && errors.some((e) => e.instancePath === '' && e.keyword === 'type')) return { key: 'body_not_object', params: {} }
  const tooLong = errors.find((e) => e.keyword === 'maxLength' || e.keyword === 'maxItems' || e.keyword === 'maxProperties')
  if (tooLong && typeof tooLong.params.limit === 'number') {
    const key = tooLong.keyword === 'maxLength' ? 'field_too_long' : 'field_too_many'
    return { key, params: { field: fieldName(tooLong.instancePath) || place, max: tooLong.params.limit } }
  }
  const fields = [...new Set(errors.map((e) => fieldName(e.instancePath, e.params.missingProperty) || place))]
  return { key: place === 'query' ? 'invalid_query' : 'invalid_input', params: { fields: fields.join(', ') } }
}

/** Fastify's own refusals of a request's framing (not its fields), with our message for each. */
export const FRAMING_ERRORS: Record<string, MessageKey> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'body_empty',
  FST_ERR_CTP_INVALID_JSON_BODY: 'body_invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
}
