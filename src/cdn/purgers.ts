import type { CdnPurgeSettings } from '../config.integrations.js'
import { signatureHeader } from '../outbound/signature.js'

/** Tags per purge call: within each provider's documented limit per request. */
export const PURGE_BATCH: Record<CdnPurgeSettings['kind'], number> = { cloudflare: 30, fastly: 256, url: 500 }

export interface PurgeRequest {
  url: string
  body: string
  headers: Record<string, string>
}

/**
 * The request that purges these cache tags, as each provider documents it:
 * - Cloudflare: POST /zones/{zone}/purge_cache with `{"tags": [...]}` and a bearer API token (tags
 *   match the Cache-Tag header our answers carry);
 * - Fastly: POST /service/{id}/purge with the keys in a `Surrogate-Key` header and the token in
 *   `Fastly-Key` (keys match our Surrogate-Key header), optionally a soft purge;
 * - a URL of your own: POST `{"tags": [...], "occurredAt": ...}`, signed like webhooks when PURGE_SECRET is set.
 */
export function purgeRequest(settings: CdnPurgeSettings, tags: readonly string[], now: Date): PurgeRequest {
  switch (settings.kind) {
    case 'cloudflare':
      return {
        url: `${settings.apiUrl}/zones/${settings.zoneId}/purge_cache`,
        body: JSON.stringify({ tags }),
        headers: { authorization: `Bearer ${settings.apiToken}` },
      }
    case 'fastly':
      return {
        url: `${settings.apiUrl}/service/${settings.serviceId}/purge`,
        body: '',
        headers: {
          'fastly-key': settings.apiToken,
          'surrogate-key': tags.join(' '),
          accept: 'application/json',
          ...(settings.soft && { 'fastly-soft-purge': '1' }),
        },
      }
    case 'url': {
      const body = JSON.stringify({ tags, occurredAt: now.toISOString() })
      return {
        url: settings.url,
        body,
        headers: settings.secret ? { 'vistka-signature': signatureHeader(settings.secret, body, Math.floor(now.getTime() / 1000)) } : {},
      }
    }
  }
}

/** Whether the provider says it purged: a 2xx, and for Cloudflare `"success": true` in the answer. */
export function purgeSucceeded(settings: CdnPurgeSettings, status: number, body: string): boolean {
  if (status < 200 || status >= 300) return false
  if (settings.kind !== 'cloudflare') return true
  try {
    return (JSON.parse(body) as { success?: unknown }).success === true
  } catch {
    return false
  }
}
