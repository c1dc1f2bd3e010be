import type { ApiError } from '../api/client.js'
import type { MessageKey, MessageParams } from '../i18n/catalogs.js'

/** What to tell the user about a failed request: the server's own message, which is already in their language. */
export function errorMessage(err: ApiError, t: (key: MessageKey, params?: MessageParams) => string): string {
  if (err.code === 'network') return t('error.network')
  return err.message || t('error.unexpected', { code: err.code })
}
