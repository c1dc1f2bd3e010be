import { open, rm } from 'node:fs/promises'
import type { FastifyRequest } from 'fastify'
import { storageFailureOf } from '../db/database-errors.js'
import { DomainError, Invalid, TooLarge } from '../errors.js'

export const MAX_UPLOAD_MB = 25

export interface UploadForm {
  /** The image as it arrived, spooled to `path` (the caller's to delete, with `discard`). */
  file?: { path: string; name: string }
  /** The text fields, by name. */
  fields: Record<string, string>
  /** Deletes the spooled file; safe to call more than once. */
  discard(): Promise<void>
}

/**
 * Reads an upload form: the text fields, and the part named `file` written to disk as it arrives
 * (sixteen authors sending 25 MB each would otherwise hold 400 MB in memory). A form that isn't
 * whole (cut off in a part, no closing boundary) is the client's mistake: a 400 that says how to
 * send an upload. The form parser ends quietly on a body cut short, so the closing boundary is
 * watched for here.
 */
export async function readUploadForm(req: FastifyRequest, spoolPath: () => Promise<string>): Promise<UploadForm> {
  // Opened before parsing starts: a part's stream must be read as soon as it arrives, or what it
  // emits in between (the error of a body cut short) is lost and the upload hangs.
  const spool = await spoolPath()
  const out = await open(spool, 'w')
  const form: UploadForm = { fields: {}, discard: () => rm(spool, { force: true }) }
  try {
    // In the same tick as req.parts() starts the parser: a data listener sets the body flowing.
    const closed = watchClosingBoundary(req)
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || form.file) {
          part.file.resume() // drain what we don't keep
          continue
        }
        for await (const chunk of part.file) await out.write(chunk)
        if (part.file.truncated) throw new TooLarge('upload_too_large', { max: MAX_UPLOAD_MB }) // the limit applies while streaming
        form.file = { path: spool, name: part.filename || 'upload' }
      } else if (typeof part.value === 'string') {
        form.fields[part.fieldname] = part.value
      }
    }
    if (!closed()) throw new Invalid('upload_malformed')
    return form
  } catch (err) {
    await form.discard()
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new TooLarge('upload_too_large', { max: MAX_UPLOAD_MB })
    if (err instanceof DomainError || (err as { statusCode?: number }).statusCode) throw err
    if (storageFailureOf(err)) throw err // a full disk under MEDIA_DIR is ours (507), not the client's
    throw new Invalid('upload_malformed') // "Part terminated early", a missing boundary, …
  } finally {
    await out.close()
  }
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
