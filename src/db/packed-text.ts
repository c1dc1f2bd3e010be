import { deflateSync, inflateSync } from 'node:zlib'
import { type Kysely, SqliteAdapter } from 'kysely'

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

/** The text a PackedText holds, whichever way it was stored. */
export function unpackText(stored: PackedText): string {
  return typeof stored === 'string' ? stored : unpackBytes(stored).toString('utf8')
}

/** The JSON a PackedText holds, parsed (a stored rich-text body). */
export function unpackJson(stored: PackedText): unknown {
  return JSON.parse(unpackText(stored))
}

/** Bytes deflated, on every database (a stored page: PostgreSQL would compress it less well). */
export function packBytes(bytes: Uint8Array): Buffer {
  return deflateSync(bytes, { level: 6 })
}

/** The bytes packBytes was given; bytes stored before packing was (not zlib-framed) as they are. */
export function unpackBytes(stored: Uint8Array): Buffer {
  const bytes = Buffer.isBuffer(stored) ? stored : Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength)
  return isZlib(bytes) ? inflateSync(bytes) : bytes
}

/** A zlib stream's header: deflate with a 32 KB window (0x78), and a check that the two bytes make a multiple of 31. */
function isZlib(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x78 && ((0x78 << 8) | (bytes[1] as number)) % 31 === 0
}
