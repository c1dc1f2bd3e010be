/**
 * What a failed query means for the caller, told apart from bugs by the drivers' error codes:
 * - `unavailable`: the database can't be reached or is busy (PostgreSQL restarting or failing over,
 *   a terminated connection, SQLite's write lock held by another process past the busy timeout);
 *   nothing was changed and the same request may succeed in a moment.
 *   The media bucket failing or out of reach counts too (its AWS SDK errors carry the HTTP status).
 * - `storage_full`: the disk under the database (or the media) is full; nothing was changed.
 * - `invalid_text`: the input holds text the database cannot store (NUL on PostgreSQL).
 */
export type StorageFailure = 'unavailable' | 'storage_full' | 'invalid_text'

// PostgreSQL SQLSTATEs: class 08 is "connection exception"; 57P01–57P03 are shutdowns and start-ups.
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300', '53200', '40P01'])
const PG_STORAGE_FULL = new Set(['53100'])
const PG_INVALID_TEXT = new Set(['22021', '22P05'])

// Node's socket errors and pg's own messages for a connection that ended or never came.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'])
const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'connection timeout',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'Connection ended',
]

const FS_STORAGE_FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL'])

/** The storage failure behind an error (or its causes), if it is one. */
export function storageFailureOf(err: unknown): StorageFailure | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = String((e as { code?: unknown }).code ?? '')
    const message = String((e as { message?: unknown }).message ?? '')
    if (FS_STORAGE_FULL.has(code) || PG_STORAGE_FULL.has(code)) return 'storage_full'
    if (PG_INVALID_TEXT.has(code)) return 'invalid_text'
    if (code.startsWith('08') || PG_UNAVAILABLE.has(code) || NETWORK_CODES.has(code)) return 'unavailable'
    // Locks held by another process past the busy timeout, and I/O errors of a failing disk.
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code.startsWith('SQLITE_IOERR')) return 'unavailable'
    if (PG_CONNECTION_MESSAGES.some((m) => message.includes(m))) return 'unavailable'
    // The media bucket (AWS SDK errors carry the HTTP status): busy, failing or throttling us.
    const status = (e as { $metadata?: { httpStatusCode?: unknown } }).$metadata?.httpStatusCode
    if (typeof status === 'number' && (status >= 500 || status === 429)) return 'unavailable'
  }
  return undefined
}

/** Whether a write failed because another writer took the same key first (a unique or primary key). */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = String((e as { code?: unknown }).code ?? '')
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') return true
  }
  return false
}
