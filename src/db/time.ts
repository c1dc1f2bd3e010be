/**
 * Timestamps are stored as ISO 8601 UTC text with milliseconds ("2026-11-24T07:59:42.123Z") on
 * both dialects: they sort as text, compare with plain SQL, and read back the same from SQLite
 * and pg. See docs/decisions/002-timestamps.md.
 */
export type Timestamp = string

export const toTimestamp = (date: Date): Timestamp => date.toISOString()

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/** Parses a date-time a person or program sent us into our stored form; undefined when it isn't one. */
export function parseTimestamp(value: string): Timestamp | undefined {
  if (!ISO_UTC.test(value)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** Where time comes from; tests pass a fixed clock. */
export type Clock = () => Date
export const systemClock: Clock = () => new Date()
