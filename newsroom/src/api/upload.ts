import { API_BASE, ApiError, refreshCsrfToken, refusal, requestHeaders } from './client.js'
import type { Media } from './types.js'

export interface UploadProgress {
  loaded: number
  total: number
}

function send(file: File, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    // XMLHttpRequest, not fetch: only it reports how much of the request body has gone out.
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `${API_BASE}/media`)
    for (const [name, value] of Object.entries(requestHeaders('POST'))) xhr.setRequestHeader(name, value)
    xhr.responseType = 'json'
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size })
    xhr.onload = () => resolve({ status: xhr.status, json: xhr.response })
    xhr.onerror = () => reject(new ApiError(0, 'network', ''))
    xhr.onabort = () => reject(new ApiError(0, 'aborted', ''))
    signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    const form = new FormData()
    form.append('file', file, file.name) // the server reads the type from the content, never the name
    xhr.send(form)
  })
}

/**
 * Uploads one image to the media library (POST /media, multipart) with the CSRF token, reporting
 * progress as the bytes go out; a refusal is an ApiError with the server's message.
 */
export async function uploadMedia(file: File, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<Media> {
  let res = await send(file, onProgress, signal)
  const code = (r: typeof res) => (r.json as { error?: { code?: string } } | null)?.error?.code
  // As the JSON client does: a session renewed in another tab has a new token; fetch it and retry once.
  if (res.status === 403 && code(res) === 'csrf_failed' && (await refreshCsrfToken())) res = await send(file, onProgress, signal)
  if (res.status === 201) return res.json as Media
  throw refusal(res.status, res.json as Parameters<typeof refusal>[1], '')
}
