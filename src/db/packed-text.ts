import { deflateSync, inflateSync } from 'node:zlib'
import { type Kysely, SqliteAdapter } from 'kysely'
import { isPostgres } from './dialect.js'

/**
 * Long text as stored: a string, or its UTF-8 deflated (zlib format) as bytes. Decision 018.
 * SQLite stores what it is given, so long text there is deflated (a third of the size); on
 * PostgreSQL a string is stored as such, as TOAST compresses long values by itself.
 */
export type PackedText = string | Uint8Array

/** Shorter text is stored as it is: deflating it saves little and costs a call on every read. */
const PACK_FROM_BYTES = 512

/** Text as the database should store it (see PackedText); text already packed stays as it is. */
export function packText<DB>(db: Kysely<DB>, text: PackedText): PackedText {
  if (typeof text !== 'string' || !(db.getExecutor().adapter instanceof SqliteAdapter)) return text
  return Buffer.byteLength(text) < PACK_FROM_BYTES ? text : packBytes(Buffer.from(text))
}

/**
 * A story's rich-text JSON as the database should store it: as packText on SQLite; on PostgreSQL
 * always bytes, deflated from 512 bytes on (decision 027: zlib keeps a body in ~4.3 KB where
 * TOAST's pglz took ~5.3 KB). Empty text (a live revision's snapshot, migration 0024) stays empty.
 */
export function packBody<DB>(db: Kysely<DB>, text: PackedText): PackedText {
  if (typeof text !== 'string' || !isPostgres(db)) return packText(db, text)
  const bytes = Buffer.from(text)
  return bytes.length < PACK_FROM_BYTES ? bytes : packBytes(bytes)
}

/** The UTF-8 bytes of the text a PackedText holds, whichever way it was stored. */
export function unpackTextBytes(stored: PackedText): Buffer {
  return typeof stored === 'string' ? Buffer.from(stored) : unpackBytes(stored)
}

/** The text a PackedText holds, whichever way it was stored. */
export function unpackText(stored: PackedText): string {
  return typeof stored === 'string' ? stored : unpackBytes(stored).toString('utf8')
}

/** The JSON a PackedText holds, parsed (a stored rich-text body). */
export function unpackJson(stored: PackedText): unknown {
  return JSON.parse(unpackText(stored))
}

/**
 * A rendering stored beside its source (decision 025): deflated with the source as a preset
 * dictionary, on every database. A rendered body repeats its rich-text JSON's words one for one,
 * so against the JSON it deflates to ~350 bytes where alone it takes ~4,300 (and ~5,100 in
 * PostgreSQL's TOAST): the rendering costs a twelfth of what it did. Empty text stays empty (not
 * rendered yet). Read back with unpackAgainst and the same source.
 */
export function packAgainst(text: string, source: string): PackedText {
  return text === '' ? '' : deflateSync(text, { level: 6, dictionary: Buffer.from(source) })
}

/**
 * The text packAgainst packed against `source`; text stored whole or packed on its own (before
 * decision 025) as it is. Null when it was packed against another source: the rendering is of
 * text since replaced, so the caller renders again (as for one never rendered).
 */
export function unpackAgainst(stored: PackedText, source: string): string | null {
  if (typeof stored === 'string') return stored
  return unpackBytesAgainst(stored, source)?.toString('utf8') ?? null
}

/** Bytes deflated with `source` as a preset dictionary (a stored page: decisions 026 and 028). */
export function packBytesAgainst(bytes: Uint8Array, source: string | Uint8Array): Buffer {
  return deflateSync(bytes, { level: 6, dictionary: typeof source === 'string' ? Buffer.from(source) : source })
}

/**
 * The bytes packBytesAgainst (or packAgainst) packed against `source`; bytes packed alone, or not
 * at all, as they are. Null when they were packed against other text.
 */
export function unpackBytesAgainst(stored: Uint8Array, source: string | Uint8Array): Buffer | null {
  const bytes = Buffer.isBuffer(stored) ? stored : Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength)
  if (!(isZlib(bytes) && hasDictionary(bytes))) return unpackBytes(bytes)
  try {
    return inflateSync(bytes, { dictionary: typeof source === 'string' ? Buffer.from(source) : source })
  } catch {
    return null
  }
}

/** Whether stored text is empty, as it is until rendered (a string, or bytes from a PostgreSQL bytea). */
export const isEmptyText = (stored: PackedText): boolean => stored.length === 0

/** Bytes deflated, on every database (a stored page: PostgreSQL would compress it less well). */
export function packBytes(bytes: Uint8Array): Buffer {
  return deflateSync(bytes, { level: 6 })
}

/** The bytes packBytes was given; bytes stored before packing was (not zlib-framed) as they are. */
export function unpackBytes(stored: Uint8Array): Buffer {
  const bytes = Buffer.isBuffer(stored) ? stored : Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength)
  return isZlib(bytes) ? inflateSync(bytes) : bytes
}

/** A zlib header's FDICT bit: the stream was deflated with a preset dictionary (RFC 1950). */
const hasDictionary = (bytes: Buffer) => ((bytes[1] as number) & 0x20) !== 0

/** A zlib stream's header: deflate with a 32 KB window (0x78), and a check that the two bytes make a multiple of 31. */
function isZlib(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x78 && ((0x78 << 8) | (bytes[1] as number)) % 31 === 0
}
