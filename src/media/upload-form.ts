import type { FastifyRequest } from 'fastify'
import { DomainError, Invalid, TooLarge } from '../errors.js'

export const MAX_UPLOAD_MB = 25

export interface UploadForm {
  file?: { data: Buffer; name: string }
  /** The text fields, by name. */
  fields: Record<string, string>
}

/**
 * Reads an upload form: the part named `file` and the text fields. A form that isn't whole (cut
 * off in a part, no closing boundary) is the client's mistake and a 400 that says how to send
 * an upload; the form parser itself ends quietly on a body cut short, so the closing boundary is
 * watched for here.
 */
export async function readUploadForm(req: FastifyRequest): Promise<UploadForm> {
  const closed = watchClosingBoundary(req)
  const form: UploadForm = { fields: {} }
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || form.file) {
          part.file.resume() // drain what we don't keep
          continue
        }
        form.file = { data: await part.toBuffer(), name: part.filename || 'upload' } // the limit applies while streaming
      } else if (typeof part.value === 'string') {
        form.fields[part.fieldname] = part.value
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new TooLarge('upload_too_large', { max: MAX_UPLOAD_MB })
    if (err instanceof DomainError || (err as { statusCode?: number }).statusCode) throw err
    throw new Invalid('upload_malformed') // "Part terminated early", a missing boundary, …
  }
  if (!closed()) throw new Invalid('upload_malformed')
  return form
}

/** Whether the body has carried the form's closing delimiter (`--boundary--`) so far. */
function watchClosingBoundary(req: FastifyRequest): () => boolean {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(req.headers['content-type'] ?? '')
  const delimiter = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}--`)
  let tail = Buffer.alloc(0)
  let seen = false
  const onData = (chunk: Buffer) => {
    if (seen) return
    const window = Buffer.concat([tail, chunk]) // the delimiter may straddle two chunks
    seen = window.includes(delimiter)
    tail = window.subarray(Math.max(0, window.length - delimiter.length + 1))
  }
  req.raw.on('data', onData)
  return () => {
    req.raw.off('data', onData)
    return seen
  }
}
